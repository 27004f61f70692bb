import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.js';
import { OUTBOX_STATUSES, type OutboxStatus } from '../outbox-store.js';
import { draftSchema, idParams, isoTime, isRealDate } from '../schemas.js';
import { MAX_PAGE_SIZE } from '../outbox.js';
import type { ApiContext } from './context.js';

interface IdParams {
  id: string;
}

/** The schema has shaped it; this catches calendar impossibilities such as 2026-02-30. */
function releaseTime(value: string): string {
  if (!isRealDate(value)) throw new ApiError('bad_request', 'body.releaseAt is not a real date and time', 'releaseAt');
  return value;
}

/** An Idempotency-Key header: 1 to 200 printable characters (a UUID is usual). */
function idempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined || !/^[\x21-\x7e]{1,200}$/.test(key))
    throw new ApiError(
      'bad_request',
      'the Idempotency-Key header must be 1 to 200 printable characters, such as a UUID',
    );
  return key;
}

export function outboxRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get<{ Querystring: { status?: OutboxStatus; limit?: string; cursor?: string } }>(
    '/outbox',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: OUTBOX_STATUSES },
            limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
            cursor: { type: 'string', maxLength: 500 },
          },
        },
      },
    },
    async (request) => {
      const { status, limit, cursor } = request.query;
      const n = limit === undefined ? undefined : Number(limit);
      if (n !== undefined && n > MAX_PAGE_SIZE)
        throw new ApiError('bad_request', `query.limit must be at most ${MAX_PAGE_SIZE}`, 'limit');
      return ctx.outbox.list({
        ...(status ? { status } : {}),
        ...(n ? { limit: n } : {}),
        ...(cursor ? { cursor } : {}),
      });
    },
  );

  app.post<{ Body: { draft: unknown; releaseAt: string } }>(
    '/outbox',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['draft', 'releaseAt'],
          properties: { draft: draftSchema, releaseAt: isoTime },
        },
      },
    },
    async (request, reply) => {
      // hold() returns after the insert has committed (synchronous=FULL): only then is 201 sent.
      const key = idempotencyKey(request.headers['idempotency-key']);
      const { item, replayed } = ctx.outbox.hold(request.body.draft, releaseTime(request.body.releaseAt), key);
      reply.header('Location', `/api/v1/outbox/${item.id}`);
      if (replayed) return reply.code(200).header('Idempotent-Replayed', 'true').send(item);
      return reply.code(201).send(item);
    },
  );

  app.get<{ Params: IdParams }>('/outbox/:id', { schema: { params: idParams } }, async (request) =>
    ctx.outbox.get(request.params.id),
  );

  app.patch<{ Params: IdParams; Body: { draft?: unknown; releaseAt?: string } }>(
    '/outbox/:id',
    {
      schema: {
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { draft: draftSchema, releaseAt: isoTime },
        },
      },
    },
    async (request) => {
      const { draft, releaseAt } = request.body;
      return ctx.outbox.update(request.params.id, {
        draft,
        ...(releaseAt !== undefined ? { releaseAt: releaseTime(releaseAt) } : {}),
      });
    },
  );

  app.delete<{ Params: IdParams }>('/outbox/:id', { schema: { params: idParams } }, async (request, reply) => {
    ctx.outbox.remove(request.params.id);
    return reply.code(204).send();
  });

  app.post<{ Params: IdParams }>('/outbox/:id/release', { schema: { params: idParams } }, async (request) =>
    ctx.outbox.release(request.params.id),
  );
}

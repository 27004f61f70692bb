import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { REPORT_CSV, REPORT_HTML, REPORT_JSON, type AuditRequest } from '../audits.js';
import { ApiError } from '../errors.js';
import { isTimeZone } from '../settings.js';
import { DAY, idParams, isRealDate } from '../schemas.js';
import { REPORT_CSP } from '../web.js';
import type { ApiContext } from './context.js';

interface UploadQuery {
  filename: string;
  me?: string | string[];
  since?: string;
  tz?: string;
}

interface IdParams {
  id: string;
}

const uploadQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['filename'],
  properties: {
    filename: { type: 'string', minLength: 1, maxLength: 255 },
    me: { type: ['string', 'array'], maxLength: 200, maxItems: 20, items: { type: 'string', maxLength: 200 } },
    since: { type: 'string', pattern: DAY },
    tz: { type: 'string', maxLength: 64 },
  },
} as const;

function isOctetStream(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/octet-stream';
}

function auditRequest(query: UploadQuery, defaultZone: string): AuditRequest {
  const timeZone = query.tz ?? defaultZone;
  if (!isTimeZone(timeZone))
    throw new ApiError('bad_request', 'query.tz is not an IANA time zone such as Europe/London', 'tz');
  if (query.since !== undefined && !isRealDate(query.since)) {
    throw new ApiError('bad_request', 'query.since is not a real date', 'since');
  }
  const me = (Array.isArray(query.me) ? query.me : query.me !== undefined ? [query.me] : [])
    .map((m) => m.trim())
    .filter(Boolean);
  return { filename: query.filename, me, timeZone, ...(query.since !== undefined ? { since: query.since } : {}) };
}

/** Audits: upload an export (the raw file as the body), follow its progress, fetch its reports. */
export function auditRoutes(app: FastifyInstance, ctx: ApiContext): void {
  // The upload is streamed by the handler, never buffered: this parser leaves the body unread.
  app.addContentTypeParser('application/octet-stream', (_request, _payload, done) => done(null, undefined));

  app.post<{ Querystring: UploadQuery }>(
    '/audits',
    {
      schema: { querystring: uploadQuery },
      onRequest: async (request) => {
        if (!isOctetStream(request)) {
          throw new ApiError(
            'unsupported_media_type',
            'send the export file as the body with Content-Type: application/octet-stream',
          );
        }
        ctx.audits.assertIdle();
      },
    },
    async (request, reply) => {
      const declared = Number(request.headers['content-length']);
      const id = await ctx.audits.accept(
        auditRequest(request.query, ctx.settings.get().timezone),
        request.raw,
        Number.isFinite(declared) ? declared : undefined,
      );
      return reply.code(202).header('Location', `/api/v1/audits/${id}`).send({ id });
    },
  );

  app.get('/audits', async () => ({ items: ctx.audits.list() }));

  app.get<{ Params: IdParams }>('/audits/:id', { schema: { params: idParams } }, async (request) =>
    ctx.audits.get(request.params.id),
  );

  app.get<{ Params: IdParams }>('/audits/:id/report', { schema: { params: idParams } }, async (request, reply) => {
    const path = ctx.audits.reportPath(request.params.id, REPORT_HTML);
    return reply
      .header('Content-Security-Policy', REPORT_CSP)
      .header('X-Frame-Options', 'SAMEORIGIN')
      .type('text/html; charset=utf-8')
      .send(createReadStream(path));
  });

  app.get<{ Params: IdParams }>('/audits/:id/report.json', { schema: { params: idParams } }, async (request, reply) =>
    reply
      .type('application/json; charset=utf-8')
      .send(createReadStream(ctx.audits.reportPath(request.params.id, REPORT_JSON))),
  );

  // Every finding, one row each (RFC 4180, cells that a spreadsheet would run as a formula escaped).
  app.get<{ Params: IdParams }>('/audits/:id/report.csv', { schema: { params: idParams } }, async (request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="pause-audit-${request.params.id}.csv"`)
      .send(createReadStream(ctx.audits.reportPath(request.params.id, REPORT_CSV))),
  );

  app.delete<{ Params: IdParams }>('/audits/:id', { schema: { params: idParams } }, async (request, reply) => {
    ctx.audits.remove(request.params.id);
    return reply.code(204).send();
  });
}

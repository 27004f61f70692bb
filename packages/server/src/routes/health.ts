import type { FastifyInstance } from 'fastify';
import type { ApiContext } from './context.js';

export function healthRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/health', { schema: { querystring: { type: 'object', additionalProperties: false } } }, async () => ({
    ok: true,
    version: ctx.version,
  }));
}

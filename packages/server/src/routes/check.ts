import type { FastifyInstance } from 'fastify';
import { draftSchema } from '../schemas.js';
import type { ApiContext } from './context.js';

/** POST /check: a Draft in, an Assessment out, with the stored policy and profile. */
export function checkRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.post('/check', { schema: { body: draftSchema } }, async (request) => ctx.checking.assess(request.body));
}

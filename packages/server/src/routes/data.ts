import type { FastifyInstance } from 'fastify';
import type { ApiContext } from './context.js';

/** DELETE /data: the outbox, every audit and the settings, in one step. */
export function dataRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.delete('/data', async (_request, reply) => {
    ctx.db.transaction(() => {
      ctx.outbox.clear();
      ctx.audits.clearRows();
      ctx.settings.clear();
    })();
    ctx.audits.clearFiles();
    // secure_delete has zeroed the freed pages; the checkpoint empties the write-ahead log too.
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    return reply.code(204).send();
  });
}

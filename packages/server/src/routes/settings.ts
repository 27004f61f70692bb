import type { FastifyInstance } from 'fastify';
import { parseSettings, settingsSchema, type Settings } from '../settings.js';
import type { ApiContext } from './context.js';

export function settingsRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/settings', async () => ctx.settings.get());
  app.put<{ Body: Parameters<typeof parseSettings>[0] }>(
    '/settings',
    { schema: { body: settingsSchema } },
    async (request): Promise<Settings> => ctx.settings.put(parseSettings(request.body)),
  );
}

/**
 * createServer: the Pause API under /api/v1 and the web app at /, over a SQLite store in the data
 * folder. Binds 127.0.0.1 unless told otherwise, and will not bind anywhere else without a token.
 *
 * Fastify's own logger stays off: request bodies, drafts and the query text of /share are never
 * logged. With a logger given, each request is logged as method, route path (no query), status
 * and time.
 */
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { AuditJobs } from './audits.js';
import { checkAccess, requireToken } from './auth.js';
import { Checking } from './checking.js';
import { dataPaths, ensurePrivateDir } from './data-dir.js';
import { openDatabase, type Db } from './db.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '@pause/importers';
import { ApiError, describeFault, errorHandler } from './errors.js';
import { Outbox } from './outbox.js';
import { checkHost, checkWriteOrigin, type OriginPolicy } from './origin.js';
import { auditRoutes } from './routes/audits.js';
import { checkRoutes } from './routes/check.js';
import type { ApiContext } from './routes/context.js';
import { dataRoutes } from './routes/data.js';
import { healthRoutes } from './routes/health.js';
import { outboxRoutes } from './routes/outbox.js';
import { settingsRoutes } from './routes/settings.js';
import { SettingsStore } from './settings.js';
import { findWebRoot, registerSecurityHeaders, registerWebApp } from './web.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4711;
/** JSON bodies: a 100,000-character draft with its thread fits well inside. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface ServerLogger {
  /** One line per request: method, path without its query, status, milliseconds. Without it, none is made. */
  info?(line: string): void;
  /** Internal errors, by name and code only. */
  error(line: string): void;
}

export interface ServerOptions {
  dataDir: string;
  host?: string;
  port?: number;
  /** Required off loopback; then every /api request needs `Authorization: Bearer <token>`. */
  token?: string;
  /** The built web app; default packages/web/dist (found through the installed @pause/web). */
  webRoot?: string;
  now?: () => Date;
  logger?: ServerLogger;
  /** Largest JSON body, bytes; default 1 MB. */
  bodyLimit?: number;
  /** Largest upload for an audit, bytes; default 512 MB. */
  maxUploadBytes?: number;
  /** Days after its release time that an outbox item is deleted; default 30. */
  retentionDays?: number;
  /** Engine worker threads for audits. */
  auditWorkers?: number;
  /** Host names served besides localhost and loopback addresses (against DNS rebinding: see origin.ts). */
  allowedHosts?: readonly string[];
}

export type PauseServer = FastifyInstance & {
  /** Listens on the configured host and port; resolves with the URL (port 0 becomes the real one). */
  start(): Promise<string>;
  readonly dataDir: string;
};

function packageVersion(): string {
  try {
    return (
      (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version ??
      'unknown'
    );
  } catch {
    return 'unknown';
  }
}

/** http://host:port/ with IPv6 hosts bracketed. */
export function serverUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

const SILENT: ServerLogger = { error: () => undefined };

export function createServer(options: ServerOptions): PauseServer {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  checkAccess(host, options.token);
  const now = options.now ?? (() => new Date());
  const log = options.logger ?? SILENT;
  const paths = dataPaths(options.dataDir);
  ensurePrivateDir(paths.root);

  const db: Db = openDatabase(paths.root, { now });
  const onError = (e: unknown) => log.error(`background task failed: ${describeFault(e)}`);
  let ctx: ApiContext;
  try {
    const settings = new SettingsStore(db, now);
    const checking = new Checking(settings, now);
    const outbox = new Outbox(db, checking, {
      now,
      ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
    });
    const audits = new AuditJobs(db, paths, {
      now,
      onError,
      ...(options.maxUploadBytes !== undefined ? { maxUploadBytes: options.maxUploadBytes } : {}),
      ...(options.auditWorkers !== undefined ? { workers: options.auditWorkers } : {}),
    });
    ctx = { db, version: packageVersion(), settings, checking, outbox, audits };
    outbox.startTimers(onError);
  } catch (e) {
    db.close();
    throw e;
  }

  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Fields must arrive with the right types: no coercion, no silently dropped extras.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false, allowUnionTypes: true } },
    return503OnClosing: true,
    // A bad %-escape or an over-long id is refused by the router before any route runs: in the contract's
    // shape too, rather than Fastify's (which quotes the path).
    frameworkErrors: errorHandler(log),
  });

  // JSON with an empty body is "no body" (a DELETE sent with a JSON content type), not an error.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    return parseJson(request, body as string, (error, value) => {
      // Nesting no client needs, which code that walks a value by recursion (storing a held draft is
      // JSON.stringify) would overflow on: refused here, for every route.
      if (!error && nestsDeeperThan(value, MAX_JSON_DEPTH))
        return done(new ApiError('bad_request', `the body nests JSON more than ${MAX_JSON_DEPTH} levels deep`));
      done(error, value);
    });
  });

  app.setErrorHandler(errorHandler(log));
  registerSecurityHeaders(app);

  // Before anything else: a Host this server does not answer to, or a write sent from another site.
  const origins: OriginPolicy = {
    allowedHosts: new Set((options.allowedHosts ?? []).map((h) => h.trim().toLowerCase()).filter(Boolean)),
    anyHost: options.token !== undefined,
  };
  app.addHook('onRequest', async (request) => {
    checkHost(origins, request.headers.host);
    checkWriteOrigin(request.method, request.headers);
  });

  const token = options.token;
  const checkToken = async (request: FastifyRequest) => {
    if (token !== undefined) requireToken(token, request.headers.authorization);
  };
  // Unknown /api paths answer 401 rather than 404, so they reveal nothing either.
  app.addHook('onRequest', async (request) => {
    if (/^\/api(?:[/?]|$)/.test(request.url)) await checkToken(request);
  });

  const info = log.info?.bind(log);
  if (info)
    app.addHook('onResponse', async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      info(`${request.method} ${path.slice(0, 200)} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`);
    });

  app.register(
    async (api) => {
      // Every route in this scope, however its path was spelled (/%61pi/… routes here too).
      api.addHook('onRequest', checkToken);
      healthRoutes(api, ctx);
      checkRoutes(api, ctx);
      settingsRoutes(api, ctx);
      outboxRoutes(api, ctx);
      dataRoutes(api, ctx);
      // Its own scope: the octet-stream parser for uploads applies to these routes only.
      api.register(async (scope) => auditRoutes(scope, ctx));
    },
    { prefix: '/api/v1' },
  );

  registerWebApp(app, options.webRoot ?? findWebRoot());

  app.addHook('onClose', async () => {
    ctx.outbox.stopTimers();
    await ctx.audits.close();
    db.close();
  });

  const start = async () => {
    await app.listen({ host, port });
    const address = app.server.address();
    return serverUrl(host, typeof address === 'object' && address ? address.port : port);
  };
  return Object.assign(app, { start, dataDir: paths.root }) as PauseServer;
}

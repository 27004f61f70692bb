/**
 * The web app: packages/web/dist served at /, with an SPA fallback (so /share?text=… and /outbox load
 * the app), caching that never pins an old index.html or service worker, and security headers on
 * every response.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The web app: scripts, workers, fonts and data from this origin only. Inline styles are allowed (never
 * inline scripts) because the app shows audit reports, whose CSS is inline, in a sandboxed srcdoc
 * frame when a token is needed, and such a frame inherits this policy.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** An audit report: inline styles and nothing else, and it may be shown in the app's own frame. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Where the built web app is: next to the installed @pause/web package, else in this repository. */
export function findWebRoot(): string {
  const candidates: string[] = [];
  try {
    candidates.push(join(dirname(createRequire(import.meta.url).resolve('@pause/web/package.json')), 'dist'));
  } catch {
    // not installed as a package: fall back to the repository layout
  }
  candidates.push(fileURLToPath(new URL('../../web/dist', import.meta.url)));
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0]!;
}

const NOT_BUILT = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pause: the web app is not built</title></head>
<body><h1>The Pause web app is not built yet</h1>
<p>The server and its API are running, but the web pages are missing. In the Pause folder run</p>
<pre>npm run build</pre>
<p>then start the server again.</p></body></html>
`;

/** Paths without a file extension are app routes; a missing file with one is a plain 404. */
function isAppRoute(path: string): boolean {
  const last = path.split('/').pop() ?? '';
  return !last.includes('.');
}

function cacheControl(path: string): string {
  // Vite names every file under assets/ by its content hash: it can be kept for good.
  return /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Headers on every response; a route may set its own CSP or framing first. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    for (const [k, v] of Object.entries(BASE_HEADERS)) reply.header(k, v);
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', APP_CSP);
    if (!reply.hasHeader('X-Frame-Options')) reply.header('X-Frame-Options', 'DENY');
    if (request.url.startsWith('/api/') && !reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
  });
}

/** Serves the web build (or a page saying how to build it) and answers everything no route took. */
/**
 * A static path that can only mean a file under the web root: it decodes, and has no NUL byte, no
 * backslash and no ".." segment. Anything else is answered 404 before the file server sees it (a NUL
 * byte made it throw, which answered 500).
 */
export function safeStaticPath(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return !decoded.includes('\0') && !decoded.includes('\\') && !decoded.split('/').includes('..');
}

/** The file server's catch-all route (@fastify/static's wildcard under the prefix "/"). */
const STATIC_ROUTE = '/*';

export function registerWebApp(app: FastifyInstance, webRoot: string): void {
  const built = existsSync(join(webRoot, 'index.html'));
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) {
      // An /api path that no API route took is an unknown route, never a file (a NUL byte in it made the file
      // server throw, which answered 500).
      if (request.routeOptions.url === STATIC_ROUTE) return reply.callNotFound();
      return;
    }
    if (safeStaticPath(path)) return;
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
  });
  if (built) {
    app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      cacheControl: false,
      serveDotFiles: false,
      setHeaders(res, path) {
        res.setHeader('Cache-Control', cacheControl(path));
      },
    });
  }

  const sendApp = (reply: FastifyReply) => {
    if (built) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    return reply.code(503).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(NOT_BUILT);
  };
  if (!built) app.get('/', (_request, reply) => sendApp(reply));

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) {
      return reply
        .code(404)
        .send({ error: { code: 'not_found', message: `no API route ${request.method} ${path.slice(0, 200)}` } });
    }
    if ((request.method === 'GET' || request.method === 'HEAD') && isAppRoute(path)) return sendApp(reply);
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
  });
}

/**
 * Pause's service worker: the checker works offline.
 *
 * Why no Workbox: the shell is a small, fixed list of files known at build time (the build writes
 * it in below, with a version taken from the files' contents), and three caching rules cover every
 * request. A hand-written worker of this size is easier to read and audit than a generated one, and
 * adds no dependency.
 *
 * - App shell (index.html, hashed assets, the engine worker, manifest, icons): cached at install
 *   under a versioned name; old versions are deleted on activation.
 * - Hashed assets: cache first (a hashed name never changes content).
 * - Pages (navigations, including /share?text=…): network first, falling back to the cached shell.
 * - /api: network first. Only the settings response is kept for offline use: the outbox and audits
 *   hold draft text, which should not rest in a browser cache.
 */
export {};

declare const __PAUSE_SHELL__: string[];
declare const __PAUSE_VERSION__: string;

interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(r: Response | Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
const SHELL: string[] = __PAUSE_SHELL__;
const SHELL_CACHE = `pause-shell-${__PAUSE_VERSION__}`;
const API_CACHE = 'pause-api'; // API_CACHE in lib/settings.ts: the page deletes it with the user's data
const API_KEPT = new Set(['/api/v1/settings']);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((c) => c.addAll(SHELL))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('pause-shell-') && name !== SHELL_CACHE) await caches.delete(name);
      await sw.clients.claim();
    })(),
  );
});

function offline(): Response {
  const body = { error: { code: 'offline', message: 'The Pause server could not be reached (you may be offline).' } };
  return new Response(JSON.stringify(body), { status: 503, headers: { 'Content-Type': 'application/json' } });
}

async function api(request: Request, path: string): Promise<Response> {
  try {
    const res = await fetch(request);
    if (res.ok && API_KEPT.has(path)) await (await caches.open(API_CACHE)).put(request, res.clone());
    return res;
  } catch {
    return (API_KEPT.has(path) ? await caches.match(request, { cacheName: API_CACHE }) : undefined) ?? offline();
  }
}

async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match('/', { cacheName: SHELL_CACHE })) ?? Response.error();
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const hit = await caches.match(request, { cacheName: SHELL_CACHE });
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await (await caches.open(SHELL_CACHE)).put(request, res.clone());
  return res;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (url.pathname.startsWith('/api/')) event.respondWith(api(request, url.pathname));
  else if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) event.respondWith(cacheFirst(request));
});

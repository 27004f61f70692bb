/**
 * The extension as a user meets it: Debian's Chromium driven by playwright-core with the built
 * extension loaded (a persistent context, the only way Chromium runs an MV3 extension's content
 * scripts). Pages are served two ways: local fixtures from a server on 127.0.0.1, added as sites
 * through the options page as a user would; and fixtures of the listed sites at their real
 * addresses, answered by Playwright's router so that nothing leaves the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, missingChromium } from '../../../test/chromium.ts';

/** The test build: the extension with 127.0.0.1 granted, so local pages can be added without a prompt. */
export const EXTENSION = fileURLToPath(new URL('../dist-test/', import.meta.url));

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Every request a page or the extension made, for the no-network check. */
  requests: string[];
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw missingChromium('the browser extension');
  if (!existsSync(join(EXTENSION, 'manifest.json')))
    throw new Error(`The test build is missing at ${EXTENSION}: run npm run build`);
  const profile = await mkdtemp(join(tmpdir(), 'pause-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1100, height: 800 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    requests,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A server on 127.0.0.1 answering each path with the given HTML, or with a file from `dir`. */
export async function serve(
  pages: Record<string, string>,
  dir?: string,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let body: string | Buffer | undefined = pages[path];
    const file = dir && /^\/[\w.-]+$/.test(path) ? join(dir, path.slice(1)) : undefined;
    if (body === undefined && file && existsSync(file)) body = readFileSync(file);
    res.writeHead(body === undefined ? 404 : 200, {
      'content-type': `${TYPES[extname(path)] ?? 'text/html'}; charset=utf-8`,
    });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Adds a site through the options page, as a user would, and waits for Pause to say so. */
export async function addSite(b: Browser, origin: string): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.id}/src/options/index.html`);
  await page.getByLabel('Site address').fill(origin);
  await page.getByRole('button', { name: 'Add site' }).click();
  await page.getByText(`Added ${origin}`).waitFor();
  await page.close();
}

/** "HH:MM" in this process's zone: the browser runs in the same zone, so times mean the same there. */
export const hhmm = (d: Date): string =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/**
 * Quiet hours that start six hours from now: a test that expects a clean draft to pass must not depend on
 * the time it runs (inside the default 23:00–06:00 every draft gets behaviour.unusual-hour).
 */
export function quietHoursAwayFromNow(now = Date.now()): { start: string; end: string } {
  const hour = 3_600_000;
  return { start: hhmm(new Date(now + 6 * hour)), end: hhmm(new Date(now + 7 * hour)) };
}

/** Changes the stored settings from the service worker, as the options page would. */
export async function setSettings(b: Browser, patch: Record<string, unknown>): Promise<void> {
  await b.worker.evaluate(async (p) => {
    const now = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...now, ...p } });
  }, patch);
}

/** Serves `html` at a listed site's real address (Playwright answers; nothing reaches the network). */
export async function openAt(b: Browser, url: string, html: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.route('**/*', (route) =>
    route.request().url().startsWith('chrome-extension://')
      ? route.continue()
      : route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: route.request().isNavigationRequest() ? html : '',
        }),
  );
  await page.goto(url);
  return page;
}

export const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url)), 'utf8');

/** The badge's count of things to look at, once the check of the current text has answered. */
export async function badgeCount(page: Page): Promise<number> {
  const badge = page.locator('pause-layer .badge');
  await badge.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('pause-layer')?.shadowRoot?.querySelector('.badge.checking'),
  );
  return Number(await badge.getAttribute('data-count'));
}

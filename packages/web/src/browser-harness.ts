/**
 * What the web app's browser tests share: the real server started as a child process
 * (`pause serve --port 0 --data <tmp>`), a fresh browser profile per test with its clock set, the
 * page clocks the tests use, and axe-core. Used by app.browser.test.ts and reflection.browser.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WHEN_FORMAT } from '@pause/ui';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'packages/cli/bin/pause.mjs');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Tomorrow at noon UTC (12:00 or 13:00 in London): a daytime clock for the page, so that the quiet
 * hours only flag what a test means them to, whenever the suite runs; in the future, so that held
 * drafts stay held on the real server.
 */
export const DAYTIME = (() => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 12));
})();

/** The instant `days` from today when London's clock reads hh:mm (in the future, so held drafts stay held). */
export function londonClock(days: number, hh: number, mm: number): Date {
  const d = new Date();
  const wall = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days, hh, mm);
  const london = new Date(new Date(wall).toLocaleString('en-US', { timeZone: 'Europe/London' }));
  const utc = new Date(new Date(wall).toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(wall - (london.getTime() - utc.getTime()));
}

/** "Tue 24 Nov, 08:00": 08:00 in London `days` from today, as the app names it. */
export const londonMorning = (days: number) =>
  new Intl.DateTimeFormat('en-GB', { ...WHEN_FORMAT, timeZone: 'Europe/London' }).format(londonClock(days, 8, 0));

// ——— the real server, as a child process ———

export interface Server {
  url: string;
  origin: string;
  port: number;
  stop(): Promise<void>;
}

export function startServer(dataDir: string, extra: string[] = []): Promise<Server> {
  const port = extra.includes('--port') ? [] : ['--port', '0'];
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', ...port, '--data', dataDir, ...extra], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pause serve printed no URL in 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /https?:\/\/[^\s)#]+/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      const url = new URL(m[0]);
      resolve({
        url: `${url.origin}/`,
        origin: url.origin,
        port: Number(url.port),
        // SIGTERM closes the server and its database cleanly; a server still busy after 5 s is killed.
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pause serve exited (${code}) before printing its URL:\n${output}`));
    });
  });
}

// ——— the browser ———

export interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/**
 * A fresh browser profile (its own storage and service worker) recording every request and error,
 * its clock fixed at `at` (null: the real clock), opened at `path` on the server.
 */
export async function openPage(
  browser: Browser,
  serverUrl: string,
  width: number,
  path: string,
  at: Date | null,
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  if (at) await context.clock.setFixedTime(at);
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path, serverUrl).href);
  await page.locator('h1').first().waitFor();
  return { context, page, requests, errors };
}

/** Every request went to the local server (or stayed in the page as data: or blob:). */
export function expectLocalOnly(requests: string[], origin: string): void {
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual([]);
}

/** The serious and critical axe-core violations on the page as it stands. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

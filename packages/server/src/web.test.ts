/** The web app as the browser gets it: files, SPA fallback, caching and security headers. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP, findWebRoot } from './web.js';
import { API, call, harness, tempDir, type Harness } from './test/helpers.js';

const INDEX =
  '<!doctype html><html lang="en-GB"><head><title>Pause</title></head><body><div id="app"></div></body></html>';

let web: ReturnType<typeof tempDir>;
let h: Harness;
beforeAll(() => {
  web = tempDir('pause-web-');
  mkdirSync(join(web.path, 'assets'));
  writeFileSync(join(web.path, 'index.html'), INDEX);
  writeFileSync(join(web.path, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(web.path, 'manifest.webmanifest'), '{"name":"Pause"}');
  writeFileSync(join(web.path, 'assets', 'index-Ab12Cd34.js'), 'console.log(1);');
  h = harness({ webRoot: web.path });
});
afterAll(async () => {
  await h.close();
  web.remove();
});

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toBe(APP_CSP);
}

describe('the web build', () => {
  it('/ is index.html, never cached stale, with the security headers', async () => {
    const res = await h.app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res.headers);
  });

  it('the CSP allows this origin only: no CDNs, external fonts or inline scripts', () => {
    const directives = new Map(APP_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(APP_CSP).not.toMatch(/https?:|unsafe-eval|\*/);
  });

  it.each(['/share?title=Hi&text=Hello%20there&url=', '/outbox', '/settings', '/audit', '/inbound', '/a/deeper/route'])(
    '%s falls back to the app',
    async (url) => {
      const res = await h.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
      expectSecurityHeaders(res.headers);
    },
  );

  it('sw.js is not cached; hashed assets are kept for good', async () => {
    const sw = await h.app.inject({ url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/javascript/);
    expect(sw.headers['cache-control']).toBe('no-cache');
    const asset = await h.app.inject({ url: '/assets/index-Ab12Cd34.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await h.app.inject({ url: '/manifest.webmanifest' })).statusCode).toBe(200);
  });

  it('a missing file is a 404, not the app; so is a POST to an app route', async () => {
    for (const url of ['/assets/missing-123.js', '/favicon.ico']) {
      const res = await h.app.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('<div id="app">');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await h.app.inject({ method: 'POST', url: '/share', payload: {} })).statusCode).toBe(404);
  });

  it('nothing outside the build is served', async () => {
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const res = await h.app.inject({ url });
      expect(res.body).not.toContain('"name"');
    }
  });

  it('a path with a NUL byte, a backslash or an encoded ".." is a plain 404, never a 500', async () => {
    for (const url of [
      '/%00',
      '/assets/%00.js',
      '/..%2f..%2fetc%2fpasswd',
      '/a%5c..%5cb',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    ]) {
      const res = await h.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toBe('Not found\n');
    }
  });

  it('an /api path no route takes is an API 404, never a file and never a 500 (a NUL byte made the file server throw)', async () => {
    for (const url of ['/api/audits/%00', '/api/v1/nothing%00', '/api/index.html', '/api/assets/x.js']) {
      const res = await h.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('HEAD works for the app', async () => {
    const res = await h.app.inject({ method: 'HEAD', url: '/share?text=x' });
    expect(res.statusCode).toBe(200);
  });

  it('API answers are JSON, never cached, with the same headers', async () => {
    const res = await call(h.app, 'GET', `${API}/health`);
    expect(res.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(res.headers);
  });
});

describe('without a web build', () => {
  it('/ and app routes answer a page saying to run npm run build; the API still works', async () => {
    const bare = harness();
    try {
      for (const url of ['/', '/share?text=hello']) {
        const res = await bare.app.inject({ url });
        expect(res.statusCode).toBe(503);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.body).toContain('npm run build');
        expect(res.body).not.toContain('hello');
      }
      expect((await call(bare.app, 'GET', `${API}/health`)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });

  it("the default web root is the web package's dist folder", () => {
    expect(findWebRoot().endsWith(`${sep}web${sep}dist`)).toBe(true);
  });
});

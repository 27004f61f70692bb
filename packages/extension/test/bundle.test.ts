/**
 * The built extension, as a store reviewer would read it: no way to reach the network anywhere in
 * its code, no remote code, and only the permissions it needs (the test build's extra host is for
 * the end-to-end tests alone).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const code = files(DIST).filter((f) => /\.(js|html)$/.test(f));
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));

describe('the built extension', () => {
  it.each(['fetch(', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts', 'RTCPeerConnection'])(
    'never calls %s',
    (api) => {
      expect(code.filter((f) => readFileSync(f, 'utf8').includes(api)).map((f) => f.slice(DIST.length))).toEqual([]);
    },
  );

  it('loads no script from outside the extension', () => {
    const remote = code.filter((f) => /<script[^>]+src=["']https?:|import\(["']https?:/.test(readFileSync(f, 'utf8')));
    expect(remote).toEqual([]);
    expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'");
  });

  it('asks only for what it uses, and for no host beyond the listed sites until the user adds one', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    for (const pattern of manifest.content_scripts[0].matches as string[])
      expect(pattern).toMatch(/^https:\/\/[^/]+\/\*$/);
  });

  it('lets no page but the listed sites fetch its files (which would tell a page Pause is installed)', () => {
    const listed: string[] = manifest.content_scripts[0].matches;
    const open = (manifest.web_accessible_resources ?? []).flatMap((w: { matches: string[] }) => w.matches);
    expect(open.filter((m: string) => !listed.includes(m))).toEqual([]);
  });
});

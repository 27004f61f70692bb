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

const FIREFOX = fileURLToPath(new URL('../dist-firefox/', import.meta.url));

describe('the Firefox build', () => {
  const firefox = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));

  it('runs its background as an event page, under a fixed add-on id, collecting no data', () => {
    expect(firefox.background.scripts).toHaveLength(1);
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // The same sites and permissions as the Chromium build.
    expect(firefox.content_scripts[0].matches).toEqual(manifest.content_scripts[0].matches);
    expect(firefox.permissions).toEqual(manifest.permissions);
    expect(firefox.host_permissions).toEqual([]);
  });

  it("passes Mozilla's add-ons linter with no errors", async () => {
    const { default: linter } = await import('addons-linter');
    const instance = linter.createInstance({
      config: {
        _: [FIREFOX],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: true,
        selfHosted: false,
      },
      runAsBinary: false,
    });
    const result = await instance.run();
    expect(result.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    // The linter's warnings are about Preact's own innerHTML path and Firefox for Android's versions, not Pause's code.
    for (const w of result.warnings)
      expect(['UNSAFE_VAR_ASSIGNMENT', 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION']).toContain(w.code);
  }, 60_000);
});

/**
 * The extension's manifest (Manifest V3), built by @crxjs/vite-plugin. Permissions are the listed
 * sites, storage, alarms and notifications (held drafts), and scripting (to serve the sites the
 * user adds, each granted by them at the time as an optional host). No remote code, no network.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { SITES } from './sites/index.ts';

/** The browsers Pause is built for: Chromium (a service worker) and Firefox (an event page, a gecko id). */
export type Browser = 'chrome' | 'firefox';

/** The add-on id Firefox keeps the extension's storage under: fixed, so an update keeps held drafts. */
const GECKO_ID = 'pause@pause-extension.invalid';

/**
 * The manifest for a browser. Hosts are granted up front only to the test build, so the end-to-end
 * tests can add local pages as sites.
 */
export function manifestFor(testHosts: string[] = [], browser: Browser = 'chrome') {
  // Firefox runs Manifest V3 background code as an event page (scripts), not a service worker.
  const firefox = {
    background: { scripts: ['src/background/index.ts'], type: 'module' as const },
    // Pause sends nothing anywhere: Firefox's data consent says so ("none").
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none' as const] },
      },
    },
  };
  return defineManifest({
    manifest_version: 3,
    name: 'Pause',
    description:
      'Reads a draft before you send it and says what a patient, colleague or regulator would object to. On your device only.',
    version: pkg.version,
    icons: { 16: 'icons/icon-16.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: { default_title: 'Pause', default_popup: 'src/options/index.html' },
    options_page: 'src/options/index.html',
    background: { service_worker: 'src/background/index.ts', type: 'module' },
    ...(browser === 'firefox' ? firefox : {}),
    content_scripts: [
      {
        matches: [...new Set(SITES.flatMap((s) => s.matches))],
        js: ['src/content/index.ts'],
        css: ['src/content/highlight.css'],
        run_at: 'document_idle',
      },
    ],
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: testHosts,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
  });
}

/**
 * The sites the user added in the options page (a forum, a Mastodon server): the same content
 * script as the listed sites, registered for each added origin the user has granted.
 */
// The content script again, as one self-contained file: a script registered at run time for a
// site the user added cannot load the listed sites' module chunks (those are web-accessible only there).
import script from '../content/added-site.ts?script&iife';
import type { ExtensionSettings } from '../shared/settings.ts';

const ID = 'pause-extra-sites';

export async function registerExtraSites(settings: ExtensionSettings): Promise<void> {
  const granted: string[] = [];
  for (const origin of settings.extraOrigins) {
    if (await chrome.permissions.contains({ origins: [`${origin}/*`] })) granted.push(`${origin}/*`);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [ID] });
  if (!granted.length) return;
  // The listed sites' stylesheet, as the build named it in the manifest.
  const [listed] = chrome.runtime.getManifest().content_scripts ?? [];
  await chrome.scripting.registerContentScripts([
    {
      id: ID,
      matches: granted,
      js: [script],
      css: listed?.css ?? [],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * The service worker: the engine, held drafts and their alarms. It makes no network request; the
 * page sends the draft here and gets the Assessment back.
 */
import { type ExtensionSettings, loadSettings, onSettingsChanged } from '../shared/settings.ts';
import type { Request } from '../shared/protocol.ts';
import { SITES } from '../sites/index.ts';
import { ruleTitle } from '@pause/core';
import { assess } from './engine.ts';
import { registerExtraSites } from './extra-sites.ts';
import { forget, hold, release, releasedFor, urlOf } from './held.ts';

// Read once and kept while the worker lives; the options page's changes replace it.
let settings: Promise<ExtensionSettings> = loadSettings();
onSettingsChanged((s) => {
  settings = Promise.resolve(s);
});
chrome.runtime.onInstalled.addListener(() => void settings.then(registerExtraSites));

const siteName = (id: string) => SITES.find((s) => s.id === id)?.name ?? 'the site';

async function answer(req: Request): Promise<unknown> {
  switch (req.kind) {
    case 'check': {
      const { profile, policy } = await settings;
      try {
        const author = Object.keys(profile).length ? { author: profile } : {};
        const assessment = assess({ ...author, ...req.draft }, policy);
        // Each finding's rule in a few words, for the card's one line a finding.
        const titles = Object.fromEntries(assessment.findings.map((f) => [f.ruleId, ruleTitle(f.ruleId) ?? f.ruleId]));
        return { assessment, titles };
      } catch (e) {
        // The message names what was wrong with the draft's fields, never its text.
        return { error: e instanceof Error ? e.message : 'The draft could not be checked.' };
      }
    }
    case 'hold':
      return { held: await hold(req.text, req.site, req.url, req.releaseAt, Date.now()) };
    case 'released':
      return { drafts: await releasedFor(req.site) };
    case 'reopened':
      await forget(req.id);
      return { ok: true };
    case 'sites-changed':
      await registerExtraSites(await loadSettings());
      return { ok: true };
  }
}

chrome.runtime.onMessage.addListener((req: Request, _sender, send) => {
  answer(req).then(send, () => send({ error: 'Pause could not answer.' }));
  return true; // the answer is sent asynchronously
});

chrome.alarms.onAlarm.addListener((alarm) => {
  void release(alarm.name, siteName);
});

chrome.notifications.onClicked.addListener((id) => {
  void urlOf(id).then((url) => {
    if (url) void chrome.tabs.create({ url });
    chrome.notifications.clear(id);
  });
});

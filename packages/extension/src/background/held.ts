/**
 * Drafts held until later: kept in chrome.storage.local (on this device), each with an alarm at
 * its release time. When the alarm fires the draft is marked released and a notification (which
 * never shows the draft's words: it may appear on a locked screen) says it is ready; the next time
 * the user opens a compose box on that site, Pause offers to put it back.
 */
import type { HeldDraft } from '../shared/protocol.ts';

const KEY = 'held';
const ALARM = 'held:';

async function all(): Promise<HeldDraft[]> {
  const stored = (await chrome.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as HeldDraft[]) : [];
}

async function save(drafts: HeldDraft[]): Promise<void> {
  await chrome.storage.local.set({ [KEY]: drafts });
}

export async function hold(
  text: string,
  site: string,
  url: string,
  releaseAt: number,
  now: number,
): Promise<HeldDraft> {
  const held: HeldDraft = { id: crypto.randomUUID(), text, site, url, heldAt: now, releaseAt };
  await save([...(await all()), held]);
  await chrome.alarms.create(ALARM + held.id, { when: Math.max(releaseAt, now + 1000) });
  return held;
}

/** The alarm for a held draft: mark it released and tell the user, without its words. */
export async function release(alarmName: string, siteName: (id: string) => string): Promise<HeldDraft | undefined> {
  if (!alarmName.startsWith(ALARM)) return undefined;
  const id = alarmName.slice(ALARM.length);
  const drafts = await all();
  const held = drafts.find((d) => d.id === id);
  if (!held) return undefined;
  held.released = true;
  await save(drafts);
  chrome.notifications.create(ALARM + id, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
    title: 'Your held draft is ready',
    message: `The draft you held on ${siteName(held.site)} is ready to look at again. Open the site to bring it back.`,
  });
  return held;
}

/** Released drafts for a site, oldest first, for the compose box to offer back. */
export async function releasedFor(site: string): Promise<HeldDraft[]> {
  return (await all()).filter((d) => d.released && d.site === site).sort((a, b) => a.releaseAt - b.releaseAt);
}

/** A draft put back in its compose box (or dismissed) is no longer kept. */
export async function forget(id: string): Promise<void> {
  await save((await all()).filter((d) => d.id !== id));
  await chrome.alarms.clear(ALARM + id);
}

/** The page a notification's draft was written on, to reopen when the notification is clicked. */
export async function urlOf(notificationId: string): Promise<string | undefined> {
  if (!notificationId.startsWith(ALARM)) return undefined;
  const id = notificationId.slice(ALARM.length);
  return (await all()).find((d) => d.id === id)?.url;
}

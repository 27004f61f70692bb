/**
 * Time away from social media: during the quiet hours the user set, a social site opens behind a
 * calm page that says why (the guidance suggests setting times of day without social media) and
 * offers to carry on for ten minutes. It covers the page; it never changes it.
 */
import { formatWhen, inLocalWindow, nextLocalClock } from '@pause/ui';
import type { ExtensionSettings } from '../shared/settings.ts';
import type { SiteAdapter } from '../sites/adapter.ts';
import { layer, layerStyle } from './layer.ts';

const PASS_MINUTES = 10;
const passKey = (site: string) => `quietPass:${site}`;

layerStyle(
  'pause-quiet',
  `.quiet { position: fixed; inset: 0; background: #0a3d42; color: #fff; display: grid; place-items: center;
     font: 16px/1.5 system-ui, sans-serif; z-index: 2147483647; }
   .quiet div { max-width: 30rem; padding: 24px; }
   .quiet h1 { font-size: 26px; margin: 0 0 12px; }
   .quiet button { font: 600 16px system-ui, sans-serif; padding: 10px 16px; border-radius: 8px; border: 2px solid #fff;
     background: #fff; color: #0a3d42; cursor: pointer; margin-top: 12px; }
   .quiet button:focus-visible { outline: 3px solid #ffd54f; outline-offset: 3px; }`,
);

/** Shows the quiet-hours page when it is due, and again when a ten-minute pass runs out. */
export async function quietHours(adapter: SiteAdapter, settings: ExtensionSettings, now = Date.now()): Promise<void> {
  const { start, end } = settings.policy.quietHours;
  if (!adapter.social || !settings.quietHoursPage || start === end || !inLocalWindow(now, start, end)) return;
  const until = (await chrome.storage.local.get(passKey(adapter.id)))[passKey(adapter.id)];
  if (typeof until === 'number' && until > now) {
    setTimeout(() => void quietHours(adapter, settings), until - now + 500);
    return;
  }
  const page = document.createElement('div');
  page.className = 'quiet';
  page.setAttribute('role', 'dialog');
  page.setAttribute('aria-modal', 'true');
  page.setAttribute('aria-labelledby', 'pause-quiet-title');
  const box = document.createElement('div');
  const title = document.createElement('h1');
  title.id = 'pause-quiet-title';
  title.textContent = `Quiet hours until ${formatWhen(nextLocalClock(now, end))}`;
  const why = document.createElement('p');
  why.textContent =
    `You set ${start}–${end} as time away from ${adapter.name}. Late at night and when tired, posts and messages ` +
    'come out in ways that are hard to take back; the guidance Pause follows suggests setting times without social media.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Continue for ${PASS_MINUTES} minutes`;
  button.addEventListener('click', () => {
    const passUntil = Date.now() + PASS_MINUTES * 60_000;
    void chrome.storage.local.set({ [passKey(adapter.id)]: passUntil });
    page.remove();
    setTimeout(() => void quietHours(adapter, settings), PASS_MINUTES * 60_000 + 500);
  });
  box.append(title, why, button);
  page.append(box);
  layer().append(page);
  button.focus();
}

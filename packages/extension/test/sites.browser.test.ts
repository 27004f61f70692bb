/**
 * Every listed site, on a fixture page reproducing its compose markup, served at the site's real
 * address (Playwright answers; nothing reaches the network). Each fixture names in <meta> tags what
 * the site is: its address, the compose box, the send button, the key that sends, the channel,
 * whether the conversation is a group, and who it is to.
 *
 * Two checks a fixture: the adapter alone, bundled into the page (it alone claims the page, finds
 * the box, the send button and the sending key, and reads the channel, group and recipient); and
 * the extension as a user meets it (a risky draft is underlined and its send stopped once, by the
 * key and by the button, and "Send anyway" lets the site's own handler send it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HeldDraft } from '../src/shared/protocol.ts';
import { SITES } from '../src/sites/index.ts';
import {
  addSite,
  badgeCount,
  type Browser,
  EXTENSION,
  fixture,
  hhmm,
  launch,
  openAt,
  serve,
  setSettings,
} from './harness.ts';

const RISKY = 'Reviewed my patient today, NHS number 943 476 5919. The clueless locum had sent him home.';
const FIXTURES = readdirSync(fileURLToPath(new URL('./fixtures/sites/', import.meta.url))).filter((f) =>
  f.endsWith('.html'),
);

/** The adapters as one script for the page: window.PauseSites.SITES. */
const ADAPTERS = buildSync({
  entryPoints: [fileURLToPath(new URL('../src/sites/index.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  globalName: 'PauseSites',
  write: false,
  target: 'chrome120',
}).outputFiles[0]!.text;

interface Meta {
  url: string;
  compose: string;
  send: string;
  key: 'enter' | 'mod-enter' | 'none';
  channel: string;
  group: string;
  recipient: string;
}

function metaOf(html: string): Meta {
  const get = (name: string) =>
    new RegExp(`<meta name="pause-fixture-${name}" content="([^"]*)"`).exec(html)?.[1] ?? '';
  return {
    url: get('url'),
    compose: get('compose'),
    send: get('send'),
    key: get('key') as Meta['key'],
    channel: get('channel'),
    group: get('group'),
    recipient: get('recipient').replace(/&amp;/g, '&'),
  };
}

/** The hosts the manifest lists; a site matched by its markup (Mastodon, on any instance) is not among them. */
const LISTED = (
  JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')).content_scripts[0].matches as string[]
).map((p) => new RegExp(`^${p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`));

let b: Browser;
let local: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  b = await launch();
  // The quiet-hours page has its own test: here it would cover the sites whenever the suite runs at night.
  await setSettings(b, { quietHoursPage: false });
  // The unlisted sites' fixtures are served from here, added as a site as a user adds their server.
  local = await serve(Object.fromEntries(FIXTURES.map((f) => [`/${f}`, fixture(`sites/${f}`)])));
  await addSite(b, local.origin);
}, 60_000);

afterAll(async () => {
  await b?.close();
  await local?.close();
});

/** The fixture at its site's address, or, for a site Pause finds by its markup, on the added local site. */
async function openFixture(file: string, m: Meta, html: string): Promise<Page> {
  if (LISTED.some((re) => re.test(m.url))) return openAt(b, m.url, html);
  const page = await b.context.newPage();
  await page.goto(`${local.origin}/${file}`);
  return page;
}

const heldDrafts = () =>
  b.worker.evaluate(async () => ((await chrome.storage.local.get('held')).held ?? []) as HeldDraft[]);

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

async function typeRisky(page: Page, m: Meta): Promise<void> {
  await page.locator(m.compose).click();
  await page.keyboard.type(RISKY);
  expect(await badgeCount(page)).toBeGreaterThanOrEqual(1);
}

describe.each(FIXTURES)('%s', (file) => {
  const html = fixture(`sites/${file}`);
  const m = metaOf(html);

  it('is claimed by its adapter alone, which finds the box, the send button and key, and the context', async () => {
    const page = await openAt(b, m.url, html);
    await page.addScriptTag({ content: ADAPTERS });
    await page.locator(m.compose).click();
    const seen = await page.evaluate(
      ({ m }) => {
        type Adapter = import('../src/sites/adapter.ts').SiteAdapter;
        const { SITES } = (window as unknown as { PauseSites: { SITES: Adapter[] } }).PauseSites;
        const claimed = SITES.filter((s) => s.detect(location, document));
        const [adapter] = claimed;
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        const box = adapter && focused ? adapter.composeBox(focused) : null;
        const root = (box?.getRootNode() ?? document) as Document | ShadowRoot;
        const press = (init: KeyboardEventInit) =>
          !!box && !!adapter?.sendsOnKey(new KeyboardEvent('keydown', init), box);
        const ctx = box ? adapter?.context(box) : undefined;
        return {
          claimed: claimed.map((s) => s.id),
          box: !!box && box === root.querySelector(m.compose),
          send: !!box && adapter?.sendButton(box) === root.querySelector(m.send),
          enter: press({ key: 'Enter' }),
          modEnter: press({ key: 'Enter', ctrlKey: true }),
          shiftEnter: press({ key: 'Enter', shiftKey: true }),
          channel: ctx?.channel,
          group: !!ctx?.isGroup,
          recipients: ctx?.recipients ?? [],
        };
      },
      { m },
    );
    expect(seen.claimed).toHaveLength(1);
    expect(seen.box).toBe(true);
    expect(seen.send).toBe(true);
    expect(seen.enter).toBe(m.key === 'enter');
    expect(seen.modEnter).toBe(m.key === 'mod-enter');
    expect(seen.shiftEnter).toBe(false);
    expect(seen.channel).toBe(m.channel);
    expect(seen.group).toBe(m.group === 'true');
    if (m.recipient) expect(seen.recipients).toContain(m.recipient);
    await page.close();
  });

  it('stops a risky send by the button once; "Send anyway" sends it through the site', async () => {
    const page = await openFixture(file, m, html);
    await typeRisky(page, m);
    await page.locator(m.send).click();
    const card = page.locator('pause-layer .card');
    await expect.poll(() => card.getAttribute('data-stopped')).toBe('true');
    expect(await sent(page)).toEqual([]);
    await card.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(page)).toEqual([expect.stringContaining(RISKY)]);
    await page.close();
  });

  it.skipIf(m.key === 'none')('stops a risky send by the key once; "Send anyway" sends it', async () => {
    const page = await openFixture(file, m, html);
    await typeRisky(page, m);
    await page.keyboard.press(m.key === 'enter' ? 'Enter' : 'Control+Enter');
    const card = page.locator('pause-layer .card');
    await expect.poll(() => card.getAttribute('data-stopped')).toBe('true');
    expect(await sent(page)).toEqual([]);
    await card.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(page)).toEqual([expect.stringContaining(RISKY)]);
    await page.close();
  });

  it('underlines without touching the box, fixes with undo, and holds the draft until its alarm brings it back', async () => {
    const page = await openFixture(file, m, html);
    const box = page.locator(m.compose);
    const textOf = () =>
      box.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).trim());
    await box.click();
    await page.keyboard.type(RISKY);
    // From here on, a change inside the box would be Pause's own.
    await box.evaluate((el) => {
      const w = window as unknown as { __mutations: number };
      w.__mutations = 0;
      new MutationObserver((r) => {
        w.__mutations += r.length;
      }).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    expect(await badgeCount(page)).toBeGreaterThanOrEqual(1);
    const underlined = await page.evaluate(() => {
      const layer = document.querySelector('pause-layer')?.shadowRoot;
      return CSS.highlights.has('pause-stop') || !!layer?.querySelector('.box, .mirror mark');
    });
    expect(underlined).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);

    await page.waitForTimeout(300);
    await page.locator('pause-layer .badge').click();
    await page.locator('pause-layer .pc-fix', { hasText: '943 476 5919' }).click();
    await expect.poll(textOf).toContain('[NHS number removed]');
    await page.keyboard.press('Control+z');
    await expect.poll(textOf).toContain('943 476 5919');
    // Escape closes the card, which may sit over the site's own buttons.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pause-layer .card').count()).toBe(0);

    await page.locator(m.send).click();
    await page
      .locator('pause-layer .card')
      .getByRole('button', { name: /^Hold until/ })
      .click();
    await expect.poll(textOf).not.toContain('NHS number');
    const [held] = await heldDrafts();
    expect(held?.text).toContain('943 476 5919');
    expect(await sent(page)).toEqual([]);
    await b.worker.evaluate((id) => chrome.alarms.create(`held:${id}`, { when: Date.now() + 100 }), held!.id);
    await expect.poll(async () => (await heldDrafts())[0]?.released).toBe(true);
    await page.reload();
    await page.locator(m.compose).click();
    await page.locator('pause-layer .badge').click();
    await page.locator('pause-layer .card').getByRole('button', { name: 'Put it back in the box' }).click();
    await expect.poll(textOf).toContain('943 476 5919');
    // The draft is put back before it is forgotten (so nothing is lost if the worker is busy): wait for both.
    await expect.poll(heldDrafts).toEqual([]);
    await page.close();
  });
});

/** One fixture of each social site: the quiet-hours page is theirs alone. */
const SOCIAL = [
  ...new Map(
    FIXTURES.flatMap((file) => {
      const m = metaOf(fixture(`sites/${file}`));
      const site = SITES.find(
        (s) => s.social && s.matches.length && s.detect(new URL(m.url) as unknown as Location, {} as Document),
      );
      return site ? [[site.id, { file, name: site.name, m }] as const] : [];
    }),
  ).values(),
];

describe('quiet hours', () => {
  const now = Date.now();
  // The browser runs in this process's zone, so the hours around now are the same here and there.
  const quietHours = { start: hhmm(new Date(now - 3_600_000)), end: hhmm(new Date(now + 3_600_000)) };
  beforeAll(() => setSettings(b, { quietHoursPage: true, policy: { quietHours } }));
  afterAll(() => setSettings(b, { quietHoursPage: false, policy: { quietHours: { start: '23:00', end: '06:00' } } }));

  it.each(SOCIAL)(
    'covers $name with a pause page that says why, and can be passed for ten minutes',
    async ({ file, name, m }) => {
      const page = await openAt(b, m.url, fixture(`sites/${file}`));
      const quiet = page.locator('pause-layer .quiet');
      await quiet.waitFor();
      expect(await quiet.getByRole('heading').textContent()).toMatch(/^Quiet hours until /);
      expect(await quiet.textContent()).toContain(
        `You set ${quietHours.start}–${quietHours.end} as time away from ${name}`,
      );
      await quiet.getByRole('button', { name: 'Continue for 10 minutes' }).click();
      await expect.poll(() => quiet.count()).toBe(0);
      await page.reload();
      await page.locator(m.compose).first().waitFor();
      await page.waitForTimeout(300);
      expect(await page.locator('pause-layer .quiet').count()).toBe(0);
      await page.close();
    },
  );

  it('leaves mail and work chat alone', async () => {
    const html = fixture('sites/slack-channel.html');
    const page = await openAt(b, metaOf(html).url, html);
    await page.locator(metaOf(html).compose).waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('pause-layer .quiet').count()).toBe(0);
    await page.close();
  });
});

describe('a message received on a messaging site', () => {
  const direct = fixture('sites/whatsapp-direct.html');
  const last = 'Gas K 5.9, ECG shows peaked T waves. Shall I start insulin-dextrose?';
  const received = (text: string) => direct.replace(last, text);

  it('offers the 999, 111 and Samaritans reply first when it may be a crisis, and puts it in the box on a click', async () => {
    const html = received("I've saved up all my tablets and I'm taking them tonight. Thank you for everything doctor");
    const page = await openAt(b, metaOf(html).url, html);
    await page.locator(metaOf(html).compose).click();
    const reply = page.locator('pause-layer .reply.r-urgent');
    await reply.waitFor();
    const text = (await reply.locator('.reply-text').textContent()) ?? '';
    expect(text).toMatch(/999/);
    expect(text).toMatch(/116 123/);
    await reply.getByRole('button', { name: 'Use this reply' }).click();
    await expect.poll(() => page.locator(metaOf(html).compose).innerText()).toContain('999');
    await page.close();
  });

  it('offers a reply pointing to the practice when a patient asks for advice', async () => {
    const html = received('Hi doctor, can I double my sertraline to 100mg this week? Feeling a bit low');
    const page = await openAt(b, metaOf(html).url, html);
    await page.locator(metaOf(html).compose).click();
    await page.locator('pause-layer .badge').click();
    const reply = page.locator('pause-layer .reply');
    await reply.first().waitFor();
    expect(await reply.count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('offers nothing for an ordinary message from a colleague', async () => {
    const html = received('Running 10 minutes late for the practice meeting, start without me');
    const page = await openAt(b, metaOf(html).url, html);
    await page.locator(metaOf(html).compose).click();
    await page.waitForTimeout(800);
    expect(await page.locator('pause-layer .reply').count()).toBe(0);
    expect(await page.locator('pause-layer .badge').count()).toBe(0);
    await page.close();
  });
});

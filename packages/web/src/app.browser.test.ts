/**
 * The web app as a user meets it: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) against the real server, started as `pause serve --port 0 --data <tmp>` and
 * restarted on the same data folder where the test needs it. Checks what issue 6 asks the browser
 * to show: underlines, the readers panel, Apply all fixes, the outbox across a restart, quiet hours,
 * the share target, axe-core, 360 px layouts, no request leaving the local origin, offline
 * checking, and the keystroke-to-underline latency (a benchmark: printed and written to
 * test-artifacts/web-latency.json, with only a loose sanity bound asserted).
 *
 * Chromium is launched by test/chromium.ts, shared with the audit report's browser test; the server
 * and the page are opened by browser-harness.ts, shared with reflection.browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describePicture } from '@pause/importers/picture';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium, missingChromium as noBrowser } from '../../../test/chromium.ts';
import {
  axeViolations,
  DAYTIME,
  expectLocalOnly as expectLocalOnlyAt,
  londonClock,
  londonMorning,
  type Opened,
  openPage,
  type Server,
  startServer,
} from './browser-harness.ts';
import { PAGES as APP_PAGES } from './lib/router.ts';

/**
 * The app's pages, named for the screenshots: web-<name>-<width>.png. Reflection is seen here with its record
 * off (reflection.browser.test.ts writes web-reflection-<width>.png with a record in it).
 */
const PAGES = APP_PAGES.map((p) => ({
  ...p,
  name: p.path === '/' ? 'compose' : p.path === '/reflection' ? 'reflection-off' : p.path.slice(1),
}));

/** A patient's NHS number (valid mod-11) and a jibe at a colleague: both must be underlined. */
const RISKY = 'Reviewed my patient today, NHS number 943 476 5919. The clueless locum had sent him home.';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;

describe('the web app in headless Chromium, against the real server', () => {
  let browser: Browser | undefined;
  let dataDir: string;
  let server: Server;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pause-web-'));
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startServer(dataDir);
    browser = await launchChromium(); // undefined: every browser test then fails with missingChromium()
  }, 60_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const missingChromium = () => noBrowser('the web app');

  /** A fresh browser profile on the server, its clock at DAYTIME unless `at` says otherwise (null: the real clock). */
  async function open(width: number, path = '/', at: Date | null = DAYTIME): Promise<Opened> {
    if (!browser) throw missingChromium();
    const opened = await openPage(browser, server.url, width, path, at);
    contexts.push(opened.context);
    return opened;
  }

  const expectLocalOnly = (requests: string[]) => expectLocalOnlyAt(requests, server.origin);

  const draftBox = (page: Page) => page.locator('#draft');
  const checked = (page: Page) => page.locator('.compose[data-state="checked"]').waitFor();
  const ruleIds = (page: Page) =>
    page
      .locator('.pc-findings > li')
      .evaluateAll((lis) => lis.flatMap((li) => (li.getAttribute('data-rules') ?? '').split(' ')));

  it('underlines an NHS number and an insult, shows who objects, and "Apply all fixes" clears them', async () => {
    const { page, requests, errors } = await open(1280);
    await draftBox(page).pressSequentially(RISKY);
    await checked(page);

    // Both underlined, each in a <mark> with its severity and category, over the very words in the box.
    const nhs = page.locator('.backdrop mark', { hasText: '943 476 5919' });
    const insult = page.locator('.backdrop mark', { hasText: 'clueless' });
    await expect(nhs.getAttribute('class')).resolves.toMatch(/flag-stop.*cat-confidentiality/);
    await expect(insult.getAttribute('class')).resolves.toMatch(/flag-caution.*cat-content/);
    await expect(page.locator('.backdrop').textContent()).resolves.toBe(await draftBox(page).inputValue());
    const boxRect = (await draftBox(page).boundingBox())!;
    for (const mark of [nhs, insult]) {
      const r = (await mark.boundingBox())!;
      expect(r.x).toBeGreaterThanOrEqual(boxRect.x);
      expect(r.x + r.width).toBeLessThanOrEqual(boxRect.x + boxRect.width);
      expect(r.y).toBeGreaterThanOrEqual(boxRect.y);
    }
    expect(await ruleIds(page)).toEqual(
      expect.arrayContaining(['confidentiality.direct-identifier', 'content.insult']),
    );
    await expect(page.getByTestId('status-line').textContent()).resolves.toMatch(/\d+ things to review/);

    // The verdict card, as the extension shows it: the verdict first, then a line per finding with
    // what it is, the words and its fix; why (the guidance section) on demand.
    const card = page.getByRole('region', { name: 'What to review' });
    await expect(card.locator('.pc-banner').textContent()).resolves.toBe('HoldDon’t post this as it stands.');
    await expect(page.getByRole('heading', { level: 2, name: 'Hold' }).count()).resolves.toBe(1);
    const nhsFinding = card.locator('.pc-findings > li[data-rule="confidentiality.direct-identifier"]');
    await expect(nhsFinding.textContent()).resolves.toMatch(/A patient identifier in a draft about a patient/);
    await expect(nhsFinding.textContent()).resolves.not.toMatch(/guidance/i);
    await nhsFinding.getByRole('button', { name: 'Why' }).click();
    await expect(nhsFinding.textContent()).resolves.toMatch(/Guidance: “Confidentiality”/);
    await expect(
      nhsFinding.getByRole('button', { name: 'Replace “943 476 5919” with “[NHS number removed]”' }).count(),
    ).resolves.toBe(1);

    // Readers: the patient, the GMC and a judge object (confidentiality); a colleague objects (the insult); a police officer is fine.
    const reader = (r: string) => card.locator(`.pc-readers [data-reader="${r}"]`);
    for (const r of ['patient', 'gmc', 'judge', 'colleague'])
      await expect(reader(r).getAttribute('class')).resolves.toContain('objects');
    await expect(reader('police').textContent()).resolves.toMatch(/fine/);
    // Each reason once, with the readers it troubles.
    const reasons = await page.locator('.readers .reader-reasons > li').allTextContents();
    expect(reasons).toContainEqual(
      expect.stringMatching(
        /^A patient identifier in a draft about a patient: “943 476 5919” \(a patient, .*the GMC and a judge\)$/,
      ),
    );
    expect(reasons).toContainEqual(expect.stringMatching(/^Name-calling.*clueless.*\(.*a colleague.*\)$/));
    expect(new Set(reasons).size).toBe(reasons.length);

    // The details at the caret: reached from "Show in the draft", by keyboard, closed with Escape.
    await nhsFinding.getByRole('button', { name: 'Show in the draft' }).click();
    const atCaret = page.getByRole('region', { name: 'About the words at the cursor' });
    await expect(atCaret.textContent()).resolves.toMatch(/NHS number/);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.at-caret') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(atCaret.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('draft');
    // Arrow keys into another flagged word open its details.
    await page.keyboard.press('Control+End');
    for (let i = 0; i < ' locum had sent him home.'.length; i++) await page.keyboard.press('ArrowLeft');
    await expect(atCaret.locator('.excerpt').textContent()).resolves.toBe('clueless');
    await page.keyboard.press('Escape');

    await page.getByRole('heading', { name: 'Worth asking yourself' }).waitFor();
    await expect(page.locator('.advice-headline').textContent()).resolves.toMatch(/Don’t post this as it stands/);
    await page.screenshot({ path: join(ARTIFACTS, 'web-compose-findings-1280.png'), fullPage: true });

    await page.getByRole('button', { name: 'Apply all fixes' }).click();
    await checked(page);
    const fixed = await draftBox(page).inputValue();
    expect(fixed).toBe('Reviewed my patient today, NHS number [NHS number removed]. The locum had sent him home.');
    expect(await ruleIds(page)).not.toEqual(expect.arrayContaining(['confidentiality.direct-identifier']));
    expect(await ruleIds(page)).not.toContain('content.insult');
    await expect(page.locator('.backdrop mark').count()).resolves.toBe(0);
    await expect(page.getByTestId('status-line').textContent()).resolves.toBe('Nothing to flag.');
    // A clean draft is one quiet line: no readers panel, no advice.
    await expect(page.locator('.readers').count()).resolves.toBe(0);
    await expect(page.locator('.advice').count()).resolves.toBe(0);
    // The polite live region says so once typing stops.
    await page.waitForFunction(() => document.getElementById('announcer')?.textContent === 'Nothing to flag');
    // Undo brings the draft back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(draftBox(page).inputValue()).resolves.toBe(RISKY);

    // With a stop, "Post anyway…" is the last choice and asks once; then it copies the draft, and says so.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await checked(page);
    const choices = await page
      .getByRole('group', { name: 'What to do with it' })
      .getByRole('button')
      .evaluateAll((bs) => bs.map((b) => b.textContent));
    expect(choices[0]).toBe('Apply all fixes');
    expect(choices.indexOf('Post anyway…')).toBeGreaterThan(choices.indexOf('Hold until…'));
    await page.getByRole('button', { name: 'Post anyway…' }).click();
    await page.getByText('could end in a complaint, a referral or worse').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.not.toBe(RISKY);
    await page.getByRole('button', { name: 'Yes, copy it anyway' }).click();
    await page.getByText('Copied to the clipboard').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(RISKY);

    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 60_000);

  it('findings about the same words share one card, each fix offered once', async () => {
    const { page, errors } = await open(1280);
    await draftBox(page).fill('Honestly, what a bloody idiot that locum is.');
    await checked(page);
    const cards = page.locator('.pc-findings > li');
    const rules = await cards.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rules')));
    const shared = rules.find((r) => r?.includes('content.profanity') && r.includes('content.insult'));
    expect(shared).toBeDefined();
    const card = page.locator(`.pc-findings > li[data-rules="${shared}"]`);
    // One line, about all the words, naming what each rule found; each message on demand.
    await expect(card.locator('q').textContent()).resolves.toBe('bloody idiot');
    await card.getByRole('button', { name: 'Why' }).click();
    await expect(card.locator('.pc-msg').count()).resolves.toBeGreaterThanOrEqual(2);
    const fixes = await card.locator('.pc-fix').allTextContents();
    expect(new Set(fixes).size).toBe(fixes.length);
    await page.screenshot({ path: join(ARTIFACTS, 'web-compose-merged-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('a photo is read in the page: its location is flagged, a clean copy can be saved, nothing is uploaded', async () => {
    for (const width of [1280, 390]) {
      const { page, errors, requests } = await open(width);
      await draftBox(page).fill('Lovely sunset on my last home visit of the day');
      await checked(page);
      expect(await ruleIds(page)).not.toContain('confidentiality.image');
      const photo = readFileSync(fileURLToPath(new URL('../../cli/test-fixtures/photo-gps.jpg', import.meta.url)));
      await page
        .locator('.photos input[type=file]')
        .setInputFiles({ name: 'sunset.jpg', mimeType: 'image/jpeg', buffer: photo });
      const item = page.locator('.photo-list li', { hasText: 'sunset.jpg' });
      await expect.poll(() => item.textContent()).toContain('carries its location');
      await expect.poll(() => ruleIds(page)).toContain('confidentiality.image');
      await page.screenshot({ path: join(ARTIFACTS, `web-compose-photo-${width}.png`), fullPage: width === 390 });
      // A clean copy, made in the page: the download carries no location, and the draft now goes with it.
      const [saved] = await Promise.all([
        page.waitForEvent('download'),
        item.getByRole('button', { name: 'Save a copy without the location' }).click(),
      ]);
      expect(saved.suggestedFilename()).toBe('sunset-no-location.jpg');
      const copy = readFileSync((await saved.path()) as string);
      expect((await describePicture('copy.jpg', new Uint8Array(copy))).hasLocation).toBe(false);
      const clean = page.locator('.photo-list li', { hasText: 'sunset-no-location.jpg' });
      await expect.poll(() => clean.count()).toBe(1);
      await expect.poll(() => ruleIds(page)).not.toContain('confidentiality.image');
      // Bytes that are not a picture under a picture's name: a clear error, and the draft keeps what it had.
      await page
        .locator('.photos input[type=file]')
        .setInputFiles({ name: 'scan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture') });
      await expect
        .poll(() => page.locator('.photos [role=alert]').textContent())
        .toContain('scan.jpg: is not a readable image');
      expect(await page.locator('.photo-list li').count()).toBe(1);
      await clean.getByRole('button', { name: 'Remove sunset-no-location.jpg' }).click();
      await expect.poll(() => page.locator('.photo-list li').count()).toBe(0);
      // The photo never left the page: every request went to the local server, none carried it.
      expectLocalOnly(requests);
      expect(errors).toEqual([]);
    }
  }, 90_000);

  it('holds a draft until a chosen time, and it is still in the outbox after the server restarts', async () => {
    const heated = `I am so furious with the ICB, this is DISGUSTING!!! ${Date.now()}`;
    const { page, requests, errors } = await open(1280);
    await draftBox(page).fill(heated);
    await checked(page);
    await expect(page.locator('.advice-headline').textContent()).resolves.toMatch(
      /Wait before you send it: hold it until/,
    );
    await page.getByRole('button', { name: 'Hold until…' }).click();
    // Emotion: the suggested release is an hour away.
    const suggested = await page.getByLabel('Release it at').inputValue();
    const inAnHour = await page.evaluate(() => Date.now() + 3600_000);
    const suggestedMs = await page.evaluate((v) => new Date(v).getTime(), suggested);
    expect(Math.abs(suggestedMs - inAnHour)).toBeLessThan(2 * 60_000);
    await page.getByRole('button', { name: 'Hold it' }).click();
    await page.getByText('It is waiting in the Outbox').waitFor();
    await expect(draftBox(page).inputValue()).resolves.toBe('');

    await server.stop();
    server = await startServer(dataDir, ['--port', String(server.port)]);

    await page.goto(new URL('/outbox', server.url).href);
    const item = page.locator('.outbox-item', { hasText: heated });
    await item.waitFor();
    await expect(item.locator('.countdown-value').textContent()).resolves.toMatch(/^in (\d+ min|1 h 00 min)$/);
    await expect(item.textContent()).resolves.toMatch(/When you held it/);
    await page.screenshot({ path: join(ARTIFACTS, 'web-outbox-held-1280.png'), fullPage: true });

    // Release: a fresh check is shown.
    await item.getByRole('button', { name: 'Release and check again' }).click();
    await item.getByText('Checked again on release').waitFor();
    await expect(item.locator('.outbox-heading').textContent()).resolves.toBe('Released');

    // Change the time, then delete (with a confirmation).
    await item.getByRole('button', { name: 'Change the time' }).click();
    await expect(item.getByLabel('Release it at').count()).resolves.toBe(1);
    await item.getByRole('button', { name: 'Cancel' }).click();
    await item.getByRole('button', { name: 'Delete' }).click();
    await item.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(
      page.locator('.outbox-item', { hasText: heated }).waitFor({ state: 'detached' }),
    ).resolves.toBeUndefined();

    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 90_000);

  it('keeps the unsent draft on the device across a reload, and forgets it once held', async () => {
    const text = `Draft about the flu clinic rota ${Date.now()}`;
    const { page, requests, errors } = await open(1280);
    await draftBox(page).fill(text);
    await checked(page);
    // The draft is saved shortly after typing stops; a reload brings it back, checked.
    await page.waitForFunction(
      (t) =>
        new Promise((done) => {
          const req = indexedDB.open('pause-drafts');
          req.onsuccess = () => {
            const get = req.result.transaction('drafts').objectStore('drafts').get('compose');
            get.onsuccess = () => done(get.result?.fields?.text === t);
            get.onerror = () => done(false);
          };
          req.onerror = () => done(false);
        }),
      text,
    );
    await page.reload();
    await expect.poll(() => draftBox(page).inputValue()).toBe(text);
    await checked(page);
    // Nothing about the draft went to the server while typing or reloading.
    expect(requests.filter((u) => /\/api\/v1\/(outbox|check)/.test(u))).toEqual([]);

    await page.getByRole('button', { name: 'Hold until…' }).click();
    await page.getByRole('button', { name: 'Hold it' }).click();
    await page.getByText('It is waiting in the Outbox').waitFor();
    await page.reload();
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(300);
    await expect(draftBox(page).inputValue()).resolves.toBe('');
    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 60_000);

  it('reopens a held draft in Check; holding the edit replaces the held copy', async () => {
    const first = `So furious with the rota AGAIN!!! ${Date.now()}`;
    const { page, requests, errors } = await open(390);
    await draftBox(page).fill(first);
    await checked(page);
    await page.getByRole('button', { name: 'Hold until…' }).click();
    await page.getByRole('button', { name: 'Hold it' }).click();
    await page.getByText('It is waiting in the Outbox').waitFor();

    await page.getByRole('link', { name: 'Open the Outbox' }).click();
    const item = page.locator('.outbox-item', { hasText: first });
    await item.getByRole('button', { name: 'Edit in Check' }).click();
    await page.getByTestId('editing-held').waitFor();
    await expect(draftBox(page).inputValue()).resolves.toBe(first);
    await page.screenshot({ path: join(ARTIFACTS, 'web-outbox-edit-390.png'), fullPage: false });

    const edited = first.replace('So furious with the rota AGAIN!!!', 'Can we talk about the rota tomorrow?');
    await draftBox(page).fill(edited);
    await checked(page);
    await page.getByRole('button', { name: 'Hold until…' }).click();
    await page.getByRole('button', { name: 'Hold it' }).click();
    await page.getByText('It is waiting in the Outbox').waitFor();
    await page.getByRole('link', { name: 'Open the Outbox' }).click();
    await page.locator('.outbox-item', { hasText: edited }).waitFor();
    await expect(page.locator('.outbox-item', { hasText: first }).count()).resolves.toBe(0);

    // With an unsent draft in Check, reopening asks before replacing it.
    await page.getByRole('link', { name: 'Check', exact: true }).click();
    await draftBox(page).fill('Something else I am writing');
    await checked(page);
    await page.getByRole('link', { name: 'Outbox', exact: true }).click();
    const again = page.locator('.outbox-item', { hasText: edited });
    await again.getByRole('button', { name: 'Edit in Check' }).click();
    await again.getByText('Check already has an unsent draft').waitFor();
    await again.getByRole('button', { name: 'Keep the other' }).click();
    await page.getByRole('link', { name: 'Check', exact: true }).click();
    await expect(draftBox(page).inputValue()).resolves.toBe('Something else I am writing');
    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 90_000);

  it('releasing a held draft inside the quiet hours offers to keep it until the morning', async () => {
    const text = `I am livid about this, truly LIVID!!! ${Date.now()}`;
    // 22:40 in London: an hour's hold would end inside the quiet hours, so the morning is suggested.
    const evening = londonClock(2, 22, 40);
    const morning = londonMorning(3);
    const { page, context, requests, errors } = await open(1280, '/', evening);
    await draftBox(page).fill(text);
    await checked(page);
    await expect(page.locator('.advice-headline').textContent()).resolves.toContain(`hold it until ${morning}`);
    await page.getByRole('button', { name: 'Hold until…' }).click();
    await expect(page.getByLabel('Release it at').inputValue()).resolves.toMatch(/T08:00$/);
    await page.getByRole('button', { name: 'Hold it' }).click();
    await page.getByText('It is waiting in the Outbox').waitFor();

    await context.clock.setFixedTime(new Date(evening.getTime() + 70 * 60_000));
    await page.getByRole('link', { name: 'Open the Outbox' }).click();
    const item = page.locator('.outbox-item', { hasText: text });
    await item.getByRole('button', { name: 'Release and check again' }).click();
    await item.getByText('It is now inside your quiet hours (23:00 to 06:00)').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'web-outbox-quiet-release-1280.png'), fullPage: false });
    await item.getByRole('button', { name: `Keep it until ${morning}` }).click();
    await expect.poll(() => item.locator('.outbox-heading').textContent()).toBe(`Held: until ${morning}`);
    await item.getByRole('button', { name: 'Delete' }).click();
    await item.getByRole('button', { name: 'Yes, delete it' }).click();
    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 60_000);

  it("the time zone is chosen from a list, the UK's by default, with the device's zone offered", async () => {
    const { page, errors } = await open(1280, '/settings');
    const zone = page.getByLabel('Time zone');
    await expect(zone.evaluate((el) => el.tagName)).resolves.toBe('SELECT');
    await expect(zone.inputValue()).resolves.toBe('Europe/London');
    await expect(zone.locator('option').first().textContent()).resolves.toBe('United Kingdom (Europe/London)');
    await zone.selectOption('America/New_York');
    await page.getByRole('button', { name: 'Use Europe/London' }).waitFor();
    expect(errors).toEqual([]);
  }, 30_000);

  it('quiet hours: a draft written late is advised to wait until the next morning', async () => {
    if (!browser) throw missingChromium();
    // 23:30 London time on a Monday in November: inside the default quiet hours (23:00 to 06:00).
    const { page, requests, errors } = await open(1280, '/', new Date('2026-11-23T23:30:00Z'));
    await draftBox(page).fill('Lovely walk along the canal this evening.');
    await checked(page);
    await expect(page.locator('.advice-headline').textContent()).resolves.toBe(
      'Wait before you send it: hold it until Tue 24 Nov, 08:00, then read it again.',
    );
    await expect(page.locator('.pc-findings > li[data-rule="behaviour.unusual-hour"]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Hold until…' }).click();
    await expect(page.getByLabel('Release it at').inputValue()).resolves.toBe('2026-11-24T08:00');

    // As a reply, a neutral holding reply is offered in its place (and Undo brings the draft back).
    await page.getByText('Context: where it goes').click();
    await page.getByLabel('What kind of message').selectOption('reply');
    await checked(page);
    await page.getByRole('button', { name: 'Use holding reply' }).click();
    await expect(draftBox(page).inputValue()).resolves.toMatch(
      /^Thanks for your message\. I want to give this proper thought/,
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(draftBox(page).inputValue()).resolves.toBe('Lovely walk along the canal this evening.');
    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the share target opens with the shared text in the box, checked', async () => {
    const text = 'What an idiot that consultant is';
    const { page, requests, errors } = await open(360, `/share?title=&text=${encodeURIComponent(text)}&url=`);
    await expect(draftBox(page).inputValue()).resolves.toBe(text);
    await checked(page);
    await expect(page.locator('.backdrop mark', { hasText: 'idiot' }).count()).resolves.toBe(1);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(
      page.locator('.compose').evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(ARTIFACTS, 'web-share-360.png'), fullPage: true });
    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a message received with red-flag symptoms gets the 999 / 111 reply first, ready to copy', async () => {
    const { page, context, requests, errors } = await open(1280, '/inbound');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.locator('#inbound').fill('Hi doctor, I have had crushing chest pain for an hour, what should I take?');
    await page.locator('.inbound[data-state="checked"]').waitFor();
    await expect(
      page.locator('.backdrop mark', { hasText: 'crushing chest pain' }).getAttribute('class'),
    ).resolves.toMatch(/flag-stop/);
    await expect(
      page.locator('[data-reply]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reply'))),
    ).resolves.toEqual(['urgent', 'redirect']);
    // What was found: the emergency (stop) before the request for advice (caution).
    await expect(page.locator('.replies .found > li .badge').allTextContents()).resolves.toEqual([
      expect.stringContaining('Stop'),
      expect.stringContaining('Caution'),
    ]);
    const first = page.locator('[data-reply="urgent"]');
    await expect(first.locator('.reply-text').textContent()).resolves.toMatch(/call 999.*NHS 111/);
    await first.getByRole('button', { name: 'Copy this reply' }).click();
    await first.getByText('Copied to the clipboard.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/^I am sorry you are unwell/);
    await page.screenshot({ path: join(ARTIFACTS, 'web-inbound-replies-1280.png'), fullPage: true });
    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 60_000);

  it('settings reach the checker: a rule turned off stops flagging; "Delete all my data" restores the defaults', async () => {
    const { page, requests, errors } = await open(1280, '/settings');
    await page.getByText('Content: what the words say').click();
    await page.getByLabel('How seriously').first().waitFor();
    await page.locator('[data-rule="content.insult"]').getByLabel('How seriously').selectOption('off');
    await page.getByLabel('Your name').fill('Dr A Khan');
    await page.getByLabel('Practice names (one a line)').fill('Riverside Surgery');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();

    await page.getByRole('link', { name: 'Check' }).click();
    await draftBox(page).fill('The clueless locum sent him home.');
    await checked(page);
    expect(await ruleIds(page)).not.toContain('content.insult');

    // The profile reaches inbound replies: the practice is named.
    await page.getByRole('link', { name: 'Received' }).click();
    await page.locator('#inbound').fill('Hi, can you tell me if I should double my dose of ramipril?');
    await page.locator('.inbound[data-state="checked"]').waitFor();
    await expect(page.locator('[data-reply="redirect"] .reply-text').textContent()).resolves.toMatch(
      /please contact Riverside Surgery/,
    );

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('Everything has been deleted.').waitFor();
    // The form takes the restored defaults one render after the message (an effect): wait for it.
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('');
    await page.getByRole('link', { name: 'Check' }).click();
    await draftBox(page).fill('The clueless locum sent him home.');
    await checked(page);
    expect(await ruleIds(page)).toContain('content.insult');
    expectLocalOnly(requests);
    expect(errors).toEqual([]);
  }, 60_000);

  it('audits an uploaded export with upload and progress bars, shows the report in a sandboxed frame, lists past audits', async () => {
    const rows = ['Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility'];
    const texts = [
      'Flu clinic on Saturday morning, no appointment needed.',
      'What an idiot that consultant is, honestly.',
      'Lovely walk before evening surgery.',
    ];
    for (let i = 0; i < 400; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      rows.push(
        `2025-03-${day} 1${i % 10}:00:00,https://example.org/${i},"${texts[i % texts.length]} (${i})",,,PUBLIC`,
      );
    }
    // A LinkedIn export's posts file (the importer knows it by its name).
    const uploadDir = await mkdtemp(join(tmpdir(), 'pause-web-upload-'));
    const file = join(uploadDir, 'Shares.csv');
    await writeFile(file, rows.join('\n'));
    // The real clock: a fixed one is an init script, which Chromium refuses (and logs) in the script-less report frame.
    const { page, requests, errors } = await open(1280, '/audit', null);
    try {
      await page.getByLabel('Export file').setInputFiles(file);
      await page.getByRole('button', { name: 'Upload and audit' }).click();
      const frame = page.locator('iframe.report-frame');
      await frame.waitFor({ timeout: 30_000 });
      await expect(frame.getAttribute('sandbox')).resolves.toBe('');
      await expect(page.locator('#upload-progress').getAttribute('value')).resolves.toBe('100');
      await expect(page.locator('label[for="audit-progress"]').textContent()).resolves.toMatch(/^Done: 400 items read/);
      // The report itself, fetched beside the frame (Playwright cannot evaluate inside a script-less sandbox).
      const src = (await frame.getAttribute('src'))!;
      const report = await page.request.get(new URL(src, server.url).href);
      expect(report.headers()['content-type']).toMatch(/^text\/html/);
      await expect(report.text()).resolves.toMatch(/<title>Pause archive audit<\/title>/);
      expect((await frame.boundingBox())!.height).toBeGreaterThan(300);
      await expect(page.locator('.past-audits li', { hasText: 'Shares.csv' }).count()).resolves.toBe(1);
      // The findings and the summary download as files.
      for (const [button, ext, first] of [
        ['Download every finding (CSV)', 'csv', /^date,platform,id,url,rule,severity,excerpt,message/],
        ['Download the summary (JSON)', 'json', /^\{/],
      ] as const) {
        const saved = page.waitForEvent('download');
        await page.getByRole('button', { name: button }).click();
        const download = await saved;
        expect(download.suggestedFilename()).toMatch(new RegExp(`^pause-audit-.+\\.${ext}$`));
        const path = await download.path();
        expect(readFileSync(path, 'utf8')).toMatch(first);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'web-audit-report-1280.png'), fullPage: true });
      expectLocalOnly(requests);
      expect(errors).toEqual([]);
    } finally {
      await rm(uploadDir, { recursive: true, force: true });
    }
  }, 90_000);

  for (const width of [1280, 360]) {
    it(`a chat audited with no name asks which sender is you, and auditing again as that sender finds their messages (${width} px)`, async () => {
      const chat = [
        '01/06/2024, 23:30 - Ann Reid: Are you on call tonight?',
        '01/06/2024, 23:31 - Dr Sam: Yes. That consultant is an absolute idiot, honestly.',
        '02/06/2024, 09:00 - Dr Sam: Flu clinic on Saturday 9am to 1pm.',
        '02/06/2024, 09:05 - Ann Reid: Thanks!',
        '',
      ].join('\n');
      const uploadDir = await mkdtemp(join(tmpdir(), 'pause-web-chat-'));
      const file = join(uploadDir, 'WhatsApp Chat with Ann Reid.txt');
      await writeFile(file, chat);
      const { page, requests, errors } = await open(width, '/audit', null);
      try {
        await page.getByLabel('Export file').setInputFiles(file);
        await page.getByRole('button', { name: 'Upload and audit' }).click();
        const notice = page.locator('.owner-needed');
        await notice.waitFor({ timeout: 30_000 });
        await expect(notice.textContent()).resolves.toMatch(/None of these messages was read as yours/);
        // Senders most first, each a button; no "0 flagged" reassurance beside them.
        await expect(notice.getByRole('button').allTextContents()).resolves.toEqual([
          'I am Ann Reid (2 messages)',
          'I am Dr Sam (2 messages)',
        ]);
        await expect(page.locator('.progress-panel p[role="status"]').count()).resolves.toBe(0);
        await page.screenshot({ path: join(ARTIFACTS, `web-audit-who-${width}.png`), fullPage: true });
        await expect(page.locator('iframe.report-frame').count()).resolves.toBe(0);
        await notice.getByRole('button', { name: 'I am Dr Sam (2 messages)' }).click();
        await expect(page.getByLabel(/Your name or handle/).inputValue()).resolves.toBe('Dr Sam');
        await page.locator('iframe.report-frame').waitFor({ timeout: 30_000 });
        await expect(page.locator('.progress-panel p[role="status"]').textContent()).resolves.toMatch(
          /4 items read, 1 flagged/,
        );
        await expect(page.locator('.owner-needed').count()).resolves.toBe(0);
        expectLocalOnly(requests);
        expect(errors).toEqual([]);
      } finally {
        await rm(uploadDir, { recursive: true, force: true });
      }
    }, 90_000);
  }

  it('axe-core finds no serious or critical violations on any page, including a draft with findings', async () => {
    const { page, errors } = await open(1280);
    const report: Record<string, string[]> = {};
    for (const p of PAGES) {
      await page.getByRole('link', { name: p.label, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: p.title }).waitFor();
      report[p.name] = await axeViolations(page);
    }
    // The busiest states: compose with findings, readers and the caret panel; context and rule groups open.
    await page.getByRole('link', { name: 'Check', exact: true }).click();
    await draftBox(page).fill(RISKY);
    await checked(page);
    await page.locator('.pc-findings > li').first().getByRole('button', { name: 'Show in the draft' }).click();
    await page.getByText('Context: where it goes').click();
    report['compose with findings'] = await axeViolations(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByText('Content: what the words say').click();
    report['settings with rules open'] = await axeViolations(page);
    expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    expect(errors).toEqual([]);
  }, 90_000);

  it('follows a dark system setting: dark colours, no serious axe violations, screenshots at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open(width);
      await page.emulateMedia({ colorScheme: 'dark' });
      await draftBox(page).fill(RISKY);
      await checked(page);
      const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(bg).toBe('rgb(21, 24, 24)');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `web-compose-dark-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
    }
  }, 60_000);

  it('fits 360 px without sideways scrolling on every page; screenshots at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const { page, requests, errors } = await open(width);
      for (const p of PAGES) {
        await page.goto(new URL(p.path, server.url).href);
        await page.getByRole('heading', { level: 1, name: p.title }).waitFor();
        if (p.path === '/') {
          await draftBox(page).fill(RISKY);
          await checked(page);
        }
        const overflow = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          wide: [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((e) => e.outerHTML.slice(0, 80)),
        }));
        expect(overflow.scroll, `${p.name} at ${width} px`).toBeLessThanOrEqual(width);
        expect(overflow.wide, `${p.name} at ${width} px`).toEqual([]);
        // Every control is at least 24 px square (WCAG 2.2 target size; links inside a sentence are exempt).
        const small = await page.locator('button, a, input, select, textarea, summary').evaluateAll((els) =>
          els
            .filter(
              (e) => !(e.tagName === 'A' && e.parentElement?.tagName === 'P') && !e.classList.contains('skip-link'),
            )
            .filter((e) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && (r.width < 24 || r.height < 24);
            })
            .map((e) => e.outerHTML.slice(0, 80)),
        );
        expect(small, `${p.name} at ${width} px`).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, `web-${p.name}-${width}.png`), fullPage: true });
      }
      expectLocalOnly(requests);
      expect(errors).toEqual([]);
    }
  }, 120_000);

  it('keystroke to underline: p50 and p95 over 60 keystrokes into a 1,000-character draft (benchmark)', async () => {
    const { page, errors } = await open(1280, '/', null); // the real clock: performance.now() must run
    let base = `${RISKY} `;
    const filler = 'Clinic ran late again but the team were brilliant and the patients were patient with us all. ';
    while (base.length < 940) base += filler;
    base = base.slice(0, 940);
    await draftBox(page).fill(base);
    await checked(page);
    await page.evaluate(() => window.__pauseLatency!.reset());
    await draftBox(page).press('End');
    const typed = ' What an idiot that consultant is, honestly, said nobody wise.'.slice(0, 60);
    await draftBox(page).pressSequentially(typed, { delay: 40 });
    await checked(page);
    await expect(draftBox(page).inputValue()).resolves.toHaveLength(1000);
    await expect(page.locator('.backdrop mark', { hasText: 'idiot' }).count()).resolves.toBe(1);
    const samples = await page.evaluate(() => [...window.__pauseLatency!.samples]);
    expect(samples.length).toBeGreaterThanOrEqual(50);
    const sorted = [...samples].sort((a, b) => a - b);
    const figures = {
      keystrokes: samples.length,
      draftLength: 1000,
      p50: Math.round(percentile(sorted, 0.5) * 10) / 10,
      p95: Math.round(percentile(sorted, 0.95) * 10) / 10,
      max: Math.round(sorted[sorted.length - 1]! * 10) / 10,
      target: { p95: 50 },
      measuredAt: new Date().toISOString(),
      browser: browser?.version(),
    };
    console.log(
      `web keystroke-to-underline latency: p50 ${figures.p50} ms, p95 ${figures.p95} ms over ${figures.keystrokes} keystrokes (target p95 <= 50 ms)`,
    );
    await writeFile(join(ARTIFACTS, 'web-latency.json'), `${JSON.stringify(figures, null, 2)}\n`);
    expect(figures.p95).toBeLessThan(1000); // a sanity bound; the 50 ms target is reported, not asserted
    expect(errors).toEqual([]);
  }, 60_000);

  it('works offline after the first visit: a reload still loads the app and the checker still underlines', async () => {
    const { page, context, errors } = await open(1280, '/', null);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 })
      .catch(() => page.reload());
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Check a draft' }).waitFor();
    await page.getByText('You are offline').waitFor();
    await draftBox(page).fill(RISKY);
    await checked(page);
    await expect(page.locator('.backdrop mark', { hasText: '943 476 5919' }).count()).resolves.toBe(1);
    await expect(page.locator('.backdrop mark', { hasText: 'clueless' }).count()).resolves.toBe(1);
    await context.setOffline(false);
    // Offline, the failed settings request is expected noise; nothing else may fail.
    expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|503/.test(e))).toEqual([]);
  }, 60_000);

  it('takes an access token from the address, hides it, and sends it to the API', async () => {
    const tokenDir = await mkdtemp(join(tmpdir(), 'pause-web-token-'));
    const secured = await startServer(tokenDir, ['--token', 'correct-horse-battery']);
    let context: BrowserContext | undefined;
    try {
      if (!browser) throw missingChromium();
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const auth: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/api/')) auth.push(r.headers().authorization ?? '');
      });
      await page.goto(`${secured.url}outbox#token=correct-horse-battery`);
      await page.getByText('Nothing held').waitFor();
      expect(new URL(page.url()).hash).toBe('');
      await expect(page.evaluate(() => sessionStorage.getItem('pause.token'))).resolves.toBe('correct-horse-battery');
      expect(auth.length).toBeGreaterThan(0);
      expect(new Set(auth)).toEqual(new Set(['Bearer correct-horse-battery']));
    } finally {
      await context?.close();
      await secured.stop();
      await rm(tokenDir, { recursive: true, force: true });
    }
  }, 60_000);
});

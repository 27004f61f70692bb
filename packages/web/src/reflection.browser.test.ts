/**
 * The private reflection record in headless Chromium against the real server: turned on in Settings,
 * four drafts finished with on Check at set times (posted, held, revised, discarded), the Reflection
 * page's sentence and charts read back, axe-core in light and dark, screenshots at 1280 and 390 px
 * (test-artifacts/web-reflection-<width>.png), the words removed when unticked, the offer to delete
 * when the record is turned off, and the record deleted. Nothing of it reaches the server.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium, missingChromium } from '../../../test/chromium.ts';
import { axeViolations, expectLocalOnly, londonClock, openPage, type Server, startServer } from './browser-harness.ts';

/** A clear draft, a heated one, and two with a stop (a patient's NHS number). */
const CLEAR = 'Flu clinic on Saturday morning, no appointment needed.';
const HEATED = 'I am so furious with the ICB, this is DISGUSTING!!!';
const RISKY = 'Reviewed my patient today, NHS number 943 476 5919. The clueless locum had sent him home.';
const RISKY_TOO = 'Saw Mrs Patel again, NHS number 943 476 5919, she never listens to a word.';

/** What the page keeps in IndexedDB (undefined: nothing yet); the test opens no store the app has not made. */
const storedRecord = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>> | undefined>((done) => {
        const req = indexedDB.open('pause-reflection');
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => done(undefined);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('record')) return done(undefined);
          const get = db.transaction('record').objectStore('record').get('entries');
          get.onsuccess = () => {
            db.close();
            done(get.result);
          };
        };
      }),
  );

const londonParts = (d: Date) => ({
  date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d),
  weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
    new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/London' }).format(d),
  ),
});

describe('the reflection record in headless Chromium', () => {
  let browser: Browser | undefined;
  let dataDir: string;
  let server: Server;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pause-reflection-'));
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startServer(dataDir);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('records what was done with four drafts, shows it in words and charts, and deletes it', async () => {
    if (!browser) throw missingChromium('the reflection record');
    // Tomorrow in London: one draft at noon, three at 23:30 (inside the default quiet hours, 23:00 to 06:00).
    const noon = londonClock(1, 12, 0);
    const late = londonClock(1, 23, 30);
    const { context, page, requests, errors } = await openPage(browser, server.url, 1280, '/reflection', noon);
    const sent: string[] = [];
    context.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${new URL(r.url()).pathname} ${r.postData() ?? ''}`);
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    try {
      // Off by default: the page says what it is and links to the setting.
      await page.getByText('It is off unless you turn it on').waitFor();
      await page.getByRole('link', { name: 'Turn it on in Settings' }).click();
      const toggle = page.getByRole('switch', { name: 'Keep a private reflection record on this device' });
      // The link leads to the switch itself, near the end of the page.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reflection-on');
      await expect(toggle.isChecked()).resolves.toBe(false);
      await expect(page.getByLabel('Include the words of each draft').count()).resolves.toBe(0);
      await toggle.check();
      await page.getByText('The record is on.').waitFor();
      await page.getByLabel('Include the words of each draft').check();
      await page.locator('#reflection').screenshot({ path: join(ARTIFACTS, 'web-settings-reflection-1280.png') });

      const box = page.locator('#draft');
      const checked = () => page.locator('.compose[data-state="checked"]').waitFor();
      const entries = async (n: number) => {
        await expect.poll(async () => (await storedRecord(page))?.length ?? 0).toBe(n);
      };
      const copyButton = page
        .getByRole('group', { name: 'What to do with it' })
        .getByRole('button', { name: /^(Copy to post|Post anyway)$/ });

      // 1. A clear draft at noon, copied to post.
      await page.getByRole('link', { name: 'Check', exact: true }).click();
      await box.fill(CLEAR);
      await checked();
      await copyButton.click();
      await entries(1);

      // 2. A heated draft late at night, held in the Outbox.
      await context.clock.setFixedTime(late);
      await box.fill(HEATED);
      await checked();
      await page.getByRole('button', { name: 'Hold until…' }).click();
      await page.getByRole('button', { name: 'Hold it' }).click();
      await page.getByText('It is waiting in the Outbox').waitFor();
      await entries(2);

      // 3. A draft with a stop: all fixes applied, then posted (a revision).
      await box.fill(RISKY);
      await checked();
      await expect(page.getByTestId('status-line').textContent()).resolves.toMatch(/^Hold: /);
      await page.getByRole('button', { name: 'Apply all fixes' }).click();
      await checked();
      await expect(box.inputValue()).resolves.not.toBe(RISKY);
      await copyButton.click();
      await entries(3);
      // A second copy of the same text adds nothing.
      await copyButton.click();
      await page.waitForTimeout(200);
      await entries(3);

      // 4. Another with a stop, cleared from the box.
      await box.fill(RISKY_TOO);
      await checked();
      await expect(page.getByTestId('status-line').textContent()).resolves.toMatch(/^Hold: /);
      await box.fill('');
      await entries(4);

      const record = (await storedRecord(page))!;
      const at = londonParts(late);
      expect(record.map((e) => [e.verdict, e.outcome, e.hour, e.minute])).toEqual([
        ['post', 'posted', 12, 0],
        [expect.stringMatching(/^(review|hold)$/), 'held', 23, 30],
        ['hold', 'revised', 23, 30],
        ['hold', 'discarded', 23, 30],
      ]);
      for (const e of record) expect(e).toMatchObject({ date: at.date, weekday: at.weekday, channel: 'public-post' });
      expect(record[1]!.rules).toContain('behaviour.heightened-emotion');
      expect(record[2]!.rules).toEqual(expect.arrayContaining(['confidentiality.direct-identifier', 'content.insult']));
      expect(record[3]!.text).toBe(RISKY_TOO);
      const heldVerdict = record[1]!.verdict;

      // The Reflection page: the week in words, then the charts, each with its numbers in text.
      await page.getByRole('link', { name: 'Reflection', exact: true }).click();
      const summary = page.getByTestId('week-summary');
      await expect(summary.textContent()).resolves.toBe(
        'In the last 7 days you checked 4 drafts. 3 were written in your quiet hours (23:00 to 06:00). ' +
          (heldVerdict === 'hold'
            ? 'Of the 3 marked Hold, 1 was revised, 1 was held in the Outbox and 1 was discarded.'
            : 'Of the 2 marked Hold, 1 was revised and 1 was discarded.'),
      );
      const cell = (hour: number) => page.locator(`.heat-cell[data-day="${at.weekday}"][data-hour="${hour}"]`);
      await expect(cell(12).getAttribute('data-count')).resolves.toBe('1');
      await expect(cell(23).getAttribute('data-count')).resolves.toBe('3');
      await expect(cell(23).getAttribute('class')).resolves.toContain('quiet');
      await expect(cell(12).getAttribute('class')).resolves.not.toContain('quiet');
      await expect(page.locator('.heat-cell[data-count]:not([data-count="0"])').count()).resolves.toBe(2);
      await expect(page.getByText('In your quiet hours: 3 of 4.').count()).resolves.toBe(1);
      await page.getByText('Show as a table').click();
      await expect(page.locator('.chart-table tbody tr').allTextContents()).resolves.toEqual([
        `12:00${'0'.repeat(at.weekday)}1${'0'.repeat(6 - at.weekday)}`,
        `23:00 (quiet hours)${'0'.repeat(at.weekday)}3${'0'.repeat(6 - at.weekday)}`,
      ]);
      const month = page.locator(`[data-testid="heated"] tr[data-key="${at.date.slice(0, 7)}"]`);
      await expect(month.locator('td').textContent()).resolves.toBe('1 of 4');
      // The record began this month: no empty months before it.
      await expect(page.locator('[data-testid="heated"] tbody tr').count()).resolves.toBe(1);
      const outcome = (o: string) => page.locator(`[data-testid="hold-outcomes"] [data-outcome="${o}"] .outcome-count`);
      await expect(outcome('revised').textContent()).resolves.toBe('1');
      await expect(outcome('held').textContent()).resolves.toBe(heldVerdict === 'hold' ? '1' : '0');
      await expect(outcome('discarded').textContent()).resolves.toBe('1');
      await expect(outcome('posted').textContent()).resolves.toBe('0');
      // The rules most found, named in words (from the engine's worker), with how many drafts.
      const rules = page.locator('[data-testid="top-rules"] tbody tr');
      await expect.poll(() => rules.locator('th').first().textContent()).not.toMatch(/^[a-z]+\.[a-z-]+$/);
      const counts = Object.fromEntries(
        await rules.evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute('data-key'), r.querySelector('td')?.textContent]),
        ),
      );
      expect(counts['confidentiality.direct-identifier']).toBe('2');
      expect(await rules.count()).toBeLessThanOrEqual(5);
      // The words were kept (ticked), so they are shown.
      await expect(page.getByTestId('recent').textContent()).resolves.toContain(RISKY_TOO);

      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'web-reflection-1280.png'), fullPage: true });
      for (const width of [360, 390]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          wide: [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((e) => e.outerHTML.slice(0, 80)),
        }));
        expect(overflow.scroll, `${width} px`).toBeLessThanOrEqual(width);
        expect(overflow.wide, `${width} px`).toEqual([]);
        if (width === 390) await page.screenshot({ path: join(ARTIFACTS, 'web-reflection-390.png'), fullPage: true });
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'web-reflection-dark-390.png'), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: join(ARTIFACTS, 'web-reflection-dark-1280.png'), fullPage: true });
      await page.emulateMedia({ colorScheme: 'light' });

      // Unticking the words removes those already kept.
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.getByLabel('Include the words of each draft').uncheck();
      await page.getByText('The words kept so far are removed.').waitFor();
      await expect.poll(async () => (await storedRecord(page))?.some((e) => 'text' in e)).toBe(false);

      // Turning the record off offers to delete it; kept, the Reflection page still offers it.
      await page.getByRole('switch', { name: 'Keep a private reflection record on this device' }).uncheck();
      const offer = page.getByRole('group', { name: 'Delete the record too?' });
      await expect(offer.textContent()).resolves.toContain('Delete the 4 entries already kept as well?');
      await offer.getByRole('button', { name: 'Keep it' }).click();
      await page.getByRole('link', { name: 'Reflection', exact: true }).click();
      await page.getByText('The record is off, but 4 entries from when it was on are still kept').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Deleted in one step, after a confirmation.
      await page.getByRole('button', { name: 'Delete the record…' }).click();
      await page.getByRole('button', { name: 'Yes, delete the record' }).click();
      await page.getByText('The record has been deleted.').waitFor();
      await expect(page.getByText('still kept').count()).resolves.toBe(0);
      await expect(storedRecord(page)).resolves.toBeUndefined();

      // Nothing of the record reached the server: the only writes were the held draft.
      expect(sent.map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['POST /api/v1/outbox']);
      expect(sent.join('\n')).not.toMatch(/"outcome"/);
      expectLocalOnly(requests, server.origin);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('changing a draft once its Hold verdict was on screen is a revision; more words at the end are not', async () => {
    if (!browser) throw missingChromium('the reflection record');
    const { context, page, errors } = await openPage(browser, server.url, 390, '/settings', londonClock(1, 12, 0));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    try {
      await page.getByRole('switch', { name: 'Keep a private reflection record on this device' }).check();
      await page.getByRole('link', { name: 'Check', exact: true }).click();
      const box = page.locator('#draft');
      const checked = () => page.locator('.compose[data-state="checked"]').waitFor();
      const postAnyway = async () => {
        await page.getByRole('button', { name: 'Post anyway…' }).click();
        await page.getByRole('button', { name: 'Yes, copy it anyway' }).click();
      };
      // The author reads the Hold verdict, then takes the insult out by hand (the NHS number stays: still a stop).
      await box.fill(RISKY);
      await checked();
      await page.waitForTimeout(1300);
      await box.fill(RISKY.replace('The clueless locum', 'The locum'));
      await checked();
      await postAnyway();
      await expect.poll(async () => (await storedRecord(page))?.map((e) => e.outcome)).toEqual(['revised']);

      // Adding a line at the end of a held draft is writing on, not revising it.
      await box.fill(RISKY_TOO);
      await checked();
      await page.waitForTimeout(1300);
      await box.press('End');
      await box.pressSequentially(' Sorry.');
      await checked();
      await postAnyway();
      await expect
        .poll(async () => (await storedRecord(page))?.map((e) => [e.verdict, e.outcome]))
        .toEqual([
          ['hold', 'revised'],
          ['hold', 'posted'],
        ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('"Delete all my data" deletes the record too, and turns it off', async () => {
    if (!browser) throw missingChromium('the reflection record');
    const { context, page, errors } = await openPage(browser, server.url, 1280, '/settings', londonClock(1, 12, 0));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    try {
      await page.getByRole('switch', { name: 'Keep a private reflection record on this device' }).check();
      await page.getByRole('link', { name: 'Check', exact: true }).click();
      await page.locator('#draft').fill(CLEAR);
      await page.locator('.compose[data-state="checked"]').waitFor();
      await page.getByRole('button', { name: 'Copy to post' }).click();
      await expect.poll(async () => (await storedRecord(page))?.length).toBe(1);

      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.getByRole('button', { name: 'Delete all my data…' }).click();
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await page.getByText('Everything has been deleted.').waitFor();
      await expect(storedRecord(page)).resolves.toBeUndefined();
      await expect(
        page.getByRole('switch', { name: 'Keep a private reflection record on this device' }).isChecked(),
      ).resolves.toBe(false);
      await page.getByRole('link', { name: 'Reflection', exact: true }).click();
      await page.getByText('It is off unless you turn it on').waitFor();
      await expect(page.getByText('Kept from before').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

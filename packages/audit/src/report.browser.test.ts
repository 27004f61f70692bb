/**
 * The HTML report in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) opens the file from disk and we check what a reader would see: the heatmap, the
 * timeline, the category table and the ranked list with the flagged words marked, with no request
 * leaving the page and no console error. Full-page screenshots at 1280 and 360 px wide go to
 * test-artifacts/ (git-ignored) for a human to look at.
 * Chromium is launched by test/chromium.ts (a missing browser fails the tests, never skips them).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArchivedItem } from '@pause/importers';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium, missingChromium as noBrowser } from '../../../test/chromium.ts';
import type { AuditSummary } from './aggregate.js';
import { itemKind } from './after-posting.js';
import { renderHtml } from './report.js';
import { runAudit } from './run.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// ——— an archive of 40 items: clean posts over six months and many hours, and some that get flagged ———

let seq = 0;
const post = (at: string, text: string, over: Partial<ArchivedItem> = {}): ArchivedItem => ({
  id: `p${++seq}`,
  platform: 'x',
  channel: 'public-post',
  author: 'drsam',
  at,
  text,
  url: `https://x.com/drsam/status/${1000 + seq}`,
  ...over,
});

const CLEAN_TEXTS = [
  'Flu clinic on Saturday morning, no appointment needed.',
  'Great turnout at the practice charity run today.',
  'Reminder: repeat prescriptions take two working days.',
  'Lovely walk along the canal before evening surgery.',
  'Our new nurse practitioner starts on Monday. Welcome, Jo!',
  'Read a thoughtful piece on continuity of care this week.',
];
const clean = Array.from({ length: 28 }, (_, k) => {
  const month = String(1 + (k % 6)).padStart(2, '0'),
    day = String(3 + (k % 20)).padStart(2, '0');
  const hour = String(8 + (k % 11)).padStart(2, '0');
  return post(`2025-${month}-${day}T${hour}:${k % 2 ? '15' : '45'}:00Z`, CLEAN_TEXTS[k % CLEAN_TEXTS.length]!);
});
const insult = post('2025-01-13T09:20:00Z', 'What an idiot that consultant is, honestly.');
const moron = post('2025-03-11T14:05:00Z', 'The locum who covered yesterday is a complete moron.');
const furious = post('2025-05-21T12:30:00Z', 'I am so furious I could scream, this is DISGUSTING and I am DONE!!!');
const lateNight = post('2025-04-06T01:40:00+01:00', 'Still awake going over the notes from clinic.'); // Sunday 01:40 BST
const patient = post(
  '2025-02-18T21:10:00Z',
  'Mrs Jones in bed 4 with her overdose is driving the ward mad, what a nutter.',
);
const threat = post(
  '2025-06-03T13:00:00+01:00',
  'Anyone who reported me should watch their back, I know where you live.',
);
/** A WhatsApp row with a patient about a sick note that heats up; the owner's last reply should read as a spiral. */
const argument = (
  [
    ['Lee Hart', 'Can you sign me off for another fortnight? My back is still bad.', '20:02'],
    ['Dr Sam', 'Please book a review: I need to see you before extending the note.', '20:05'],
    ['Lee Hart', "That's ridiculous. Just sign it, you signed it last time.", '20:07'],
    ['Dr Sam', 'I understand it is frustrating. The receptionist can book you in tomorrow.', '20:10'],
    ['Lee Hart', 'You people never help. Do your job!!', '20:13'],
    ['Dr Sam', "I've told you twice already. I'm not arguing about this on WhatsApp any more!!", '20:15'],
  ] as const
).map(([author, text, time]) => {
  const { url: _, ...item } = post(`2025-06-22T${time}:00+01:00`, text, {
    platform: 'whatsapp',
    channel: 'direct-message',
    threadId: 'sick-note',
    author,
  });
  return item;
});
const spiralReply = argument[argument.length - 1]!;
const ITEMS: ArchivedItem[] = [...clean, insult, moron, furious, lateNight, patient, threat, ...argument];
const MONTHS = ['Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025'];

async function* from(items: readonly ArchivedItem[]): AsyncIterable<ArchivedItem> {
  for (const i of items) yield i;
}

// ——— the browser ———

interface Loaded {
  page: Page;
  requests: string[];
  errors: string[];
}

describe('HTML report in headless Chromium', () => {
  let browser: Browser | undefined;
  let dir: string;
  let fileUrl: string;
  let summary: AuditSummary;

  beforeAll(async () => {
    summary = await runAudit(from(ITEMS), { me: ['Dr Sam', 'drsam'] });
    dir = await mkdtemp(join(tmpdir(), 'pause-report-'));
    const file = join(dir, 'report.html');
    await writeFile(
      file,
      renderHtml(summary, { source: 'twitter-archive.zip', generatedAt: new Date('2025-07-01T12:00:00Z') }),
    );
    fileUrl = pathToFileURL(file).href;
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await launchChromium(); // undefined: every browser test then fails with missingChromium()
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const missingChromium = () => noBrowser('the HTML report');

  async function open(width: number): Promise<Loaded> {
    if (!browser) throw missingChromium();
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(fileUrl, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('the audit flagged what the fixture was built to flag', () => {
    expect(summary).toMatchObject({ items: 40, unusualHours: 1, spirals: { threads: 1 } });
    const ids = summary.top.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([insult.id, moron.id, lateNight.id, spiralReply.id, furious.id]));
    expect(ids).not.toContain(clean[0]!.id);
    expect(summary.byCategory.content).toBeGreaterThanOrEqual(2);
    expect(summary.byCategory.behaviour).toBeGreaterThanOrEqual(2);
    expect(summary.timeline.map((m) => m.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
  });

  it('renders the charts, the table and the ranked list, offline and without errors; saves screenshots', async () => {
    const { page, requests, errors } = await open(1280);
    try {
      await expect(page.title()).resolves.toBe('Pause archive audit');

      // Heatmap: 7 × 24 cells, each with a spoken label; the counts add up to my items.
      const heatmap = page.locator('svg.heatmap');
      await expect(heatmap.getAttribute('role')).resolves.toBe('img');
      await expect(page.locator('#heatmap-title').textContent()).resolves.toMatch(/hour of day by day of week/);
      const cells = await heatmap.locator('rect').evaluateAll((rects) =>
        rects.map((r) => ({
          label: r.querySelector('title')?.textContent ?? '',
          hot: r.classList.contains('hot'),
          box: (() => {
            const b = r.getBoundingClientRect();
            return b.width * b.height;
          })(),
        })),
      );
      expect(cells).toHaveLength(168);
      const cellLabel =
        /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d\d):00 to (\d\d):00: (\d+) items?$/;
      let total = 0;
      cells.forEach((c, i) => {
        const m = cellLabel.exec(c.label);
        expect(m, `heatmap cell ${i}: "${c.label}"`).not.toBeNull();
        expect(m![1]).toBe(DAYS[Math.floor(i / 24)]);
        expect(Number(m![2])).toBe(i % 24);
        expect(c.hot).toBe(Number(m![4]) > 0);
        expect(c.box).toBeGreaterThan(0);
        total += Number(m![4]);
      });
      expect(total).toBe(summary.mine);
      expect(cells[6 * 24 + 1]!.label).toBe('Sunday 01:00 to 02:00: 1 item'); // the late-night post, in London time

      // Timeline: one bar (a titled group) per month, taller for months with more flagged items.
      const bars = await page.locator('svg.timeline g').evaluateAll((gs) =>
        gs.map((g) => ({
          label: g.querySelector('title')?.textContent ?? '',
          height: g.querySelector('rect.bar-caution')?.getBoundingClientRect().height ?? -1,
        })),
      );
      expect(bars.map((b) => b.label.split(':')[0])).toEqual(MONTHS);
      summary.timeline.forEach((m, i) => {
        expect(bars[i]!.label).toContain(`${m.flagged} flagged item`);
        expect(bars[i]!.height > 0).toBe(m.flagged > 0);
      });
      const june = summary.timeline.find((m) => m.month === '2025-06')!,
        jan = summary.timeline[0]!;
      if (june.flagged > jan.flagged) expect(bars[5]!.height).toBeGreaterThan(bars[0]!.height);

      // Category table: one row per category, labelled and counted as in the summary.
      const rows = await page
        .locator('table', { has: page.locator('caption', { hasText: 'Findings by category' }) })
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
        );
      const labels: Record<string, string> = {
        content: 'Content',
        behaviour: 'Behaviour',
        confidentiality: 'Confidentiality',
        boundaries: 'Professional boundaries',
        promotion: 'Promotion',
        disclosability: 'Disclosability',
      };
      expect(rows).toEqual(Object.entries(summary.byCategory).map(([c, v]) => [labels[c], String(v)]));

      // Ranked list: the summary's order, each item's text with its flagged words in <mark>.
      const items = await page.locator('ol.items > li').evaluateAll((lis) =>
        lis.map((li) => ({
          heading: li.querySelector('h3')?.textContent ?? '',
          next: li.querySelector('.next')?.textContent ?? '',
          text: li.querySelector('blockquote.text')?.textContent ?? '',
          marks: [...li.querySelectorAll('blockquote.text mark')].map((m) => m.textContent ?? ''),
          visible: li.getBoundingClientRect().height > 0,
        })),
      );
      expect(items).toHaveLength(summary.top.length);
      summary.top.forEach((t, i) => {
        expect(items[i]!.heading).toContain(`${i + 1}. ${itemKind(t.platform, t.channel)}, `);
        // Advice for what is already out: what to do now, never "don't send".
        expect(items[i]!.next).toContain('What to do now');
        expect(items[i]!.text).toBe(t.text);
        expect(items[i]!.visible).toBe(true);
      });
      const marksOf = (item: ArchivedItem) => items[summary.top.findIndex((t) => t.id === item.id)]!.marks;
      expect(marksOf(insult)).toEqual(['idiot']);
      expect(marksOf(moron).join(' ')).toMatch(/moron/);
      expect(marksOf(furious).join(' ')).toMatch(/furious/);
      expect(marksOf(lateNight)).toEqual([]); // a whole-item finding marks no words
      await expect(page.locator('ol.items mark').count()).resolves.toBeGreaterThanOrEqual(4);
      const severities = summary.top.map((t) => t.severity);
      expect(severities).toEqual([...severities].sort((a, b) => Number(b === 'stop') - Number(a === 'stop')));

      // No horizontal scrolling, and the CSP'd page fetched nothing but itself.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1280);
      await page.screenshot({ path: join(ARTIFACTS, 'audit-report-1280.png'), fullPage: true });
      expect(requests).toEqual([fileUrl]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const { page, requests, errors } = await open(360);
    try {
      await expect(page.locator('svg.heatmap rect').count()).resolves.toBe(168);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      // Every chart and list item lies within the screen's width.
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('svg.chart, table, ol.items > li, pre')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(overflow).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'audit-report-360.png'), fullPage: true });
      expect(requests).toEqual([fileUrl]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

/**
 * Pause on a site the user added (the generic adapter), in a textarea and in a plain
 * contenteditable: underlines by both paths, the editor's markup left alone, fixes that keep the
 * caret and undo, a stopped send, "Send anyway", holding a draft and getting it back, and no
 * request leaving the machine.
 */
import type { Page } from 'playwright-core';
import type { HeldDraft } from '../src/shared/protocol.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSite, badgeCount, type Browser, launch, quietHoursAwayFromNow, serve, setSettings } from './harness.ts';

const RISKY = 'Reviewed my patient today, NHS number 943 476 5919. The clueless locum had sent him home.';
const CLEAN = 'Lovely walk along the river this morning before clinic.';

const PAGE = `<!doctype html><html lang="en"><title>Forum</title>
<form id="f"><textarea id="area" rows="5" cols="60" aria-label="Reply"></textarea><button type="submit">Post reply</button></form>
<div id="ed" contenteditable="true" aria-label="Note" style="border:1px solid;min-height:60px;width:500px"></div>
<button id="send-ed" type="button">Send</button>
<script>
  window.__sent = [];
  document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); __sent.push(area.value); area.value = ''; });
  document.getElementById('send-ed').addEventListener('click', () => { __sent.push(ed.innerText.trim()); ed.textContent = ''; });
</script></html>`;

let b: Browser;
let site: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  b = await launch();
  site = await serve({ '/': PAGE });
  await addSite(b, site.origin);
  // An ordinary post must pass whatever the time of the run.
  await setSettings(b, { policy: { quietHours: quietHoursAwayFromNow() } });
}, 60_000);

afterAll(async () => {
  await b?.close();
  await site?.close();
});

async function open(): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(site.origin);
  return page;
}

const heldDrafts = () => b.worker.evaluate(async () => (await chrome.storage.local.get('held')).held as HeldDraft[]);

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

describe('a textarea on an added site', () => {
  it('underlines what it finds through a mirror, and leaves the textarea as typed', async () => {
    const page = await open();
    await page.click('#area');
    await page.keyboard.type(RISKY);
    expect(await badgeCount(page)).toBeGreaterThanOrEqual(2);
    const marks = await page.locator('pause-layer .mirror mark').allTextContents();
    expect(marks).toContain('943 476 5919');
    expect(marks).toContain('clueless');
    expect(await page.inputValue('#area')).toBe(RISKY);
    await page.close();
  });

  it('says nothing about an ordinary post and lets it go', async () => {
    const page = await open();
    await page.click('#area');
    await page.keyboard.type(CLEAN);
    expect(await badgeCount(page)).toBe(0);
    await page.click('button[type=submit]');
    expect(await sent(page)).toEqual([CLEAN]);
    await page.close();
  });

  it('stops a risky send once; "Send anyway" lets the page send it', async () => {
    const page = await open();
    await page.click('#area');
    await page.keyboard.type(RISKY);
    await badgeCount(page);
    await page.click('button[type=submit]');
    const card = page.locator('pause-layer .card');
    await expect.poll(() => card.getAttribute('data-stopped')).toBe('true');
    expect(await card.locator('.pc-banner .pc-verdict').textContent()).toBe('Hold');
    expect(await sent(page)).toEqual([]);
    await card.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(page)).toEqual([RISKY]);
    await page.close();
  });

  it('applies a fix on click, keeping the caret and the undo', async () => {
    const page = await open();
    await page.click('#area');
    await page.keyboard.type(RISKY);
    await badgeCount(page);
    // The caret is placed after "Reviewed" before the fix, which changes text after it.
    await page.evaluate(() => (document.getElementById('area') as HTMLTextAreaElement).setSelectionRange(8, 8));
    await page.locator('pause-layer .badge').click();
    await page.locator('pause-layer .pc-fix', { hasText: '943 476 5919' }).click();
    const value = await page.inputValue('#area');
    expect(value).toBe(RISKY.replace('943 476 5919', '[NHS number removed]'));
    expect(await page.evaluate(() => (document.getElementById('area') as HTMLTextAreaElement).selectionStart)).toBe(8);
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#area')).toBe(RISKY);
    await page.close();
  });
});

describe('a contenteditable on an added site', () => {
  it('underlines through the CSS Custom Highlight API without adding markup to the editor', async () => {
    const page = await open();
    await page.click('#ed');
    await page.keyboard.type(RISKY);
    expect(await badgeCount(page)).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(
      expect.arrayContaining(['pause-stop']),
    );
    expect(await page.evaluate(() => document.getElementById('ed')?.innerHTML)).toBe(RISKY);
    await page.close();
  });

  it('draws boxes under the words instead when the user chooses them', async () => {
    await setSettings(b, { underline: 'boxes' });
    const page = await open();
    await page.click('#ed');
    await page.keyboard.type(RISKY);
    await badgeCount(page);
    await expect.poll(() => page.locator('pause-layer .box[data-severity="stop"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.getElementById('ed')?.innerHTML)).toBe(RISKY);
    await setSettings(b, { underline: 'auto' });
    await page.close();
  });

  it('applies a fix through the browser editing path, so undo takes it back', async () => {
    const page = await open();
    await page.click('#ed');
    await page.keyboard.type(RISKY);
    await badgeCount(page);
    await page.locator('pause-layer .badge').click();
    await page.locator('pause-layer .pc-fix', { hasText: '943 476 5919' }).click();
    await expect
      .poll(() => page.evaluate(() => document.getElementById('ed')?.innerText))
      .toBe(RISKY.replace('943 476 5919', '[NHS number removed]'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => document.getElementById('ed')?.innerText)).toBe(RISKY);
    await page.close();
  });
});

describe('holding a draft', () => {
  it('keeps it on the device, empties the box, and offers it back when its time comes', async () => {
    const page = await open();
    await page.click('#area');
    await page.keyboard.type(RISKY);
    await badgeCount(page);
    await page.click('button[type=submit]');
    await page
      .locator('pause-layer .card')
      .getByRole('button', { name: /^Hold until/ })
      .click();
    await expect.poll(() => page.inputValue('#area')).toBe('');
    await expect(page.locator('pause-layer .notice').textContent()).resolves.toMatch(/^Held until/);
    const held = await heldDrafts();
    expect(held).toHaveLength(1);
    expect(held[0]?.text).toBe(RISKY);
    expect(await sent(page)).toEqual([]);
    // Bring the release forward to now: the alarm fires as it would in the morning.
    await b.worker.evaluate((id) => chrome.alarms.create(`held:${id}`, { when: Date.now() + 200 }), held[0]!.id);
    await expect.poll(async () => (await heldDrafts())[0]?.released).toBe(true);
    await page.reload();
    await page.click('#area');
    const card = page.locator('pause-layer .card');
    await page.locator('pause-layer .badge').click();
    await card.getByRole('button', { name: 'Put it back in the box' }).click();
    await expect.poll(() => page.inputValue('#area')).toBe(RISKY);
    // Put back first, then forgotten: wait for both.
    await expect.poll(heldDrafts).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it('makes no request beyond the page itself and the extension', () => {
    const outside = b.requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('chrome-extension://'));
    expect(outside).toEqual([]);
  });
});

/**
 * Pause inside the editor libraries the sites are built on (Lexical, ProseMirror, Slate, Quill,
 * Draft.js), each page built from the library's npm package and added as a site: the editor's
 * markup is untouched by checking and underlining, a fix goes through the editor's own model (its
 * text, read from the model, changes) and its undo takes it back, the caret stays where it was,
 * and a stopped send goes ahead with "Send anyway".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditorFixtures, EDITOR_LIBRARIES } from './build-editor-fixtures.ts';
import { addSite, badgeCount, type Browser, launch, serve } from './harness.ts';

const RISKY = 'Saw my patient, NHS number 943 476 5919, again today';
const FIXED = RISKY.replace('943 476 5919', '[NHS number removed]');

let b: Browser;
let site: { origin: string; close(): Promise<void> };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pause-editors-'));
  await buildEditorFixtures(dir);
  b = await launch();
  site = await serve({}, dir);
  await addSite(b, site.origin);
}, 60_000);

afterAll(async () => {
  await b?.close();
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

type Hooks = { __sent: string[]; __editorText(): string; __mutations: number };
const model = (page: Page) => page.evaluate(() => (window as unknown as Hooks).__editorText());
const sent = (page: Page) => page.evaluate(() => (window as unknown as Hooks).__sent);

async function typeDraft(page: Page): Promise<void> {
  await page.click('[aria-label="Message"]');
  await page.keyboard.type(RISKY);
  await expect.poll(() => model(page)).toBe(RISKY);
}

describe.each(EDITOR_LIBRARIES)('%s', (library) => {
  it('underlines without changing the editor, then fixes through its model, with undo and the caret kept', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/${library}.html`);
    await typeDraft(page);
    // From here on, any change inside the editor would be Pause's: count them.
    await page.evaluate(() => {
      const w = window as unknown as Hooks;
      w.__mutations = 0;
      new MutationObserver((records) => {
        w.__mutations += records.length;
      }).observe(document.querySelector('[aria-label="Message"]') as Node, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    expect(await badgeCount(page)).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => CSS.highlights.has('pause-stop'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as Hooks).__mutations)).toBe(0);

    // A user reads the card before clicking: editors group edits made within a moment of each
    // other into one undo step (Quill within a second), which would take the typing back too.
    await page.waitForTimeout(1100);
    await page.locator('pause-layer .badge').click();
    const fix = page.locator('pause-layer .pc-fix', { hasText: '943 476 5919' });
    await fix.click();
    await expect.poll(() => model(page)).toBe(FIXED);
    await page.keyboard.press('Control+z');
    await expect.poll(() => model(page)).toBe(RISKY);

    // Again, with the caret at the end (undo leaves it where the words came back), and go on typing:
    // the caret stays after the words the fix changed.
    await page.keyboard.press('End');
    await fix.click();
    await expect.poll(() => model(page)).toBe(FIXED);
    // Back to the keyboard, as a user is after a click: the editor has settled by then.
    await page.waitForTimeout(2200);
    await page.keyboard.type('!');
    await expect.poll(() => model(page)).toBe(`${FIXED}!`);
    await page.close();
  });

  it('stops the send button once, and "Send anyway" sends through the editor', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/${library}.html`);
    await typeDraft(page);
    await badgeCount(page);
    await page.click('#send');
    const card = page.locator('pause-layer .card');
    await expect.poll(() => card.getAttribute('data-stopped')).toBe('true');
    expect(await sent(page)).toEqual([]);
    await card.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(page)).toEqual([RISKY]);
    await page.close();
  });
});

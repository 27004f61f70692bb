/**
 * What a user sees, for a person to look at: the card when a send is stopped, at a desktop width
 * and in a narrow window, its details opened, the reply offered for a crisis message, the
 * quiet-hours page and the options page (test-artifacts/extension-*.png). Each screen is also
 * checked by axe-core (shadow roots included) for problems a screen-reader or keyboard user meets.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../../../test/chromium.ts';
import { badgeCount, type Browser, fixture, launch, openAt, setSettings } from './harness.ts';

const AXE = readFileSync(fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const RISKY =
  'That idiot locum sent Mrs Patel in bed 4 home again. NHS number 943 476 5919. Honestly if I see him I will sort him out.';

let b: Browser;
beforeAll(async () => {
  b = await launch();
  await setSettings(b, { quietHoursPage: false });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await b?.close();
});

/** axe-core's serious and critical violations on the page (the card is in an open shadow root, which axe reads). */
async function violations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the debugger protocol: the options page's policy allows no inline script.
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const context = selector ? { include: [[selector]] } : document;
    const r = await axe.run(context, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
  }, include);
}

async function stoppedCard(width: number): Promise<Page> {
  const html = fixture('sites/whatsapp-direct.html');
  const page = await openAt(b, 'https://web.whatsapp.com/', html);
  await page.setViewportSize({ width, height: 800 });
  await page.locator("#main footer div[contenteditable='true'][role='textbox']").click();
  await page.keyboard.type(RISKY);
  await badgeCount(page);
  await page.keyboard.press('Enter');
  await page.locator('pause-layer .card[data-stopped="true"]').waitFor();
  return page;
}

describe('screens', () => {
  it.each([1280, 400])('the card for a stopped send at %i px: verdict, actions and findings in view', async (width) => {
    const page = await stoppedCard(width);
    await page.screenshot({ path: join(ARTIFACTS, `extension-stopped-${width}.png`) });
    const card = page.locator('pause-layer .card');
    const box = await card.boundingBox();
    // The whole card is inside the window, and the choices come before the findings.
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= 800).toBe(true);
    const actions = await card.locator('.actions').boundingBox();
    const findings = await card.locator('.pc-findings').boundingBox();
    expect(actions && findings && actions.y < findings.y).toBe(true);
    expect(await violations(page, 'pause-layer')).toEqual([]);
    await page.close();
  });

  it('the details of a finding, on demand', async () => {
    const page = await stoppedCard(1280);
    await page.locator('pause-layer .pc-finding .pc-link').first().click();
    await page.locator('pause-layer .pc-details').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'extension-details-1280.png') });
    await page.close();
  });

  it('the reply offered for a message that may be a crisis', async () => {
    const html = fixture('sites/whatsapp-direct.html').replace(
      'Gas K 5.9, ECG shows peaked T waves. Shall I start insulin-dextrose?',
      "I can't do this anymore. I've got the tablets ready. Thank you for everything you did for me",
    );
    const page = await openAt(b, 'https://web.whatsapp.com/', html);
    await page.locator("#main footer div[contenteditable='true'][role='textbox']").click();
    await page.locator('pause-layer .reply').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'extension-crisis-1280.png') });
    expect(await violations(page, 'pause-layer')).toEqual([]);
    await page.close();
  });

  it.each([1280, 400])('the options page at %i px', async (width) => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`chrome-extension://${b.id}/src/options/index.html`);
    await page.getByRole('heading', { name: 'Pause settings' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, `extension-options-${width}.png`), fullPage: true });
    expect(await violations(page)).toEqual([]);
    // Nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });
});

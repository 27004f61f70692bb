/** An audit's own thread: the run happens off the server's thread, reports back, and stops when told. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditFault, AuditThread } from './audit-thread.js';
import { chatExport, tempDir } from './test/helpers.js';

const CHAT = [
  '01/06/2024, 23:30 - Ann Reid: Are you on call tonight?',
  '01/06/2024, 23:31 - Dr Sam: Yes. The new locum is an absolute idiot and I am fuming',
  '02/06/2024, 09:00 - Dr Sam: Flu clinic on Saturday 9am to 1pm.',
  '',
].join('\n');

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir('pause-audit-thread-');
});
afterEach(() => dir.remove());

function start(name: string, content: string, options: { reportsIn?: string; graceMs?: number } = {}) {
  const file = join(dir.path, name);
  writeFileSync(file, content);
  const progress: Array<{ items: number; read: number }> = [];
  const out = options.reportsIn ?? dir.path;
  const reports = { html: join(out, 'report.html'), json: join(out, 'report.json'), csv: join(out, 'report.csv') };
  const thread = new AuditThread(
    {
      file,
      filename: name,
      me: ['Dr Sam'],
      timeZone: 'Europe/London',
      workers: 1,
      reports,
      clockOffsetMs: 0,
    },
    (items, read) => progress.push({ items, read }),
    options.graceMs,
  );
  return { thread, progress, reports };
}

describe('an audit thread', () => {
  it("runs the whole audit on a thread other than the server's and writes the reports", async () => {
    const { thread, progress, reports } = start('WhatsApp Chat with Ann Reid.txt', CHAT);
    expect(threadId).toBe(0);
    expect(thread.threadId).toBeGreaterThan(0);
    const outcome = await thread.outcome;
    expect(outcome).toEqual({
      status: 'done',
      headline: {
        items: 3,
        flagged: expect.any(Number),
        byCategory: expect.any(Object),
        mine: 2,
        others: [{ author: 'Ann Reid', items: 1 }],
      },
    });
    expect(progress.at(-1)).toEqual({ items: 3, read: 1 });
    expect(readFileSync(reports.html, 'utf8')).toContain('Pause archive audit');
    expect(JSON.parse(readFileSync(reports.json, 'utf8'))).toMatchObject({ items: 3, mine: 2 });
    // Ended on its own once done.
    expect(thread.threadId).toBe(-1);
  });

  it('sends progress while it runs, in order, and a stop ends the thread without reports', async () => {
    const { thread, progress, reports } = start('WhatsApp Chat with Ann Reid.txt', chatExport(60_000));
    await vi.waitFor(() => expect(progress.length).toBeGreaterThanOrEqual(2), { timeout: 30_000, interval: 5 });
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.items).toBeGreaterThan(progress[i - 1]!.items);
      expect(progress[i]!.read).toBeGreaterThanOrEqual(progress[i - 1]!.read);
    }
    await thread.stop();
    expect(await thread.outcome).toEqual({ status: 'cancelled' });
    expect(thread.threadId).toBe(-1);
    expect(existsSync(reports.html) || existsSync(reports.json)).toBe(false);
  });

  it('with no grace, a stop ends the thread outright', async () => {
    const { thread, progress } = start('WhatsApp Chat with Ann Reid.txt', chatExport(60_000), { graceMs: 0 });
    await vi.waitFor(() => expect(progress.length).toBeGreaterThan(0), { timeout: 30_000, interval: 5 });
    await thread.stop();
    expect(await thread.outcome).toEqual({ status: 'cancelled' });
    expect(thread.threadId).toBe(-1);
  });

  it("a file that is not an export: failed, with the importer's message", async () => {
    const { thread } = start('notes.txt', 'Shopping list\nmilk\neggs\n');
    expect(await thread.outcome).toEqual({
      status: 'failed',
      message: expect.stringMatching(/notes\.txt: a text file, but its lines do not start with WhatsApp dates/),
    });
  });

  it('an internal error crosses by name and code only, never with its message', async () => {
    const missing = join(dir.path, 'no-such-folder');
    const { thread } = start('WhatsApp Chat with Ann Reid.txt', CHAT, { reportsIn: missing });
    const outcome = await thread.outcome;
    expect(outcome.status).toBe('fault');
    const error = (outcome as { error: AuditFault }).error;
    expect(error).toBeInstanceOf(AuditFault);
    expect({ name: error.name, code: error.code, message: error.message }).toEqual({
      name: 'Error',
      code: 'ENOENT',
      message: 'the audit thread failed',
    });
  });
});

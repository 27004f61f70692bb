/**
 * The engine, off the main thread: every keystroke's check runs here so typing never waits for it,
 * and nothing leaves the page. Requests of one lane supersede each other: when several are queued
 * only the newest is assessed.
 */
import { createChecker, READERS, RULES, ruleTitle, type Assessment, type Checker, type Reader } from '@pause/core';
import type { EngineRequest, EngineResponse } from './engine/protocol.ts';

const reply = (msg: EngineResponse) => (self as unknown as { postMessage(m: EngineResponse): void }).postMessage(msg);

// One checker per policy: compiling the matchers is the expensive part, and the policy rarely changes.
let cached: { key: string; checker: Checker } | undefined;
function checkerFor(policy: unknown): Checker {
  const key = JSON.stringify(policy);
  if (cached?.key !== key) cached = { key, checker: createChecker(policy) };
  return cached.checker;
}

/** Why each reader objects, one short line a finding: what the rule looks for, and the words. */
function reasonsOf(assessment: Assessment): Record<Reader, string[]> {
  const out = Object.fromEntries(READERS.map((r) => [r, [] as string[]])) as Record<Reader, string[]>;
  for (const f of assessment.findings) {
    if (f.severity === 'info') continue;
    const line = `${ruleTitle(f.ruleId) ?? f.ruleId}${f.excerpt ? `: “${f.excerpt}”` : ''}`;
    for (const r of f.readers) if (!out[r].includes(line)) out[r].push(line);
  }
  return out;
}

const newest = new Map<string, Extract<EngineRequest, { kind: 'check' }>>();
let scheduled = false;

function runNewest(): void {
  scheduled = false;
  const jobs = [...newest.values()];
  newest.clear();
  for (const job of jobs) {
    try {
      const t0 = performance.now();
      const assessment = checkerFor(job.policy).assess(job.draft);
      const ms = performance.now() - t0;
      const titles = Object.fromEntries(assessment.findings.map((f) => [f.ruleId, ruleTitle(f.ruleId) ?? f.ruleId]));
      reply({ kind: 'check', seq: job.seq, assessment, reasons: reasonsOf(assessment), titles, ms });
    } catch (e) {
      reply({ kind: 'error', seq: job.seq, message: e instanceof Error ? e.message : String(e) });
    }
  }
}

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const req = event.data;
  if (req.kind === 'rules') {
    reply({
      kind: 'rules',
      seq: req.seq,
      rules: RULES.map((r) => ({
        id: r.id,
        title: ruleTitle(r.id) ?? r.id,
        category: r.category,
        severity: r.severity,
        guidance: r.guidance,
        description: r.description,
      })),
    });
    return;
  }
  const superseded = newest.get(req.lane);
  if (superseded) reply({ kind: 'stale', seq: superseded.seq });
  newest.set(req.lane, req);
  // Let the messages already queued arrive first, so a burst of keystrokes costs one check.
  if (!scheduled) {
    scheduled = true;
    setTimeout(runNewest, 0);
  }
});

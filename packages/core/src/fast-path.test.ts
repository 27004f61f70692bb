// The fast paths (fast-path.ts) and the rules' relevance gates must change nothing: every draft below
// is assessed with them on and off and the two assessments must be identical, field for field. The
// drafts are the rules' own examples, the labelled corpus and probe sets, the benchmark's generated
// drafts (both lengths, every channel, threads, moods, small hours), chat threads built the way the
// audit builds them, text in other scripts and the adversarial inputs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adversarialTexts, makeDrafts } from '../../../bench/drafts.js';
import { Analyser } from './analysis/analyse.js';
import { createChecker } from './checker.js';
import { parseDraft } from './draft.js';
import { withoutFastPaths } from './fast-path.js';
import { parsePolicy } from './policy.js';
import { RULES } from './registry.js';
import type { Draft } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
type Input = Partial<Draft> & { text: string };

const jsonl = (file: string): Input[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { draft: Input }).draft);

function corpus(): Array<[string, Input[]]> {
  const sets: Array<[string, Input[]]> = [];
  sets.push([
    'rule examples',
    RULES.flatMap((r) =>
      [...r.examples.flagged, ...r.examples.clean].map((e) => (typeof e === 'string' ? { text: e } : e)),
    ),
  ]);
  const dev = join(root, '..', 'shared', 'eval', 'dev.jsonl');
  if (existsSync(dev)) sets.push(['dev.jsonl', jsonl(dev)]);
  const probes = join(root, 'eval', 'probes');
  if (existsSync(probes))
    for (const f of readdirSync(probes).filter((n) => n.endsWith('.jsonl')))
      sets.push([`probes/${f}`, jsonl(join(probes, f))]);
  sets.push(['bench 280', makeDrafts({ count: 400, length: 280, seed: 11 }) as Input[]]);
  sets.push(['bench 5000', makeDrafts({ count: 15, length: 5000, seed: 12 }) as Input[]]);
  return sets;
}

/** A group chat in the audit's shape: each message a draft whose thread is the eight before it. */
function chat(texts: readonly string[]): Input[] {
  const people = ['me', 'Priya Shah', 'Tom', 'me', 'Nurse Kelly'];
  const start = Date.UTC(2026, 2, 28, 22, 40); // across the spring clock change and the small hours
  const messages = texts.map((text, i) => ({
    author: people[i % people.length] as string,
    text,
    at: new Date(start + i * 7 * 60_000).toISOString(),
  }));
  return messages.map((m, i) => ({
    text: m.text,
    channel: 'group-chat',
    platform: 'whatsapp',
    direction: m.author === 'me' ? 'outbound' : 'inbound',
    composedAt: m.at,
    thread: messages.slice(Math.max(0, i - 8), i),
  }));
}

const OTHER_SCRIPTS = [
  'Ѕhіt, the rota is wrong again',
  'Café meeting at 8 — bring the naïve résumé',
  'Ｆｕｃｋ this',
  'ｉｄｉｏｔ manager',
  'The patient in bed 4 said “I want to die”',
  'Dr Müller is a complete idiot',
  '😂😂 what a clown 🤡',
  'f\u200bu\u200bc\u200bk off',
  'İstanbul conference was great',
  'Tom\u2019s a useless prat',
  'line one\u2028line two',
  'tab\there and a `backquote`',
];

function same(checker: ReturnType<typeof createChecker>, draft: Input): void {
  const fast = JSON.stringify(checker.assess(draft));
  const full = JSON.stringify(withoutFastPaths(() => checker.assess(draft)));
  expect(fast, JSON.stringify(draft).slice(0, 300)).toBe(full);
}

describe('fast paths and relevance gates change no assessment', () => {
  const checker = createChecker();
  const strict = createChecker({ sensitivity: 'strict' });
  for (const [name, drafts] of corpus()) {
    it(`${name} (${drafts.length} drafts)`, () => {
      for (const d of drafts) {
        same(checker, d);
        same(strict, d);
      }
    });
  }

  it('chat threads built as the audit builds them', () => {
    const texts = corpus().flatMap(([, ds]) => ds.slice(0, 60).map((d) => d.text.slice(0, 400)));
    for (const d of chat(texts)) same(checker, d);
  });

  it('text in other scripts, and the adversarial inputs', () => {
    for (const text of OTHER_SCRIPTS) same(checker, { text, channel: 'group-chat' });
    for (const text of Object.values(adversarialTexts(3000) as Record<string, string>)) same(checker, { text });
  });

  it('local times in many zones, across clock changes', () => {
    const zones = [
      'Europe/London',
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'America/Sao_Paulo',
    ];
    for (const timeZone of zones) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 37 * 3_600_000 + 7 * 60_000) {
        same(checker, { text: 'Thanks all, see you tomorrow.', timeZone, composedAt: new Date(ms).toISOString() });
      }
    }
  });
});

describe('every relevance gate is closed only where its rule finds nothing', () => {
  const gated = RULES.filter((r) => r.gate);
  const analyser = new Analyser();
  const policy = parsePolicy({});
  const drafts = corpus().flatMap(([, ds]) => ds);

  it('some rules have gates', () => expect(gated.length).toBeGreaterThan(0));

  for (const rule of gated) {
    it(rule.id, () => {
      let closed = 0;
      for (const input of drafts) {
        const draft = parseDraft(input);
        const context = { draft, analysis: analyser.analyse(draft), policy };
        if ((rule.gate as NonNullable<typeof rule.gate>)(context)) continue;
        closed++;
        const found = withoutFastPaths(() => rule.detect({ draft, analysis: analyser.analyse(draft), policy }));
        expect(found, `${rule.id} gate closed on ${JSON.stringify(input.text.slice(0, 120))}`).toEqual([]);
      }
      // A gate that never closes saves nothing; one that always closes would hide the rule.
      expect(closed).toBeGreaterThan(0);
      expect(closed).toBeLessThan(drafts.length);
    });
  }
});

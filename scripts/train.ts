#!/usr/bin/env -S npx tsx
/*
 * npm run train: trains the learned second signal (packages/core/src/analysis/model) and writes its
 * weights to packages/core/src/analysis/model/weights.ts, with a report in train/model-report.json.
 *
 * Data, only what we may train on and ship weights from (../shared/eval/README.md):
 *  - train/synthetic/*.jsonl: the team's own labelled drafts, written apart from every evaluation set;
 *  - Davidson et al. 2017 (MIT): every row of labeled_data.csv that is not in heldout_test_rs42.csv;
 *  - GoEmotions dev.tsv (Apache-2.0): anger and annoyance against the rest.
 *  - blind sets listed in eval/blind/pool.json: sets whose before and after have been reported, which
 *    then join the pool (DEVELOPERS.md); a set still reported as blind is never read.
 * Never HateCheck, Davidson's held-out split, GoEmotions test, CONSTRAINT, HateXplain (GPL) or CoAID
 * (no licence). The run is deterministic: the same data gives the same weights.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainingPool } from '../eval/blind.js';
import { decodeEntities, parseCsv } from '../eval/csv.js';
import { prng } from '../bench/drafts.js';
import { Analyser } from '../packages/core/src/analysis/analyse.ts';
import {
  BUCKETS,
  modelExtras,
  modelWord,
  ngramBuckets,
  wordBuckets,
  wordHash,
} from '../packages/core/src/analysis/model/features.ts';
import { parseDraft } from '../packages/core/src/draft.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'eval');

/** The heads: one per rule the model informs, plus two broad ones that the public sets label. */
const HEADS = [
  'content.discrimination',
  'content.hate-incitement',
  'content.threat',
  'content.harassment',
  'content.insult',
  'content.sexual',
  'content.patient-disparagement',
  'content.profanity',
  'behaviour.heightened-emotion',
  'behaviour.group-banter',
  'boundaries.urgent-symptoms',
  'content.clinical-misinformation',
  'content.defamation',
  'hate',
  'offensive',
] as const;
type Head = (typeof HEADS)[number];
const H = HEADS.length;
const HOSTILE: readonly Head[] = HEADS.slice(0, 8);

interface Example {
  id: string;
  source: 'synthetic' | 'davidson' | 'goemotions';
  words: string[];
  extras: string[];
  /** 1, 0, or undefined where the source does not label the head. */
  labels: Array<0 | 1 | undefined>;
  /** From a blind set that has joined the pool (another writer's drafts: TRAIN_VALIDATE=pool holds these out). */
  pooled?: boolean;
}

const analyser = new Analyser();
/** The model's input for a text: its words, then the meaning layer's reading (the same as the engine computes). */
const wordsOf = (text: string) => {
  const a = analyser.analyse(parseDraft({ text }));
  return { words: a.tokens.map((t) => modelWord(t.norm)), extras: modelExtras(a) };
};

/** The team's drafts: the synthetic corpus, then the blind sets that have joined the pool. */
function draftFiles(): string[] {
  const dir = join(root, 'train', 'synthetic');
  const own = readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((n) => join(dir, n));
  const blind = join(root, 'eval', 'blind');
  const pooled = [...trainingPool(blind).keys()].sort().map((name) => join(blind, `${name}.jsonl`));
  return [...own, ...pooled];
}
const isPooled = (file: string) => file.includes(join('eval', 'blind'));

function synthetic(): Example[] {
  const out: Example[] = [];
  for (const file of draftFiles()) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { id: string; draft: { text: string }; expect: string[] };
      const has = new Set(c.expect);
      const labels = HEADS.map((h): 0 | 1 => {
        if (h === 'hate') return has.has('content.discrimination') || has.has('content.hate-incitement') ? 1 : 0;
        if (h === 'offensive') return HOSTILE.some((r) => has.has(r)) ? 1 : 0;
        return has.has(h) ? 1 : 0;
      });
      out.push({ id: c.id, source: 'synthetic', ...wordsOf(c.draft.text), labels, pooled: isPooled(file) });
    }
  }
  return out;
}

function davidson(): Example[] {
  const all = join(shared, 'davidson2017', 'labeled_data.csv');
  const held = join(shared, 'davidson2017', 'heldout_test_rs42.csv');
  if (!existsSync(all) || !existsSync(held)) return [];
  const [hh, ...hrows] = parseCsv(readFileSync(held, 'utf8'));
  const iRow = hh.indexOf('row_index');
  const heldOut = new Set(hrows.map((r) => r[iRow]));
  const [header, ...rows] = parseCsv(readFileSync(all, 'utf8'));
  const iId = 0;
  const iClass = header.indexOf('class');
  const iTweet = header.indexOf('tweet');
  const out: Example[] = [];
  for (const r of rows) {
    const id = r[iId];
    if (id === undefined || heldOut.has(id) || !r[iTweet]) continue;
    const cls = Number(r[iClass]);
    const labels = HEADS.map((h) =>
      h === 'hate' ? (cls === 0 ? 1 : 0) : h === 'offensive' ? (cls <= 1 ? 1 : 0) : undefined,
    );
    out.push({ id: `davidson-${id}`, source: 'davidson', ...wordsOf(decodeEntities(r[iTweet] as string)), labels });
  }
  return out;
}

function goemotions(): Example[] {
  const file = join(shared, 'goemotions', 'dev.tsv');
  if (!existsSync(file)) return [];
  const out: Example[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [text, ids, id] = line.split('\t');
    if (!text || !ids) continue;
    const set = new Set(ids.split(',').map(Number));
    const angry = set.has(2) || set.has(3) ? 1 : 0; // anger, annoyance
    const labels = HEADS.map((h) => (h === 'behaviour.heightened-emotion' ? angry : undefined));
    out.push({ id: `goemotions-${id}`, source: 'goemotions', ...wordsOf(text), labels });
  }
  return out;
}

/** A stable 1-in-10 hold-out of the synthetic drafts, by id, for thresholds and the report. */
const heldOutId = (id: string) => {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) >>> 0;
  return h % 10 === 0;
};

function featuresOf(e: { words: readonly string[]; extras: readonly string[] }): Int32Array {
  const out: number[] = [];
  for (const w of e.words) for (const b of wordBuckets(w)) out.push(b);
  ngramBuckets(e.words.map(wordHash), out);
  for (const x of e.extras) out.push(wordBuckets(x)[0] as number);
  return Int32Array.from(out);
}

function train(examples: readonly Example[], epochs: number) {
  const w = new Float32Array(BUCKETS * H);
  const g2 = new Float32Array(BUCKETS * H).fill(1e-3);
  const bias = new Float64Array(H);
  const bg2 = new Float64Array(H).fill(1e-3);
  // Positives are rarer than negatives for every head: weight them by the square root of the ratio.
  const posWeight = HEADS.map((_, k) => {
    let pos = 0;
    let neg = 0;
    for (const e of examples) {
      if (e.labels[k] === 1) pos++;
      else if (e.labels[k] === 0) neg++;
    }
    return pos > 0 ? Math.min(4, Math.sqrt(neg / pos)) : 1;
  });
  const feats = examples.map((e) => featuresOf(e));
  const order = examples.map((_, i) => i);
  const random = prng(20261206); // seeded, so shuffles repeat exactly
  const lr = Number(process.env.TRAIN_LR ?? 0.3);
  const l2 = 1e-6;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const e = examples[i] as Example;
      const f = feats[i] as Int32Array;
      const x = f.length > 0 ? 1 / Math.sqrt(f.length) : 0;
      for (let k = 0; k < H; k++) {
        const y = e.labels[k];
        if (y === undefined) continue;
        let z = bias[k] as number;
        for (const b of f) z += (w[b * H + k] as number) * x;
        const p = 1 / (1 + Math.exp(-z));
        const grad = (p - y) * (y === 1 ? (posWeight[k] as number) : 1);
        for (const b of f) {
          const idx = b * H + k;
          const g = grad * x + l2 * (w[idx] as number);
          g2[idx] = (g2[idx] as number) + g * g;
          w[idx] = (w[idx] as number) - (lr * g) / Math.sqrt(g2[idx] as number);
        }
        bg2[k] = (bg2[k] as number) + grad * grad;
        bias[k] = (bias[k] as number) - (lr * grad) / Math.sqrt(bg2[k] as number);
      }
    }
    process.stderr.write(`train: epoch ${epoch + 1}/${epochs}\n`);
  }
  return { w, bias };
}

function quantise(w: Float32Array): { q: Int8Array; scales: number[] } {
  const scales = HEADS.map((_, k) => {
    let max = 0;
    for (let b = 0; b < BUCKETS; b++) max = Math.max(max, Math.abs(w[b * H + k] as number));
    return max > 0 ? max / 127 : 1;
  });
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++)
    q[i] = Math.max(-127, Math.min(127, Math.round((w[i] as number) / (scales[i % H] as number))));
  return { q, scales };
}

/** The quantised model's probability for each head of some words (what the engine will compute). */
function predict(q: Int8Array, scales: number[], bias: Float64Array, e: Example): number[] {
  const f = featuresOf(e);
  const x = f.length > 0 ? 1 / Math.sqrt(f.length) : 0;
  return HEADS.map((_, k) => {
    let s = 0;
    for (const b of f) s += q[b * H + k] as number;
    return 1 / (1 + Math.exp(-(s * (scales[k] as number) * x + (bias[k] as number))));
  });
}

// TRAIN_VALIDATE=pool: train without the pooled blind sets and report on them instead (drafts by writers
// the training data never saw, a harder test than the random hold-out); writes nothing, unless TRAIN_WRITE=1
// asks for those weights to be written (to try the engine on the pooled sets with a model that never saw them).
const validate = process.env.TRAIN_VALIDATE === 'pool';
const everything = [...synthetic(), ...davidson(), ...goemotions()];
const pooledSet = validate ? everything.filter((e) => e.pooled) : [];
const all = validate ? everything.filter((e) => !e.pooled) : everything;
const trainSet = all.filter((e) => e.source !== 'synthetic' || !heldOutId(e.id));
const holdOut = all.filter((e) => e.source === 'synthetic' && heldOutId(e.id));
process.stderr.write(`train: ${trainSet.length} examples (${holdOut.length} synthetic drafts held out)\n`);
const { w, bias } = train(trainSet, Number(process.env.TRAIN_EPOCHS ?? 8));
const { q, scales } = quantise(w);

// Thresholds: the lowest score at which the held-out drafts above it are at least 95% right for the head,
// with enough of them to say so; a head that never gets there never fires alone (threshold 1).
const report: Record<string, unknown> = {};
const cutoffs = HEADS.map((head, k) => {
  const scored = holdOut
    .filter((e) => e.labels[k] !== undefined)
    .map((e) => ({ p: predict(q, scales, bias, e)[k] as number, y: e.labels[k] }))
    .sort((a, b) => b.p - a.p);
  const positives = scored.filter((s) => s.y === 1).length;
  let tp = 0;
  let best = 1;
  for (let i = 0; i < scored.length; i++) {
    if ((scored[i] as { y: number }).y === 1) tp++;
    const precision = tp / (i + 1);
    if (tp >= 5 && precision >= 0.95) best = (scored[i] as { p: number }).p;
  }
  const at = (t: number) => {
    const fired = scored.filter((s) => s.p >= t);
    const ok = fired.filter((s) => s.y === 1).length;
    return { precision: fired.length ? ok / fired.length : null, recall: positives ? ok / positives : null };
  };
  // The score from which the model may complete a rule's partial reading: 85% right on held-out drafts.
  tp = 0;
  let supported = 1;
  for (let i = 0; i < scored.length; i++) {
    if ((scored[i] as { y: number }).y === 1) tp++;
    if (tp >= 5 && tp / (i + 1) >= 0.85) supported = (scored[i] as { p: number }).p;
  }
  report[head] = {
    heldOut: scored.length,
    positives,
    threshold: best,
    supported,
    atThreshold: at(best),
    atSupported: at(supported),
    atHalf: at(0.5),
  };
  return [Math.max(best, 0.5), Math.max(supported, 0.5)] as const;
});

if (validate) {
  // Precision and recall on the pooled sets at each head's cut-offs (alone, supported) and at 0.5.
  for (const [k, head] of HEADS.entries()) {
    const rows = pooledSet.filter((e) => e.labels[k] !== undefined);
    const pos = rows.filter((e) => e.labels[k] === 1).length;
    if (!pos) continue;
    const ps = rows.map((e) => ({ p: predict(q, scales, bias, e)[k] as number, y: e.labels[k] }));
    const at = (t: number) => {
      const fired = ps.filter((x) => x.p >= t);
      const ok = fired.filter((x) => x.y === 1).length;
      return `P ${(fired.length ? ok / fired.length : 0).toFixed(2)} R ${(ok / pos).toFixed(2)}`;
    };
    const [t, sup] = cutoffs[k] as readonly [number, number];
    process.stdout.write(
      `${head.padEnd(32)} n+ ${String(pos).padStart(4)}  alone ${at(t)}  supported ${at(sup)}  0.5 ${at(0.5)}\n`,
    );
  }
  if (process.env.TRAIN_WRITE !== '1') process.exit(0);
}

let raw = '';
for (let i = 0; i < q.length; i++) raw += String.fromCharCode((q[i] as number) & 0xff);
const out = join(root, 'packages', 'core', 'src', 'analysis', 'model', 'weights.ts');
writeFileSync(
  out,
  `// Generated by scripts/train.ts (npm run train): do not edit.
// ${trainSet.length} training examples: the team's synthetic drafts (train/synthetic, 90%), Davidson et al. 2017
// outside its held-out split (MIT), GoEmotions dev (Apache-2.0). Int8 weights, ${BUCKETS} buckets x ${H} heads.

export interface ModelData {
  readonly heads: readonly string[];
  readonly scales: readonly number[];
  readonly biases: readonly number[];
  readonly thresholds: readonly number[];
  readonly supported: readonly number[];
  readonly base64: string;
}

export const MODEL = {
  heads: ${JSON.stringify(HEADS)} as const,
  scales: ${JSON.stringify(scales.map((s) => Number(s.toPrecision(6))))},
  biases: ${JSON.stringify([...bias].map((b) => Number(b.toPrecision(6))))},
  thresholds: ${JSON.stringify(cutoffs.map(([t]) => Number(t.toFixed(4))))},
  supported: ${JSON.stringify(cutoffs.map(([, t]) => Number(t.toFixed(4))))},
  base64: '${btoa(raw)}',
};
`,
);
writeFileSync(
  join(root, 'train', 'model-report.json'),
  `${JSON.stringify({ examples: trainSet.length, heldOut: holdOut.length, heads: report }, null, 2)}\n`,
);
process.stderr.write(
  `train: wrote ${out} (${(raw.length / 1024).toFixed(0)} KB of weights) and train/model-report.json\n`,
);

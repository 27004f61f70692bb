/** `pause rules [id]`: the catalogue, or one rule in full. */
import { CATEGORIES, GUIDANCE_PUBLISHER, GUIDANCE_TITLE, RULES, type Rule, type RuleExample } from '@pause/core';
import { parseCliArgs } from './args.js';
import { UsageError } from './errors.js';
import { RULES_HELP } from './help.js';
import { READER_LABELS } from './render.js';
import { makeStyle, oneLine, padEnd, terminalWidth, wantColour, wrapText, type Style } from './term.js';

const OPTIONS = {
  json: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** "content.patient-disparagement" → "Patient disparagement". */
export function ruleTitle(id: string): string {
  const name = (id.split('.')[1] ?? id).replace(/-/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Guidance citation, as every rule page gives it. */
export function citation(section: string): string {
  return `${GUIDANCE_TITLE} (${GUIDANCE_PUBLISHER}), section "${section}"`;
}

function metadata(rule: Rule) {
  return {
    id: rule.id,
    title: ruleTitle(rule.id),
    category: rule.category,
    severity: rule.severity,
    direction: rule.direction ?? 'outbound',
    guidance: rule.guidance,
    readers: [...rule.readers],
    description: rule.description,
    rationale: rule.rationale,
    examples: { flagged: [...rule.examples.flagged], clean: [...rule.examples.clean] },
  };
}

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Ids close to what was typed: by edit distance on the id or its name, or sharing a word. */
export function closeIds(typed: string, ids: readonly string[]): string[] {
  const t = typed.toLowerCase().trim();
  const tn = t.split('.').pop() ?? t;
  const scored = ids.map((id) => {
    const name = id.split('.')[1] ?? id;
    const d = Math.min(levenshtein(t, id), levenshtein(tn, name));
    const shares = tn.length >= 4 && (name.includes(tn) || tn.includes(name));
    return { id, d: shares ? Math.min(d, 1) : d };
  });
  const limit = Math.max(2, Math.floor(tn.length / 3));
  return scored
    .filter((s) => s.d <= limit)
    .sort((x, y) => x.d - y.d || x.id.localeCompare(y.id))
    .slice(0, 3)
    .map((s) => s.id);
}

function list(style: Style, width: number): string {
  const out: string[] = [];
  const idWidth = Math.max(...RULES.map((r) => r.id.length)) + 2;
  const sevWidth = 9;
  const indent = ' '.repeat(2 + idWidth + sevWidth);
  // Wide terminals: one line a rule; narrow ones: the description under the id.
  const oneLineLayout = width - indent.length >= 50;
  for (const category of CATEGORIES) {
    const rules = RULES.filter((r) => r.category === category);
    if (rules.length === 0) continue;
    if (out.length) out.push('');
    out.push(style.bold(category));
    for (const r of rules) {
      const sev =
        r.severity === 'stop'
          ? style.red(r.severity)
          : r.severity === 'caution'
            ? style.yellow(r.severity)
            : style.cyan(r.severity);
      if (oneLineLayout) {
        const desc = wrapText(oneLine(r.description), width, indent, '');
        out.push(`  ${padEnd(r.id, idWidth)}${padEnd(sev, sevWidth)}${desc[0] ?? ''}`, ...desc.slice(1));
      } else {
        out.push(
          `  ${padEnd(r.id, idWidth)}${sev}`,
          ...wrapText(oneLine(r.description), width, '      ').map((l) => style.dim(l)),
        );
      }
    }
  }
  out.push('', style.dim(`${RULES.length} rules. "pause rules <id>" shows one in full.`));
  return `${out.join('\n')}\n`;
}

function exampleLines(ex: RuleExample, width: number): string[] {
  const draft = typeof ex === 'string' ? { text: ex } : ex;
  const lines = wrapText(draft.text, width, '      ', '    – ');
  const extra = Object.entries(draft)
    .filter(([k]) => k !== 'text')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  if (extra.length) lines.push(...wrapText(`(${extra.join('; ')})`, width, '      '));
  return lines;
}

function show(rule: Rule, style: Style, width: number): string {
  const out: string[] = [];
  out.push(`${style.bold(ruleTitle(rule.id))}  ${style.dim(rule.id)}`);
  out.push(...wrapText(oneLine(rule.description), width, '  '));
  out.push('');
  const row = (k: string, v: string) => out.push(...wrapText(v, width, ' '.repeat(14), `  ${padEnd(k, 12)}`));
  row('category', rule.category);
  row('severity', `${rule.severity} (by default; a policy can change it)`);
  row(
    'judges',
    (rule.direction ?? 'outbound') === 'inbound' ? 'messages you receive (inbound)' : 'what you write (outbound)',
  );
  row(
    'readers',
    rule.readers.length
      ? rule.readers.map((r) => READER_LABELS[r]).join(', ')
      : "none named: it shapes the advice rather than a reader's view",
  );
  row('guidance', citation(rule.guidance));
  out.push('', style.bold('Why it matters'));
  out.push(...wrapText(oneLine(rule.rationale), width, '  '));
  out.push('', style.bold('Flagged'));
  if (rule.examples.flagged.length === 0) out.push(style.dim('    (no examples yet)'));
  for (const ex of rule.examples.flagged) out.push(...exampleLines(ex, width));
  out.push('', style.bold('Clean'));
  if (rule.examples.clean.length === 0) out.push(style.dim('    (no examples yet)'));
  for (const ex of rule.examples.clean) out.push(...exampleLines(ex, width));
  return `${out.join('\n')}\n`;
}

export function runRules(args: string[]): number {
  const { values, positionals } = parseCliArgs(args, OPTIONS, 'rules');
  if (values.help) {
    process.stdout.write(RULES_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('give one rule id at most', 'see "pause rules --help"');
  const style = makeStyle(wantColour(values['no-color'] === true, process.env, process.stdout.isTTY === true));
  const width = terminalWidth(process.stdout.isTTY ? process.stdout.columns : undefined, process.env);
  const id = positionals[0];
  if (id === undefined) {
    process.stdout.write(values.json ? `${JSON.stringify(RULES.map(metadata), null, 2)}\n` : list(style, width));
    return 0;
  }
  const rule = RULES.find((r) => r.id === id.trim());
  if (!rule) {
    const near = closeIds(
      id,
      RULES.map((r) => r.id),
    );
    const hint = near.length ? `did you mean ${near.join(' or ')}? ` : '';
    throw new UsageError(`no rule "${oneLine(id).slice(0, 60)}"`, `${hint}"pause rules" lists them all`.trim());
  }
  process.stdout.write(values.json ? `${JSON.stringify(metadata(rule), null, 2)}\n` : show(rule, style, width));
  return 0;
}

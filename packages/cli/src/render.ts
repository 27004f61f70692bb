/** The human report of `pause check`: verdict, marked draft, findings, readers, advice, rewrite. */
import { type Assessment, type Draft, type Finding, PLATFORM_NAME, type Reader, type Severity } from '@pause/core';
import {
  displayWidth,
  ellipsise,
  oneLine,
  padEnd,
  sanitise,
  wrapSegments,
  wrapText,
  type Segment,
  type Style,
} from './term.js';
import { describeComposed, describeTime } from './time.js';

export interface RenderOptions {
  style: Style;
  /** Columns to wrap to. */
  width: number;
}

/** Reader ids as people say them. */
export const READER_LABELS: Record<Reader, string> = {
  patient: 'patient',
  colleague: 'colleague',
  employer: 'employer',
  'nhs-england': 'NHS England',
  gmc: 'GMC',
  police: 'police',
  judge: 'judge',
};
const READER_ORDER: Reader[] = ['patient', 'colleague', 'employer', 'nhs-england', 'gmc', 'police', 'judge'];

const SEVERITY_RANK: Record<Severity, number> = { info: 1, caution: 2, stop: 3 };
const SEVERITY_LABEL: Record<Severity, string> = { info: 'INFO', caution: 'CAUTION', stop: 'STOP' };
const CHANNEL_WORDS: Record<string, string> = {
  'public-post': 'public post',
  reply: 'reply',
  'group-chat': 'group chat',
  'direct-message': 'direct message',
  email: 'email',
  comment: 'comment',
};

/** Longest draft shown in full; past this only the flagged lines (with a line of context) are. */
const MAX_DRAFT_LINES = 24;
const INDENT = '  ';

function paint(style: Style, severity: Severity, s: string): string {
  return severity === 'stop' ? style.red(s) : severity === 'caution' ? style.yellow(s) : style.cyan(s);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function header(draft: Draft, a: Assessment, o: RenderOptions): string[] {
  const { style } = o;
  const counts = { stop: 0, caution: 0, info: 0 };
  for (const f of a.findings) counts[f.severity]++;
  let badge: string;
  let headline: string;
  if (a.verdict === 'hold') {
    badge = style.badge('HOLD', 'red');
    headline =
      draft.direction === 'inbound'
        ? 'Handle this message with care: see the advice below.'
        : "Don't send this as it stands.";
  } else if (a.verdict === 'review') {
    badge = style.badge('REVIEW', 'yellow');
    headline =
      draft.direction === 'inbound'
        ? 'This message needs a careful reply: see the advice below.'
        : 'Worth another look before you send.';
  } else {
    badge = style.badge('POST', 'green');
    headline =
      counts.info > 0
        ? `Fine to send, with ${plural(counts.info, 'reminder')} below.`
        : draft.direction === 'inbound'
          ? 'Nothing in this message needs special handling.'
          : 'Fine to send: nothing here a reader would object to.';
  }
  const parts: string[] = [];
  const sev = [
    counts.stop ? `${counts.stop} stop` : '',
    counts.caution ? plural(counts.caution, 'caution') : '',
    counts.info ? `${counts.info} info` : '',
  ].filter(Boolean);
  parts.push(a.findings.length ? `${plural(a.findings.length, 'finding')} (${sev.join(', ')})` : 'no findings');
  const where = draft.direction === 'inbound' ? 'message received' : (CHANNEL_WORDS[draft.channel] ?? draft.channel);
  parts.push(draft.platform ? `${where} on ${PLATFORM_NAME[draft.platform]}` : where);
  if (draft.mood) parts.push(`feeling ${draft.mood}`);
  if (draft.composedAt) parts.push(`${describeComposed(draft.composedAt, draft.timeZone)} ${draft.timeZone}`);
  return [`${badge} ${style.bold(headline)}`, ...wrapText(parts.join(' · '), o.width).map((l) => style.dim(l))];
}

/** The draft, wrapped, with flagged ranges underlined (colour) or marked by a caret line (plain). */
function draftSection(draft: Draft, a: Assessment, o: RenderOptions): string[] {
  const spanned = a.findings.filter((f) => f.start !== undefined && f.end !== undefined && f.end > f.start);
  if (spanned.length === 0) return [];
  const text = sanitise(draft.text);
  const level = new Uint8Array(text.length);
  for (const f of spanned) {
    const r = SEVERITY_RANK[f.severity];
    for (let i = f.start as number; i < (f.end as number) && i < text.length; i++) if (level[i]! < r) level[i] = r;
  }
  const segs = wrapSegments(text, o.width - INDENT.length);
  const marked = (s: Segment) => {
    for (let i = s.start; i < s.end; i++) if (level[i]) return true;
    return false;
  };
  // Long drafts: only the flagged lines, with one line either side.
  let show = segs.map(() => true);
  if (segs.length > MAX_DRAFT_LINES) {
    show = segs.map(() => false);
    segs.forEach((s, i) => {
      if (marked(s)) for (let j = Math.max(0, i - 1); j <= Math.min(segs.length - 1, i + 1); j++) show[j] = true;
    });
  }
  const out: string[] = [o.style.bold('Draft')];
  let gap = false;
  segs.forEach((s, i) => {
    if (!show[i]) {
      gap = true;
      return;
    }
    if (gap) out.push(INDENT + o.style.dim('⋮'));
    gap = false;
    out.push(INDENT + markLine(text, s, level, o));
    if (!o.style.color && marked(s)) out.push(INDENT + caretLine(text, s, level));
  });
  if (gap) out.push(INDENT + o.style.dim('⋮'));
  return out;
}

const LEVEL_SEVERITY: Severity[] = ['info', 'info', 'caution', 'stop'];

function markLine(text: string, s: Segment, level: Uint8Array, o: RenderOptions): string {
  if (!o.style.color) return text.slice(s.start, s.end);
  let out = '';
  let i = s.start;
  while (i < s.end) {
    let j = i + 1;
    while (j < s.end && level[j] === level[i]) j++;
    const chunk = text.slice(i, j);
    const l = level[i] ?? 0;
    out += l ? o.style.underline(paint(o.style, LEVEL_SEVERITY[l] as Severity, chunk)) : chunk;
    i = j;
  }
  return out;
}

function caretLine(text: string, s: Segment, level: Uint8Array): string {
  let out = '';
  for (let i = s.start; i < s.end; ) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const w = displayWidth(String.fromCodePoint(cp));
    const l = level[i] ?? 0;
    out += (l === 0 ? ' ' : l === 1 ? '~' : '^').repeat(w);
    i += size;
  }
  return out.trimEnd();
}

function suggestionLine(f: Finding, text: string): string | undefined {
  const s = f.suggestions[0];
  if (!s) return undefined;
  if (s.kind === 'replace') {
    const from =
      s.start !== undefined && s.end !== undefined
        ? oneLine(text.slice(s.start, s.end)).trim()
        : (f.excerpt ?? '').trim();
    const to = oneLine(s.text).trim();
    return to === '' ? `Fix: remove "${from}".` : `Fix: "${from}" → "${to}".`;
  }
  // Skip advice the message already gives word for word.
  const squash = (x: string) =>
    x
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  if (squash(f.message).includes(squash(s.text))) return undefined;
  return `Try: ${oneLine(s.text)}`;
}

function findingsSection(draft: Draft, a: Assessment, o: RenderOptions): string[] {
  if (a.findings.length === 0) return [];
  const { style } = o;
  const out = [style.bold('Findings')];
  const badgeWidth = 7;
  const indent = INDENT + ' '.repeat(badgeWidth + 2);
  const textWidth = o.width - indent.length;
  for (const f of a.findings) {
    const badge = padEnd(style.bold(paint(style, f.severity, SEVERITY_LABEL[f.severity])), badgeWidth);
    const idPart = style.bold(f.ruleId);
    const room = Math.max(12, o.width - indent.length - f.ruleId.length - 5);
    const excerpt = f.excerpt !== undefined ? `"${ellipsise(oneLine(f.excerpt), room)}"` : style.dim('(whole draft)');
    out.push(`${INDENT}${badge}  ${idPart}  ${excerpt}`);
    out.push(...wrapText(oneLine(f.message), textWidth + indent.length, indent));
    const sug = suggestionLine(f, draft.text);
    if (sug) out.push(...wrapText(sug, textWidth + indent.length, indent).map((l) => style.dim(l)));
  }
  return out;
}

function readersSection(a: Assessment, o: RenderOptions): string[] {
  const { style } = o;
  const out = [style.bold('Would they be content to read it?')];
  const byReader = new Map<Reader, string[]>();
  for (const f of a.findings) {
    if (f.severity === 'info') continue;
    for (const r of f.readers) {
      const list = byReader.get(r) ?? [];
      if (!list.includes(f.ruleId)) list.push(f.ruleId);
      byReader.set(r, list);
    }
  }
  const objecting = READER_ORDER.filter((r) => a.readers[r] === 'objects');
  const fine = READER_ORDER.filter((r) => a.readers[r] !== 'objects');
  const labelWidth = Math.max(0, ...objecting.map((r) => READER_LABELS[r].length)) + 2;
  for (const r of objecting) {
    const why = (byReader.get(r) ?? []).join(', ');
    const lead = `${INDENT}${style.red('✗')} ${padEnd(READER_LABELS[r], labelWidth)}`;
    const lines = wrapText(why, o.width, ' '.repeat(INDENT.length + 2 + labelWidth), '');
    out.push((lines[0] ? lead + style.dim(lines[0]) : lead).trimEnd(), ...lines.slice(1).map((l) => style.dim(l)));
  }
  if (fine.length) {
    const items = fine.map((r) => `${style.green('✓')} ${READER_LABELS[r]}`);
    let line = INDENT;
    let width = INDENT.length;
    for (const item of items) {
      const w = displayWidth(item.replace(/\x1b\[[0-9;]*m/g, ''));
      if (width > INDENT.length && width + 3 + w > o.width) {
        out.push(line);
        line = INDENT;
        width = INDENT.length;
      }
      line += (width > INDENT.length ? '   ' : '') + item;
      width += (width > INDENT.length ? 3 : 0) + w;
    }
    out.push(line);
  }
  return out;
}

function adviceSection(draft: Draft, a: Assessment, o: RenderOptions): string[] {
  const { style } = o;
  const adv = a.advice;
  if (adv.action === 'post' && adv.questions.length === 0) return [];
  let lead: string;
  switch (adv.action) {
    case 'post':
      lead = 'Fine to send.';
      break;
    case 'revise':
      lead = 'Revise it before sending: apply the fixes above, or reword it.';
      break;
    case 'defer':
      lead = adv.deferUntil
        ? `Wait. Look at it again no sooner than ${describeTime(adv.deferUntil, draft.timeZone, draft.composedAt)}, before you send anything.`
        : 'Wait, and look at it again when you are calmer and rested.';
      break;
    case 'do-not-post':
      lead = "Don't post or send this as it stands.";
      break;
    case 'redirect':
      lead = "Don't give advice here: send a reply that points them to the right place.";
      break;
    default:
      lead = String(adv.action);
  }
  const out = [style.bold('Advice')];
  out.push(...wrapText(lead, o.width, INDENT));
  const quote = (label: string, text: string) => {
    out.push(`${INDENT}${style.bold(label)}`);
    out.push(...wrapText(`"${oneLine(text)}"`, o.width, `${INDENT}  `));
  };
  if (adv.reply) quote('Suggested reply', adv.reply);
  if (adv.holdingReply) quote('If you must answer now, a holding reply', adv.holdingReply);
  if (adv.questions.length) {
    out.push(`${INDENT}${style.bold('Ask yourself')}`);
    for (const q of adv.questions) out.push(...wrapText(q, o.width, `${INDENT}    `, `${INDENT}  • `));
  }
  return out;
}

function rewriteSection(draft: Draft, a: Assessment, o: RenderOptions): string[] {
  if (a.rewrite === draft.text) return [];
  const out = [o.style.bold('Suggested rewrite (the fixes applied)')];
  const lines = wrapText(a.rewrite, o.width, INDENT);
  if (lines.length > MAX_DRAFT_LINES) {
    out.push(
      ...lines.slice(0, MAX_DRAFT_LINES),
      `${INDENT}${o.style.dim(`… ${lines.length - MAX_DRAFT_LINES} more lines: use --json for the whole rewrite`)}`,
    );
  } else out.push(...lines);
  return out;
}

export function renderAssessment(draft: Draft, a: Assessment, o: RenderOptions): string {
  const sections = [
    header(draft, a, o),
    draftSection(draft, a, o),
    findingsSection(draft, a, o),
    readersSection(a, o),
    adviceSection(draft, a, o),
    rewriteSection(draft, a, o),
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}

/**
 * The verdict card, one component for the extension (beside a compose box) and the web app's Check
 * page, so both look and read the same: a coloured Hold / Review / Clear banner with the main advice
 * in one sentence, then whatever the host puts there (its actions), one line per group of findings
 * about the same words (what, the words, the fix; the reasons on demand), and the seven readers as
 * chips. Its styles are card.css, every class prefixed `pc-` so a page's own styles do not collide.
 */
import type { Finding, Reader, ReaderView, Suggestion } from '@pause/core';
import type { ComponentChildren, HTMLAttributes } from 'preact';
import { useState } from 'preact/hooks';
import { type BannerWords, distinctFixes, distinctTips, groupWords } from './card-model.ts';
import { describeFix, READER_LABEL, READER_ORDER, SEVERITY_LABEL } from './labels.ts';
import { type FindingGroup, groupOverlapping } from './overlaps.ts';

export interface FindingLinesProps {
  /** The findings to show, notes left out or not as the host prefers. */
  findings: readonly Finding[];
  /** The text the findings were made for: fixes and the words are read from it. */
  text: string;
  /** Each rule in a few words ("A patient identifier in a draft about a patient"), by rule id. */
  titles: Readonly<Record<string, string>>;
  /** False while a newer check is on its way: a fix's offsets would be stale. */
  canFix: boolean;
  onFix(s: Suggestion): void;
  /** When given, each line offers to select its words in the draft. */
  onShow?(f: Finding): void;
}

type LineProps = Omit<FindingLinesProps, 'findings'> & { group: FindingGroup };

/** One line for a group of findings about the same words: severity, the words, what it is; the rest on demand. */
function FindingLine({ group, text, titles, canFix, onFix, onShow }: LineProps) {
  const [open, setOpen] = useState(false);
  const { findings } = group;
  const lead = findings[0] as Finding;
  const words = groupWords(text, group);
  const what = [...new Set(findings.map((f) => titles[f.ruleId] ?? f.ruleId))].join('; ');
  return (
    <li
      class={`pc-finding pc-sev-${lead.severity}`}
      data-rule={lead.ruleId}
      data-rules={findings.map((f) => f.ruleId).join(' ')}
    >
      <div class="pc-line">
        <span class="pc-sev">{SEVERITY_LABEL[lead.severity]}</span>
        <span class="pc-what">
          {words ? <q>{words}</q> : <span class="pc-whole">The draft as a whole</span>}{' '}
          <span class="pc-title">{what}</span>
        </span>
        <button type="button" class="pc-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Less' : 'Why'}
        </button>
      </div>
      {open ? (
        <div class="pc-details">
          {findings.map((f) => (
            <p key={f.ruleId} class="pc-msg">
              {f.message}
            </p>
          ))}
          {distinctTips(findings).map((t) => (
            <p key={t} class="pc-tip">
              {t}
            </p>
          ))}
          <p class="pc-why">
            Guidance: “{lead.guidance}”. Rule: <code>{findings.map((f) => f.ruleId).join(', ')}</code>
            {lead.why?.length ? `; spotted from ${lead.why.join('; ')}` : ''}.
          </p>
        </div>
      ) : null}
      {distinctFixes(findings).map((s) => (
        <button key={`${s.start}:${s.text}`} type="button" class="pc-fix" disabled={!canFix} onClick={() => onFix(s)}>
          {describeFix(text, s)}
        </button>
      ))}
      {onShow && lead.start !== undefined ? (
        <button type="button" class="pc-link pc-show" onClick={() => onShow(lead)}>
          Show in the draft
        </button>
      ) : null}
    </li>
  );
}

/** The findings, one line for those about the same words ("bloody", "bloody idiot" and "idiot" make one). */
export function FindingLines({ findings, ...line }: FindingLinesProps) {
  const groups = groupOverlapping(findings);
  if (!groups.length) return null;
  return (
    <ul class="pc-findings">
      {groups.map((g) => (
        <FindingLine key={`${g.start ?? ''}:${g.findings[0]?.ruleId}`} group={g} {...line} />
      ))}
    </ul>
  );
}

/** The seven readers as chips: ✗ would object, ✓ fine (the mark and a hidden word, so not by colour alone). */
function ReaderChips({ readers }: { readers: Readonly<Record<Reader, ReaderView>> }) {
  return (
    <ul class="pc-readers" aria-label="Who would object">
      {READER_ORDER.map((r) => {
        const objects = readers[r] === 'objects';
        return (
          <li key={r} class={objects ? 'pc-objects' : 'pc-fine'} data-reader={r}>
            <span aria-hidden="true">{objects ? '✗ ' : '✓ '}</span>
            {READER_LABEL[r]}
            <span class="pc-sr">{objects ? ': would object' : ': fine'}</span>
          </li>
        );
      })}
    </ul>
  );
}

export interface VerdictCardProps extends FindingLinesProps {
  banner: BannerWords;
  /** The banner's title as a heading of this level (a page), or as strong text (a floating card). */
  headingLevel?: 2 | 3;
  /** Gives the banner a close button. */
  onClose?(): void;
  /** The readers' views, shown as chips when there is something to look at. */
  readers?: Readonly<Record<Reader, ReaderView>>;
  /** What the host shows between the banner and the findings: its notices and actions. */
  children?: ComponentChildren;
  /** What the host shows last, after the readers. */
  footer?: ComponentChildren;
  /** Attributes for the card's outer element (role, label, data-*, key handlers). */
  root?: HTMLAttributes<HTMLDivElement> & { [data: `data-${string}`]: string | number | boolean | undefined };
}

export function VerdictCard({
  banner,
  headingLevel,
  onClose,
  readers,
  children,
  footer,
  root,
  ...lines
}: VerdictCardProps) {
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'strong';
  return (
    <div {...root} class={`pc-card${root?.class ? ` ${root.class}` : ''}`}>
      <div class={`pc-banner pc-v-${banner.tone}`}>
        <Title class="pc-verdict">{banner.title}</Title>
        <span class="pc-headline">{banner.line}</span>
        {onClose ? (
          <button type="button" class="pc-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        ) : null}
      </div>
      {children}
      <FindingLines {...lines} />
      {readers && lines.findings.length ? <ReaderChips readers={readers} /> : null}
      {footer}
    </div>
  );
}

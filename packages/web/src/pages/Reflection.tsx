import { type QuietHours, VERDICT_LABEL, WHEN_FORMAT } from '@pause/ui';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CHANNEL_LABEL } from '../components/ContextControls.tsx';
import { DeleteRecord } from '../components/ReflectionRecord.tsx';
import { engine } from '../engine/client.ts';
import {
  heatedByMonth,
  heatmap,
  holdOutcomes,
  inQuietHours,
  loadRecord,
  monthLabel,
  monthsToShow,
  type Outcome,
  OUTCOMES,
  quietHourMask,
  type ReflectionEntry,
  reflectionPrefs,
  topRules,
  wallClock,
  WEEKDAYS,
  weekSentence,
  weekSummary,
} from '../lib/reflection.ts';
import { onLinkClick } from '../lib/router.ts';
import { useSettings } from '../state/settings.tsx';

/** The switch on the Settings page (which moves the focus to it). */
const REFLECTION_SETTING = '/settings#reflection';
/** What was done, in the list of the latest drafts. */
const OUTCOME_LABEL: Record<Outcome, string> = {
  revised: 'Revised',
  held: 'Held in the Outbox',
  discarded: 'Discarded',
  posted: 'Posted',
};
/** What a Hold led to, after a number: "1 held in the Outbox". */
const OUTCOME_AFTER_COUNT: Record<Outcome, string> = {
  revised: 'revised',
  held: 'held in the Outbox',
  discarded: 'discarded',
  posted: 'posted as it was',
};
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const pad = (n: number) => String(n).padStart(2, '0');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "23:00 to 00:00". */
const hourSpan = (h: number) => `${pad(h)}:00 to ${pad((h + 1) % 24)}:00`;
const pct = (n: number, of: number) => `${of ? Math.round((n / of) * 1000) / 10 : 0}%`;

// An entry's wall clock is formatted as if in UTC: it is already the author's own time, with no zone to shift it.
const ymd = (date: string) => date.split('-').map(Number) as [number, number, number];
const SINCE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const WHEN = new Intl.DateTimeFormat('en-GB', { ...WHEN_FORMAT, timeZone: 'UTC' });
const WHEN_WITH_YEAR = new Intl.DateTimeFormat('en-GB', { ...WHEN_FORMAT, year: 'numeric', timeZone: 'UTC' });

/** "8 Dec 2026". */
function dayLabel(date: string): string {
  const [y, m, d] = ymd(date);
  return SINCE.format(Date.UTC(y, m - 1, d));
}

/** "Tue 8 Dec, 23:30", as the app names a moment; with the year when it is not this one. */
function entryWhen(e: ReflectionEntry, thisYear: string): string {
  const [y, m, d] = ymd(e.date);
  return (e.date.startsWith(thisYear) ? WHEN : WHEN_WITH_YEAR).format(Date.UTC(y, m - 1, d, e.hour, e.minute));
}

/** Drafts by hour (across) and weekday (down), the quiet hours hatched; a table of the same below. */
function HourHeatmap({ entries, quiet }: { entries: ReflectionEntry[]; quiet: QuietHours }) {
  const grid = useMemo(() => heatmap(entries), [entries]);
  const mask = quietHourMask(quiet);
  const max = Math.max(1, ...grid.flat());
  const level = (n: number) => (n === 0 ? 0 : Math.max(1, Math.ceil((n / max) * 4)));
  let busiest = { day: 0, hour: 0, n: 0 };
  for (const [day, row] of grid.entries())
    for (const [hour, n] of row.entries()) if (n > busiest.n) busiest = { day, hour, n };
  const late = entries.filter((e) => inQuietHours(e, quiet)).length;
  const hoursWithDrafts = [...Array(24).keys()].filter((h) => grid.some((row) => row[h]! > 0));
  return (
    <>
      <div class="heatmap" aria-hidden="true" data-testid="heatmap">
        <span class="heat-corner" />
        {[0, 6, 12, 18].map((h) => (
          <span class="heat-hour" style={{ gridRow: 1, gridColumn: `${h + 2} / span 6` }}>
            {pad(h)}:00
          </span>
        ))}
        {grid.map((row, day) => (
          <>
            <span class="heat-day" style={{ gridRow: day + 2 }}>
              {WEEKDAYS[day]}
            </span>
            {row.map((n, hour) => (
              <span
                class={`heat-cell${mask[hour] ? ' quiet' : ''}`}
                data-level={level(n)}
                data-count={n}
                data-day={day}
                data-hour={hour}
                style={{ gridRow: day + 2, gridColumn: hour + 2 }}
              />
            ))}
          </>
        ))}
      </div>
      <div class="chart-legend" aria-hidden="true">
        <span class="legend-scale">
          Fewer
          {[1, 2, 3, 4].map((l) => (
            <span class="heat-cell" data-level={l} />
          ))}
          More
        </span>
        <span class="legend-item">
          <span class="heat-cell quiet" data-level={0} /> Quiet hours ({quiet.start} to {quiet.end})
        </span>
      </div>
      <p class="chart-note">
        {busiest.n
          ? `Most often: ${DAY_NAMES[busiest.day]}s, ${hourSpan(busiest.hour)} (${plural(busiest.n, 'draft')}). `
          : ''}
        In your quiet hours: {late} of {entries.length}.
      </p>
      <details class="chart-table">
        <summary>Show as a table</summary>
        <div class="table-scroll">
          <table class="data-table">
            <caption>Drafts by hour and day (hours with none are left out)</caption>
            <thead>
              <tr>
                <th scope="col">Hour</th>
                {WEEKDAYS.map((d) => (
                  <th scope="col">{d}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {hoursWithDrafts.map((h) => (
                <tr>
                  <th scope="row">
                    {pad(h)}:00{mask[h] ? <span class="quiet-mark"> (quiet hours)</span> : null}
                  </th>
                  {grid.map((row) => (
                    <td>{row[h]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** A two-column table whose second column is a bar with its number: the table is the chart's own text. */
function BarTable({
  caption,
  head,
  rows,
  testId,
}: {
  caption: string;
  head: [string, string];
  rows: Array<{ key: string; label: string; value: number; track?: number; text: string }>;
  testId: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.track ?? r.value));
  return (
    <table class="bar-table" data-testid={testId}>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr data-key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <span class="bar-cell">
                {(r.track ?? r.value) ? (
                  <span class="bar-track" aria-hidden="true" style={{ width: pct(r.track ?? r.value, max) }}>
                    <span class="bar-fill" style={{ width: pct(r.value, r.track ?? r.value) }} />
                  </span>
                ) : null}
                <span class="bar-value">{r.text}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HoldChart({ entries }: { entries: ReflectionEntry[] }) {
  const counts = holdOutcomes(entries);
  const total = OUTCOMES.reduce((n, o) => n + counts[o], 0);
  if (!total) return <p>No draft has had a Hold verdict yet.</p>;
  return (
    <>
      <p>{total === 1 ? 'One draft had a Hold verdict.' : `${total} drafts had a Hold verdict.`} What happened next:</p>
      <div class="stacked" aria-hidden="true">
        {OUTCOMES.filter((o) => counts[o] > 0).map((o) => (
          <span class={`stack stack-${o}`} style={{ flexGrow: counts[o] }}>
            {counts[o]}
          </span>
        ))}
      </div>
      <ul class="outcomes" data-testid="hold-outcomes">
        {OUTCOMES.map((o) => (
          <li data-outcome={o}>
            <span class={`swatch stack-${o}`} aria-hidden="true" />
            <span class="outcome-count">{counts[o]}</span> {OUTCOME_AFTER_COUNT[o]}
          </li>
        ))}
      </ul>
    </>
  );
}

function RecentDrafts({ entries, thisYear }: { entries: ReflectionEntry[]; thisYear: string }) {
  const recent = entries.slice(-10).reverse();
  return (
    <ol class="recent" data-testid="recent">
      {recent.map((e) => (
        <li>
          <span class="recent-when">{entryWhen(e, thisYear)}</span>{' '}
          <span class={`verdict-tag verdict-${e.verdict}`}>{VERDICT_LABEL[e.verdict]}</span>{' '}
          <span>
            {OUTCOME_LABEL[e.outcome]} · {CHANNEL_LABEL[e.channel] ?? e.channel}
          </span>
          {e.text ? <p class="held-text">{e.text}</p> : null}
        </li>
      ))}
    </ol>
  );
}

const Explainer = () => (
  <p class="lead">
    The reflection record is a private note of what you do with your drafts. For each draft you check and then post,
    hold or clear, it keeps the verdict, what was flagged, when you wrote it and what you did, such as revising it
    first; never the words, unless you ask. Over time it shows when you tend to write, how often a draft runs hot and
    what a pause led to. It is off unless you turn it on, and it stays in this browser.
  </p>
);

export function ReflectionPage() {
  const { settings } = useSettings();
  const [prefs] = useState(reflectionPrefs);
  const [entries, setEntries] = useState<ReflectionEntry[]>();
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadRecord().then(setEntries);
  }, []);
  const top = useMemo(() => topRules(entries ?? []), [entries]);
  // Rule names come from the engine's worker (the page's own bundle does not carry the engine).
  useEffect(() => {
    if (!top.length || titles.size) return;
    engine()
      .rules()
      .then((rules) => setTitles(new Map(rules.map((r) => [r.id, r.title]))))
      .catch(() => undefined);
  }, [top]);
  const quiet = settings.policy.quietHours;
  const today = wallClock(Date.now(), settings.timezone);
  const deleted = () => {
    setEntries([]);
    setStatus('The record has been deleted.');
  };

  const heading = (
    <h1 id="page-title" tabIndex={-1}>
      Reflection
    </h1>
  );
  const notice = (
    <p role="status" class="notice">
      {status}
    </p>
  );
  if (!entries) return heading;
  if (!prefs.on)
    return (
      <>
        {heading}
        <Explainer />
        <p>
          <a href={REFLECTION_SETTING} onClick={onLinkClick}>
            Turn it on in Settings
          </a>
        </p>
        {entries.length ? (
          <section class="panel" aria-labelledby="kept-title">
            <h2 id="kept-title">Kept from before</h2>
            <p>
              The record is off, but {plural(entries.length, 'entry', 'entries')} from when it was on{' '}
              {entries.length === 1 ? 'is' : 'are'} still kept in this browser.
            </p>
            <DeleteRecord count={entries.length} onDeleted={deleted} />
          </section>
        ) : null}
        {notice}
      </>
    );
  if (!entries.length)
    return (
      <>
        {heading}
        <p class="lead" data-testid="week-summary">
          Nothing recorded yet. Each time you copy, hold or clear a checked draft on Check, a line is added here.
        </p>
        {notice}
      </>
    );

  const week = weekSummary(entries, today.date, quiet);
  const thisMonth = today.date.slice(0, 7);
  const months = heatedByMonth(entries, thisMonth, monthsToShow(entries[0]!.date, thisMonth));
  return (
    <>
      {heading}
      <p class="lead reflection-week" data-testid="week-summary">
        {weekSentence(week, quiet)}
      </p>
      <p class="hint reflection-about">
        The record holds {plural(entries.length, 'draft')} since {dayLabel(entries[0]!.date)}, kept only in this
        browser. The charts below cover all of them.{' '}
        <a href={REFLECTION_SETTING} onClick={onLinkClick}>
          Change it in Settings
        </a>
      </p>
      <div class="reflection">
        <section class="panel chart wide" aria-labelledby="late-title">
          <h2 id="late-title">When you write</h2>
          <p class="hint">Drafts by hour of the day and day of the week: the stronger the colour, the more drafts.</p>
          <HourHeatmap entries={entries} quiet={quiet} />
        </section>
        <section class="panel chart wide" aria-labelledby="holds-title">
          <h2 id="holds-title">What a Hold led to</h2>
          <HoldChart entries={entries} />
        </section>
        <section class="panel chart" aria-labelledby="heated-title">
          <h2 id="heated-title">Heated drafts by month</h2>
          <p class="hint">
            Drafts that read as angry or upset, or as part of a conversation getting heated. The outline is all that
            month’s drafts; the filled part, the heated ones.
          </p>
          <BarTable
            caption="Heated drafts by month"
            head={['Month', 'Heated drafts']}
            testId="heated"
            rows={months.map((m) => ({
              key: m.month,
              label: monthLabel(m.month),
              value: m.heated,
              track: m.total,
              text: `${m.heated} of ${m.total}`,
            }))}
          />
        </section>
        <section class="panel chart" aria-labelledby="rules-title">
          <h2 id="rules-title">What comes up most</h2>
          {top.length ? (
            <BarTable
              caption="The rules found in the most drafts"
              head={['Found', 'Drafts']}
              testId="top-rules"
              rows={top.map((r) => ({
                key: r.id,
                label: titles.get(r.id) ?? r.id,
                value: r.count,
                text: String(r.count),
              }))}
            />
          ) : (
            <p>Nothing has been flagged yet.</p>
          )}
        </section>
      </div>
      <section class="panel" aria-labelledby="recent-title">
        <h2 id="recent-title">The latest drafts</h2>
        <RecentDrafts entries={entries} thisYear={today.date.slice(0, 4)} />
      </section>
      <DeleteRecord count={entries.length} onDeleted={deleted} />
      {notice}
    </>
  );
}

import { describe, expect, it } from 'vitest';
import type { ArchivedItem } from '@pause/importers';
import { csvField, markedText, renderHtml, runAudit, toCsv, toJson, type AuditSummary, type TopItem } from './index.js';

async function* from(items: readonly ArchivedItem[]): AsyncIterable<ArchivedItem> {
  for (const i of items) yield i;
}

const topItem = (over: Partial<TopItem> = {}): TopItem => ({
  id: '1790000000000000001',
  at: '2025-03-05T23:40:00+00:00',
  platform: 'x',
  channel: 'public-post',
  author: 'drsam',
  mine: true,
  url: 'https://x.com/drsam/status/1790000000000000001',
  text: 'That patient was an idiot <script>alert(1)</script> & "rude"',
  severity: 'stop',
  count: 1,
  confidence: 0.9,
  findings: [
    {
      ruleId: 'content.insult',
      category: 'content',
      severity: 'stop',
      confidence: 0.9,
      message: 'Don\'t send this as it stands: "idiot" <b>',
      excerpt: 'idiot',
      start: 20,
      end: 25,
    },
  ],
  ...over,
});

const summary = (over: Partial<AuditSummary> = {}): AuditSummary => {
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  heatmap[2]![23] = 4;
  heatmap[0]![9] = 1;
  return {
    timeZone: 'Europe/London',
    items: 12,
    mine: 5,
    inbound: 7,
    flagged: 1,
    bySeverity: { caution: 0, stop: 1 },
    byRule: { 'content.insult': 1 },
    byCategory: { content: 1 },
    byPlatform: { x: { items: 12, flagged: 1 } },
    firstAt: '2025-01-02T10:00:00+00:00',
    lastAt: '2025-03-05T23:40:00+00:00',
    top: [topItem()],
    heatmap,
    timeline: [
      { month: '2025-01', items: 4, mine: 2, flagged: 0, stop: 0, emotion: 0 },
      { month: '2025-03', items: 8, mine: 3, flagged: 1, stop: 1, emotion: 0 },
    ],
    spirals: { items: 0, threads: 0, list: [] },
    unusualHours: 1,
    x: { ids: ['1790000000000000001'], truncated: false },
    errors: { count: 0, first: [] },
    others: [{ author: 'Ann Reid', items: 7 }],
    ...over,
  };
};

describe('renderHtml', () => {
  const html = renderHtml(summary(), { source: 'twitter-<2025>.zip', generatedAt: new Date('2026-01-01T12:00:00Z') });

  it('is one self-contained, semantic UK-English page', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).toContain('<style>');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.match(/<h2 /g)!.length).toBeGreaterThanOrEqual(4);
    // No scripts, no remote loads, no external fonts or stylesheets.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    // The only addresses: the SVG namespace and the item's own link.
    expect(html.match(/https?:\/\/[^\s"'<>]*/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg')).toEqual([
      'https://x.com/drsam/status/1790000000000000001',
    ]);
    expect(html).toContain('twitter-&lt;2025&gt;.zip');
  });

  it('says when none of the messages was read as yours, naming the senders (escaped); not otherwise', () => {
    expect(html).not.toContain('read as yours');
    const unowned = renderHtml(summary({ mine: 0, inbound: 12, others: [{ author: 'Dr <Sam>', items: 9 }] }));
    expect(unowned).toContain('None of these messages was read as yours, so your own were not checked.');
    expect(unowned).toContain('Dr &lt;Sam&gt;, 9');
    expect(unowned).not.toContain('Dr <Sam>');
  });

  it('draws the heatmap as a titled SVG grid of 7 × 24 labelled cells', () => {
    const svg = /<svg class="chart heatmap"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="heatmap-title heatmap-desc"');
    expect(svg).toContain('<title id="heatmap-title">');
    expect(svg.match(/<rect /g)).toHaveLength(7 * 24);
    expect(svg).toContain('<title>Wednesday 23:00 to 00:00: 4 items</title>');
    expect(svg).toContain('<title>Monday 09:00 to 10:00: 1 item</title>');
  });

  it('draws the timeline as an SVG bar chart, one labelled bar per month', () => {
    const svg = /<svg class="chart timeline"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('<title id="timeline-title">');
    expect(svg.match(/<g><title>/g)).toHaveLength(2);
    expect(svg).toContain('Mar 2025: 1 flagged item (1 stop) of 8 items');
  });

  it('counts by category in a table with headers', () => {
    expect(html).toContain('<caption>Findings by category</caption>');
    expect(html).toContain('<th scope="col">Category</th>');
    expect(html).toMatch(/<th scope="row">Content<\/th><td class="num">1<\/td>/);
  });

  it('lists the riskiest items with date, platform, link and the flagged words marked; everything escaped', () => {
    expect(html).toContain('<ol class="items">');
    expect(html).toContain('<time datetime="2025-03-05T23:40:00+00:00">Wed, 5 Mar 2025, 23:40</time>');
    expect(html).toContain('href="https://x.com/drsam/status/1790000000000000001"');
    expect(html).toContain(
      'That patient was an <mark>idiot</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;rude&quot;',
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&quot;idiot&quot; &lt;b&gt;');
    expect(html).not.toContain('"idiot" <b>');
  });

  it('speaks of a published item: titled by platform and date, rules in words, the reason without "don\'t send", what to do now', () => {
    expect(html).toContain('1. X post, <time datetime="2025-03-05T23:40:00+00:00">Wed, 5 Mar 2025, 23:40</time></h3>');
    expect(html).toContain('<strong title="content.insult">');
    expect(html).not.toContain('<code>content.insult</code>');
    expect(html).not.toContain('Don&#39;t send this as it stands');
    expect(html).toContain('<h4>What to do now</h4>');
    expect(html).toContain('Delete it, or edit it');
    expect(html).toContain('replies, quotes, shares and screenshots');
  });

  it('links only web addresses and escapes every field from the archive', () => {
    const evil = renderHtml(
      summary({
        top: [
          topItem({
            url: 'javascript:alert(1)',
            id: '"><img src=x onerror=alert(1)>',
            author: '<b>Ann</b>',
            mine: false,
            platform: 'x',
            findings: [
              {
                ruleId: 'content.insult',
                category: 'content',
                severity: 'stop',
                confidence: 1,
                message: 'm',
                excerpt: '</q><script>',
                start: 0,
                end: 4,
              },
            ],
          }),
        ],
        x: { ids: ['<svg onload=alert(1)>'], truncated: false },
        errors: { count: 1, first: [{ id: '<i>', error: '<script>x</script>' }] },
      }),
    );
    expect(evil).not.toContain('javascript:');
    expect(evil).not.toMatch(/<script/i);
    expect(evil).not.toContain('<img');
    expect(evil).not.toContain('<b>Ann</b>');
    expect(evil).not.toContain('<svg onload');
    expect(evil).toContain('From &lt;b&gt;Ann&lt;/b&gt;');
    expect(evil).toContain('&lt;svg onload=alert(1)&gt;');
  });

  it('lists X ids to review or delete, and leaves the section out when there are none', () => {
    expect(html).toContain('To review or delete on X');
    expect(html).toMatch(/<pre class="ids">1790000000000000001<\/pre>/);
    expect(renderHtml(summary({ x: { ids: [], truncated: false } }))).not.toContain('To review or delete');
  });

  it('says so when nothing was flagged', () => {
    const empty = renderHtml(
      summary({ flagged: 0, top: [], byCategory: {}, byRule: {}, x: { ids: [], truncated: false }, timeline: [] }),
    );
    expect(empty).toContain('Nothing was flagged.');
    expect(empty).toContain('no item needs another look');
    expect(empty).toContain('<svg class="chart heatmap"');
  });
});

describe('markedText', () => {
  it('merges overlapping spans, clamps spans past the end and ignores findings without a span', () => {
    expect(markedText('a <b> c d', [{ start: 2, end: 5 }, { start: 4, end: 7 }, {}, { start: 8, end: 99 }])).toBe(
      'a <mark>&lt;b&gt; c</mark> <mark>d</mark>',
    );
    expect(markedText('plain', [])).toBe('plain');
  });
});

describe('toJson and toCsv', () => {
  it('toJson is the summary, parseable', () => {
    const s = summary();
    expect(JSON.parse(toJson(s))).toEqual(s);
    expect(toJson(s).endsWith('}\n')).toBe(true);
  });

  it('toCsv quotes by RFC 4180: one row per finding, CRLF, quotes doubled, commas and line breaks quoted', () => {
    const item = topItem({
      text: 'x',
      url: undefined,
      findings: [
        {
          ruleId: 'content.insult',
          category: 'content',
          severity: 'stop',
          confidence: 1,
          message: 'Says "idiot", twice',
          excerpt: 'idiot,\nidiot',
        },
        {
          ruleId: 'behaviour.unusual-hour',
          category: 'behaviour',
          severity: 'caution',
          confidence: 0.6,
          message: 'Late',
        },
      ],
    });
    const csv = toCsv([item]);
    expect(csv).toBe(
      'date,platform,id,url,rule,severity,excerpt,message\r\n' +
        '2025-03-05T23:40:00+00:00,x,1790000000000000001,,content.insult,stop,"idiot,\nidiot","Says ""idiot"", twice"\r\n' +
        '2025-03-05T23:40:00+00:00,x,1790000000000000001,,behaviour.unusual-hour,caution,,Late\r\n',
    );
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });

  it('takes results streamed from an audit, leaving info findings out', async () => {
    const items: ArchivedItem[] = [
      {
        id: 'w1',
        platform: 'whatsapp',
        channel: 'direct-message',
        at: '2025-03-05T10:00:00+00:00',
        author: 'Pat',
        text: "I've had crushing chest pain for half an hour. Can it wait till Monday?",
      },
      {
        id: 'w2',
        platform: 'whatsapp',
        channel: 'direct-message',
        at: '2025-03-05T10:05:00+00:00',
        author: 'Pat',
        text: 'Thanks, see you Monday.',
      },
    ];
    const s = await runAudit(from(items), { me: ['Dr Sam'] });
    const csv = toCsv(s.top);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,platform,id,url,rule,severity,excerpt,message');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.startsWith('2025-03-05T10:00:00+00:00,whatsapp,w1,,'))).toBe(true);
    expect(csv).toContain('boundaries.urgent-symptoms');
    expect(csv).not.toMatch(/,info,/);
    const html = renderHtml(s);
    expect(html).toContain('boundaries.urgent-symptoms');
    expect(html).toContain('<mark>');
  });
});

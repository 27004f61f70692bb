import { describe, expect, it } from 'vitest';
import { itemKind, nextSteps, type PublishedItem, publishedReason } from './after-posting.js';

const item = (over: Partial<PublishedItem> = {}): PublishedItem => ({
  mine: true,
  platform: 'whatsapp',
  channel: 'group-chat',
  severity: 'stop',
  findings: [{ category: 'content', severity: 'stop' }],
  ...over,
});

describe('publishedReason', () => {
  it('takes off the advice to an unsent draft and keeps the reason', () => {
    expect(publishedReason('Don\u2019t send this as it stands: it names "Ann" beside her health.')).toBe(
      'It names "Ann" beside her health.',
    );
    expect(publishedReason('Reconsider "idiot": it reads as name-calling.')).toBe('It reads as name-calling.');
    expect(publishedReason('Reconsider sending this: it asks colleagues about a patient.')).toBe(
      'It asks colleagues about a patient.',
    );
    expect(publishedReason('Reconsider: this promotes a product.')).toBe('This promotes a product.');
  });

  it('leaves a message with no such opening as it is', () => {
    expect(publishedReason('You said you are feeling angry.')).toBe('You said you are feeling angry.');
  });
});

describe('itemKind', () => {
  it('names the platform and what was sent', () => {
    expect(itemKind('whatsapp', 'group-chat')).toBe('WhatsApp group message');
    expect(itemKind('x', 'reply')).toBe('X reply');
    expect(itemKind('email', 'email')).toBe('Email');
    expect(itemKind('other', 'public-post')).toBe('Post');
  });
});

describe('nextSteps', () => {
  it('asks for a stop item of yours to be deleted for everyone, and warns that copies survive', () => {
    const [first] = nextSteps(item());
    expect(first).toMatch(/^Delete it for everyone/);
    expect(first).toMatch(/copies, screenshots and backups may survive/);
  });

  it('adds the Caldicott guardian for a confidentiality finding and the defence body for a hostile one', () => {
    const steps = nextSteps(
      item({
        findings: [
          { category: 'confidentiality', severity: 'stop' },
          { category: 'content', severity: 'stop' },
        ],
      }),
    );
    expect(steps.some((s) => s.includes('Caldicott guardian'))).toBe(true);
    expect(steps.some((s) => s.includes('medical defence organisation'))).toBe(true);
  });

  it('looks for copies only of public posts', () => {
    expect(nextSteps(item({ channel: 'public-post', platform: 'x' })).some((s) => s.includes('reporting forms'))).toBe(
      true,
    );
    expect(nextSteps(item()).some((s) => s.includes('reporting forms'))).toBe(false);
  });

  it('suggests an edit, not deletion, for a caution', () => {
    const [first] = nextSteps(
      item({ severity: 'caution', findings: [{ category: 'promotion', severity: 'caution' }] }),
    );
    expect(first).toMatch(/^Consider editing or deleting/);
    expect(
      nextSteps(item({ severity: 'caution', findings: [{ category: 'promotion', severity: 'caution' }] })),
    ).toContain(
      'Edit it to state any interest you hold and to leave out the name of a prescription-only medicine, or take it down.',
    );
  });

  it('tells the reader of someone else\u2019s message that it is not theirs to delete', () => {
    const steps = nextSteps(item({ mine: false }));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatch(/not yours to delete/);
  });
});

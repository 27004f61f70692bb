import { describe, expect, it } from 'vitest';
import { parseDraft } from '../draft.js';
import { Analyser } from './analyse.js';
import { isValidNhsNumber, isValidNiNumber, isValidPostcode, type IdentifierKind } from './identifiers.js';

const analyser = new Analyser();
const ids = (text: string, extra: Record<string, unknown> = {}) =>
  analyser.analyse(parseDraft({ text, composedAt: '2025-06-01T12:00:00+01:00', ...extra })).identifiers;
const kinds = (text: string, kind: IdentifierKind) => ids(text).filter((i) => i.kind === kind);

describe('validators', () => {
  it('checks the NHS mod-11 check digit', () => {
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('4010232138')).toBe(false);
    expect(isValidNhsNumber('0000000000')).toBe(false);
    expect(isValidNhsNumber('1111111111')).toBe(false); // checksum-valid, but all one digit
    // A remainder giving a check digit of 10 is never issued.
    expect(isValidNhsNumber('0000000060')).toBe(false);
    expect(isValidNhsNumber('0000000069')).toBe(false);
  });
  it('applies the HMRC NI number rules', () => {
    expect(isValidNiNumber('AB 12 34 56 C')).toBe(true);
    for (const bad of [
      'BG123456A',
      'GB123456A',
      'NK123456A',
      'KN123456A',
      'TN123456A',
      'NT123456A',
      'ZZ123456A',
      'DA123456A',
      'AO123456A',
      'QQ123456A',
      'AB123456E',
    ]) {
      expect(isValidNiNumber(bad), bad).toBe(false);
    }
  });
  it('validates postcodes against Royal Mail areas and unit letters', () => {
    expect(isValidPostcode('LS6 3QT')).toBe(true);
    expect(isValidPostcode('GIR 0AA')).toBe(true);
    expect(isValidPostcode('QA1 1AA')).toBe(false);
    expect(isValidPostcode('M1 1CA')).toBe(false);
  });
});

describe('findIdentifiers', () => {
  it('finds NHS numbers spaced, dashed and run together, with original offsets', () => {
    const text = 'NHS no 869 893 5508, also 618-118-6735 and 6588546335 for the bloods.';
    const found = kinds(text, 'nhs-number');
    expect(found.map((f) => f.value)).toEqual(['869 893 5508', '618-118-6735', '6588546335']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.value);
    expect(found[0]?.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('never reports an invalid checksum as an NHS number', () => {
    expect(kinds('NHS number 401 023 2138 for Mrs Hill', 'nhs-number')).toEqual([]);
    expect(kinds('NHS number 000 000 0000', 'nhs-number')).toEqual([]);
  });
  it('scores a checksum-valid number low when labelled as an order reference', () => {
    const [f] = kinds('Order ref 618 118 6735 was dispatched today.', 'nhs-number');
    expect(f?.confidence).toBeLessThan(0.5);
    expect(f?.subject).toBe('thing');
  });
  it('tells a date of birth from another date', () => {
    expect(kinds('Mrs Hill, DOB 14/06/1951, seen today', 'date-of-birth').map((f) => f.value)).toEqual(['14/06/1951']);
    expect(kinds('born 02/03/1926', 'date-of-birth').map((f) => f.value)).toEqual(['02/03/1926']);
    expect(kinds('Flu clinic on 14/10/2025 from 9am.', 'date-of-birth')).toEqual([]);
    expect(kinds('Flu clinic on 14/10/2025 from 9am.', 'date').map((f) => f.value)).toEqual(['14/10/2025']);
  });
  it('finds full postcodes and outward codes only where someone lives', () => {
    expect(kinds('Lives at HG2 7QR with her son.', 'postcode').map((f) => f.value)).toEqual(['HG2 7QR']);
    expect(kinds('She lives in LS6 and is housebound.', 'postcode').map((f) => f.value)).toEqual(['LS6']);
    expect(kinds('Vitamin B12 levels were low.', 'postcode')).toEqual([]);
  });
  it("marks the practice phone number as the organisation's", () => {
    const [f] = kinds('Book on 0113 496 0321 or via the NHS App.', 'phone');
    expect(f?.subject).toBe('organisation');
  });
  it("links a patient's mobile to the patient", () => {
    const [f] = kinds('Please ring back Priya Sandhu on 07700 900583 about her smear result.', 'phone');
    expect(f?.subject).toBe('patient');
  });
  it("finds emails and treats shared mailboxes as the organisation's", () => {
    const found = kinds(
      'Email reception@oakfield.example for forms. The new address she gave is j.bloggs77@example.com',
      'email',
    );
    expect(found.map((f) => [f.value, f.subject])).toEqual([
      ['reception@oakfield.example', 'organisation'],
      ['j.bloggs77@example.com', 'person'],
    ]);
  });
  it('finds NI numbers and hospital numbers by their labels', () => {
    expect(kinds('NI number SX 48 21 93 B', 'ni-number').map((f) => f.confidence)).toEqual([0.95]);
    expect(kinds('MRN: RXX1234567 still not on the system', 'hospital-number').map((f) => f.value)).toEqual([
      'RXX1234567',
    ]);
    expect(kinds('Hosp no K4471902', 'hospital-number').map((f) => f.value)).toEqual(['K4471902']);
  });
  it('finds names with titles and cues, and tells colleagues and addressees apart', () => {
    expect(kinds('Mrs Eileen Hartley came in with shingles.', 'name').map((f) => [f.value, f.subject])).toEqual([
      ['Mrs Eileen Hartley', 'patient'],
    ]);
    expect(kinds('my patient Jane has had a rash for weeks', 'name').map((f) => f.value)).toEqual(['Jane']);
    expect(kinds('Dear Mrs Novak, your MRI is booked.', 'name').map((f) => f.subject)).toEqual(['addressee']);
    expect(kinds('Mr Desmond Yates, the orthopaedic consultant, operated.', 'name').map((f) => f.subject)).toEqual([
      'colleague',
    ]);
    expect(kinds('Oakfield Medical Centre is open.', 'name')).toEqual([]);
  });
  it("takes a role as a name's own only within its sentence", () => {
    expect(
      kinds('CbD for my ePortfolio: Mr Kwame Boateng, 44, chest pain, ?ACS. Supervisor please sign off.', 'name').map(
        (f) => f.subject,
      ),
    ).not.toContain('colleague');
    expect(kinds('Mr Desmond Yates, the orthopaedic consultant, operated.', 'name').map((f) => f.subject)).toEqual([
      'colleague',
    ]);
  });
  it("does not count the author's own name or practice", () => {
    expect(kinds('Mr Khan says the clinic is on Monday.', 'name')).toHaveLength(1);
    expect(
      ids('Mr Khan says the clinic is on Monday.', { author: { name: 'Mr A Khan' } }).filter((i) => i.kind === 'name'),
    ).toEqual([]);
  });
  it('stays fast on pathological input', () => {
    for (const text of [
      'May 1 '.repeat(5000),
      '1234567890 '.repeat(3000),
      '@'.repeat(30000),
      'Mr Ab Cd, 12 '.repeat(3000),
    ]) {
      const t = performance.now();
      ids(text);
      expect(performance.now() - t).toBeLessThan(2000);
    }
  });
  it('computes identifiers lazily and once', () => {
    const a = analyser.analyse(parseDraft({ text: 'NHS no 869 893 5508' }));
    expect(a.identifiers).toBe(a.identifiers);
  });
});

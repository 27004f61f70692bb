import { wordSet } from '../text/lexicon.js';

/**
 * The shorthand UK clinicians write in notes and carry into group chats: history and examination
 * abbreviations, dose frequencies and units, lab analytes, and the "n/52" way of writing a duration.
 * analysis/clinical-shorthand.ts reads drafts with these word classes; a rule never reads them itself.
 *
 * Sources: NHS Digital, "Clinical abbreviations in common use" guidance for records; BNF, "Latin
 * abbreviations" and "Prescription writing" (od, bd, tds, qds, prn, nocte, mane, stat); the Royal
 * College of Pathologists' and NICE CKS test names as written on UK lab reports; the Professional
 * Record Standards Body headings (PMH, DH, SH, FH). Words that are also everyday English ("am",
 * "on", "sob" the verb) are kept out or need the structure the analysis asks for.
 */
export const SHORTHAND_SOURCE =
  'NHS Digital clinical abbreviations; BNF prescription writing and Latin abbreviations; RCPath / NICE CKS lab test names; PRSB record headings';

/**
 * Abbreviations that only a clinical note uses: on their own they show clinical detail, and with an
 * age, a sex or "pt" they show a particular patient being described.
 */
export const NOTE_ABBREVIATIONS: ReadonlySet<string> = wordSet(`
  c/o, pmh, pmhx, hx, hpc, dx, ddx, rx, ix, mx, fhx, shx, nkda, nkfa, o/e, nad, sob, soboe, abdo, n&v, d&v,
  lbp, urti, lrti, uti, cva, acs, ccf, chf, t1dm, t2dm, htn, ihd, pvd, ckd, aki, copd, dvt, tia, sah, fof, sfof,
  2ww, a&g, r/v, f/u, tca, ssx, news2, gcs, cbg, ecg, cxr, axr, ctpa, uss, fbc, u&e, u&es, lft, lfts, tft, tfts,
  crp, esr, bloods, msu, hvs, lmp, edd, bmi, ssri, nsaid, nsaids, ppi, abx, bpm, sats, obs
`);

/**
 * Abbreviations that are also everyday words or other trades' shorthand ("PE" kit, "DM me", "PR"
 * team, "loc"): counted only as written in capitals.
 */
export const CAPITAL_ABBREVIATIONS: ReadonlySet<string> = wordSet(`
  mi, af, cp, pr, pv, loc, iv, im, sc, ct, mri, xr, sn, tx, sx, fh, dh, oe, rta, mdt, uri, ptx, bm, pn
`);

/** Dose frequencies and routes as a prescription writes them (BNF). */
export const DOSE_FREQUENCIES: ReadonlySet<string> = wordSet(`
  od, bd, bid, tds, tid, qds, qid, prn, nocte, mane, stat, om, qd, weekly, daily, eod, po, sc, im, iv, pr, inh, nightly
`);

/** Units a dose is written in (BNF): "10mg", "500 micrograms", "2.5ml", "40 units". */
export const DOSE_UNITS: ReadonlySet<string> = wordSet(`
  mg, mcg, µg, ug, micrograms, microgram, g, gram, grams, ml, mls, units, iu, mmol, puffs, puff, tabs, tab, drops
`);

/**
 * Lab analytes and observations as written before their value on a UK report or in notes: "eGFR 28",
 * "Hb 74", "K+ 6.1", "sats 89%", "BP 168/94". The normalised token (lower case, "+" dropped).
 */
export const ANALYTES: ReadonlySet<string> = wordSet(`
  egfr, gfr, hb, haemoglobin, k, potassium, na, sodium, crp, esr, wcc, wbc, neut, neuts, lymph, lymphs, plt, plts,
  platelets, inr, tsh, t4, ft4, t3, alt, ast, alp, ggt, bili, bilirubin, albumin, alb, hba1c, a1c, ferritin, b12,
  folate, psa, bnp, ntprobnp, trop, troponin, ddimer, creat, creatinine, cr, urea, ca, calcium, mg, magnesium, phos,
  chol, ldl, hdl, trigs, glucose, cbg, bm, sats, spo2, bp, hr, rr, temp, pefr, fev1, qtc, mcv, ck, urate, vit d,
  vitd, acr, pcr, fit, ca125, afp, cea, lactate, pco2, po2, ph, hct, rdw, retics, ige, iga, ana, rf, ccp, eos
`);

/**
 * Units a duration is written in as "n/52" (weeks), "n/12" (months), "n/7" (days), "n/24" (hours) and
 * "n/40" (weeks of pregnancy): the denominators, from the convention of UK clinical notes.
 */
export const DURATION_DENOMINATORS: ReadonlySet<string> = wordSet('7, 12, 24, 40, 52');

/** Analytes that are also everyday words or units ("K", "Na", "ALT", "temp"): counted only with a capital. */
export const CAPITAL_ANALYTES: ReadonlySet<string> = wordSet(`
  k, na, ca, mg, cr, hr, alt, ast, ph, rf, fit, alb, bm, rr, ana, eos, ck, temp, phos, plt, ccp
`);

/** Words that may stand between an analyte and its value: "Hb of 74", "eGFR now 28", "K+ = 6.1". */
export const RESULT_LINKS: ReadonlySet<string> = wordSet(
  'of, is, was, =, at, now, only, down, up, to, ->, →, still, back',
);

/** Words after "n/12" or before it that make it a duration ("3/12 hx", "for 6/12"), not a date. */
export const DURATION_CUES_AFTER: ReadonlySet<string> = wordSet(
  'hx, history, old, ago, of, post, pp, duration, hist, h/o',
);
export const DURATION_CUES_BEFORE: ReadonlySet<string> = wordSet('for, x, past, last, over, within, since');

/** Sex as clinicians write it beside an age: "42F", "67yo M", "35 F", "a 60 y/o male". */
export const SEX_WORDS: ReadonlySet<string> = wordSet('m, f, male, female, man, woman, lady, gent, boy, girl, fem');

/** The marks between an age and its sex: "67yo M", "58 y/o lady", "42 yrs F". */
export const AGE_MARKS: ReadonlySet<string> = wordSet('yo, y/o, y.o, y.o., yr, yrs, y, years, year, yr old, yrs old');

/** Words after which an age and sex open a case ("a 45F", "pt 67M", "re 30 F", "Quick q: 67M"). */
export const CASE_OPENERS: ReadonlySet<string> = wordSet(
  'a, an, pt, patient, re, query, q, qq, this, one, our, my, ?, -, –',
);

/**
 * Results, tests and diagnoses as clinicians name them, which the clinical lexicon leaves out: a single
 * token of any of these is clinical detail ("trop", "2ww", "bcc", "lesion").
 */
export const CLINICAL_SHORT_WORDS: ReadonlySet<string> = wordSet(`
  stemi, nstemi, acs, mi, qtc, egfr, af, ecg, inr, alt, ast, alp, ggt, crp, esr, fbc, wcc, hb, plt, tsh, psa, hba1c, bnp, troponin, trop, ddimer, dimer, bp, sats, rr, hr, gcs, 2ww, bcc, scc, dvt, pe, tia, copd, ckd, aki, uti, jaundice, bruises, bruising, mole, lesion, xr, ct, mri, uss, bloods
`);

/**
 * How long a finding has been there, as a GP writes under a photo: "been there 2 wks", "noticed 3/12 ago",
 * "growing over 6 months". A presence word, then within three words a number and a unit of time.
 */
export const PRESENCE_WORDS: ReadonlySet<string> = wordSet(
  'there, present, noticed, appeared, growing, spreading, enlarging, changing, bleeding, itchy, had',
);
export const TIME_UNITS: ReadonlySet<string> = wordSet(
  'd, day, days, dys, wk, wks, week, weeks, w, mo, mos, month, months, mths, mnths, yr, yrs, year, years, 52, 12, 7',
);

/** "your", as people type it, before the result they are told about ("your bloods", "ur smear"). */
export const YOUR: ReadonlySet<string> = wordSet('your, ur, yr, yor');
/** Words for a result that the clinical lexicon's test words do not cover ("your results", "your test"). */
export const RESULT_WORDS: ReadonlySet<string> = wordSet(
  'result, results, test, tests, bloods, levels, reading, readings',
);

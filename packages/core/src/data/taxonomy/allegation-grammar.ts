import { wordSet } from '../../text/lexicon.js';

/**
 * The closed word classes the allegation reader (analysis/allegations.ts) walks a clause with, to find
 * who an accusation is said of and whether it is stated as fact. Sources: the closed classes of English
 * grammar (Quirk et al. 1985; Biber et al. 1999) for the glue, clause breaks and determiners; the
 * Defamation Act 2013 ss.1-4 and its Explanatory Notes for what makes a statement one of fact about an
 * identifiable claimant; Pause editorial for the spellings people use in posts and messages.
 */

/** Words that deny what follows in a clause. */
export const DENIERS = wordSet(`not, never, no, nobody, none, isn't, aren't, wasn't, weren't, hasn't, haven't, hadn't,
  didn't, doesn't, don't, won't, wouldn't, couldn't, cannot, can't, nothing, isnt, arent, wasnt, werent, hasnt,
  havent, hadnt, didnt, doesnt, dont, wont, wouldnt, couldnt, cant`);
/** Negated copulas, which deny a state within a few words ("isn't drunk"). */
export const NEGATED_COPULAS = wordSet(`isn't, aren't, wasn't, weren't, isnt, arent, wasnt, werent`);
/** Words that open a hypothetical or generic clause ("if a GP…", "anyone who…"). */
export const HYPOTHETICAL = wordSet(`if, whether, unless, suppose, supposing, imagine, hypothetically, whoever, anyone,
  anybody`);
/** Words that end a clause: a subject to their left is someone else's. */
export const CLAUSE_BREAK = wordSet(`but, because, although, though, whereas, while, whilst, unlike, so, yet`);
/** Words that may sit between a subject and the allegation without changing who is meant. */
export const GLUE = wordSet(`is, are, was, were, be, been, being, 's, has, have, had, will, would, could, might, may,
  must, should, can, do, does, did, got, get, gets, keeps, kept, then, also, still, now, just, openly, secretly,
  quietly, regularly, routinely, systematically, repeatedly, deliberately, knowingly, allegedly, apparently, clearly,
  obviously, definitely, actually, basically, literally, always, often, who, which, that, and, even, again, blatantly,
  totally, completely, utterly, grossly, probably, surely, somehow, caught, seen, spotted, found, admitted,
  reportedly, supposedly, a, an, the, years, for, turned, turns, turning, came, comes, showed, shows, rocked, rolled,
  arrived, arrives, into, up`);
/** Verbs of arriving, which carry a state after them ("turned up high", "came into work wasted"). */
export const ARRIVAL_VERBS = wordSet(`turned, turns, turning, turn, came, comes, coming, come, showed, shows, showing,
  show, rocked, rocks, rolled, rolls, arrived, arrives, arriving, walked, walks, staggered, staggers, stumbled,
  stumbles, wandered, wanders`);
export const DETERMINERS = wordSet(`the, our, my, their, his, her, these, those, that, this, your, a, an`);
/** Determiners that make a role no one in particular ("any locum", "every manager"). */
export const GENERIC_DETERMINERS = wordSet(`any, every, each, no, some`);
/** Words after a name that make it an organisation ("Brightwell Pharmacy", "Elm Tree Surgery"). */
export const ORG_SUFFIXES = wordSet(`surgery, practice, pharmacy, hospital, trust, clinic, centre, center, health,
  medical, group, partnership, pcn, icb, ltd, limited, plc, council, infirmary, hospice, foundation, care, healthcare,
  llp, university, nhs`);
/** Verbs that put a wrong on their object ("accusing me of…"): the object is who is said to have done it. */
export const ACCUSING_VERBS = wordSet(`accuse, accuses, accusing, accused, blame, blames, blaming, blamed, suspect,
  suspects, suspecting, suspected, implying, implied, suggesting, suggested, saying, said`);
/** Verbs that report someone else's label for a person ("called him a liar"). */
export const NAMING_VERBS = wordSet('call, calls, called, calling, branded, branding, labelled, labelling, dubbed');
/** Bodies named by what they are, identifiable with a definite determiner ("the out-of-hours provider", "that practice"). */
export const BODY_NOUNS =
  wordSet(`surgery, practice, pharmacy, chemist, hospital, trust, clinic, unit, ward, department,
  provider, agency, lab, laboratory, company, firm, supplier, contractor, board, service, chain, home, hospice,
  partnership, federation, council`);
/** Words shaped like agent nouns (-er, -or, -ent…) that name no one ("the other", "the letter", "the payment"). */
export const NOT_AGENTS = wordSet(`other, others, number, numbers, letter, letters, matter, order, orders, paper,
  papers, water, computer, computers, printer, weather, winter, summer, corner, answer, answers, content, comment,
  comments, statement, statements, moment, event, events, treatment, treatments, appointment, appointments, payment,
  payments, document, documents, figure, register, registers, error, errors, minor, major, favour, behaviour,
  colour, honour, rumour, power, tower, border, chapter, master, poster, sticker, counter, folder, filter, meter,
  centre, center, cancer, ulcer, fever, finger, liver, bladder, shoulder, disorder, transplant, implant, implants,
  argument, agreement, management, government, environment, equipment, settlement, assessment, investment, element,
  patient, patients`);
/** Capitalised words that are not people or organisations. */
export const NOT_A_NAME = wordSet(`monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february,
  march, april, may, june, july, august, september, october, november, december, christmas, easter, covid, god,
  britain, england, scotland, wales, ireland, uk, europe, english, british, today, yesterday, tomorrow, ok, okay, yes,
  no, google, instagram, facebook, twitter, tiktok, whatsapp, signal, bluesky, threads, linkedin, youtube,
  apparently, allegedly, honestly, seriously, sadly, fraud, drunk, heard, funny, makes, ask, why, is, just, i, i'm, i'll,
  i've, i'd`);
/** "Sarah in reception", "Karen on nights", "the registrar at Riverside", "the chemist opposite Tesco". */
export const PLACE_PREPOSITIONS = wordSet(`at, in, on, from, of, outside, inside, near, opposite, behind, beside`);
/** Prepositions that bring the doer of a named wrong ("fraud at Hillside", "negligence by the trust"). */
export const DOER_PREPOSITIONS = wordSet(`by, at, of, from, in, within`);
/** "you lot", "you people": the readers as a group. */
export const SECOND_PERSON_LOTS = wordSet(`lot, bunch, crowd, gang, people, guys, lads, folks`);
/** Words before a noun of wrongdoing that make it a topic, not an accusation ("how to spot fraud"). */
export const TOPIC_WORDS = wordSet(`spot, spotting, detect, detecting, prevent, preventing, tackle, tackling, combat,
  combating, combatting, report, reporting, investigate, investigating, avoid, avoiding, identify, identifying,
  recognise, recognising, recognize, recognizing, counter, countering, about, on, against, anti`);
/** Works that have a topic: "an article on falsified data", "a talk about bullying" name the subject, not a wrong. */
export const WORKS_ON =
  wordSet(`article, articles, talk, talks, paper, papers, lecture, session, study, studies, blog, piece,
  report, training, course, module, seminar, webinar, podcast, book, chapter, thread, workshop, presentation, guidance`);
/** Words before a label that make it name-calling ("a fraud", "you fraud"), which content.insult reports. */
export const LABEL_WORDS = wordSet(`a, an, such, what, you, utter, total, complete, absolute`);
/** Words that make a neutral subject of a named wrong ("it's fraud", "that's negligence"). */
export const NEUTRAL_SUBJECTS = wordSet(`it, it's, its, this, that's, thats, there, there's, what, what's`);
/** Pronouns too vague to pick out a person from the sentence before ("they", "them"). */
export const VAGUE_PRONOUNS = wordSet(`they, them`);
/**
 * What makes an innocent verb dishonest: money, figures, records or the truth. The records are those false
 * accounting is done to (Theft Act 1968 s.17: any account, record or document made or required for an
 * accounting purpose) and the ones of clinical and training work (rotas, logs, sign-offs, surveys, reviews);
 * an amount written as figures ("skimming 30%", "siphoned £20k") counts too.
 */
export const DISHONEST_OBJECTS = wordSet(`figures, numbers, books, accounts, records, record, notes, data, stats,
  statistics, results, claims, claim, list, lists, register, registers, payments, invoices, expenses, timesheets,
  timesheet, hours, qof, targets, money, cash, funds, funding, budget, petty, takings, prescriptions, audit, audits,
  returns, evidence, report, mistake, mistakes, error, errors, incident, incidents, death, deaths, truth, complaint,
  complaints, failings, harm, abuse, scores, achievement, referrals, waiting, it, things, profits, fees, bills,
  billing, mileage, logbook, portfolio, appraisal, signatures, signature, consent, charts, chart, certificates,
  certificate, qualifications, qualification, degree, references, cv, sick, fit, entries, entry, readings,
  observations, obs, coding, codes, consultations, consultation, visits, letters, scripts, fund, kitty, tips, drugs,
  morphine, meds, medication, stock, controlled, donations, collection, rota, rotas, log, logs, minutes, paperwork,
  documents, documentation, forms, files, receipts, ledger, ledgers, statements, survey, surveys, questionnaire,
  questionnaires, feedback, responses, answers, testimonials, testimonial, reviews, ratings, scoring, marks, grades,
  votes, bids, tender, quotes, competency, competencies, training, attendance, sessions, session, debt, debts, losses`);
/** Coordinators and clause punctuation: a negation before one of them does not reach past it ("no checks and lying"). */
export const NEGATION_ENDS = wordSet('and, but, or, then, plus');
/** Determiners that make a person noun someone in particular ("the man", "this woman"). */
export const DEFINITE_DETERMINERS = wordSet('the, this, that');
/** Person nouns that, made definite, point back at someone the draft is about ("The man's been drunk at work"). */
export const PERSON_NOUNS = wordSet('man, woman, guy, bloke, lady, chap, fella, fellow, gentleman, gent');
/** Words that make a claim for work a double claim ("double-billing"), an allegation in itself. */
export const DOUBLE_CLAIMS = wordSet('double, twice');
/** Who can be harmed: the object that makes a verb of harm an allegation ("harmed three patients"). */
export const VICTIMS = wordSet(`patient, patients, resident, residents, child, children, kids, baby, babies, people,
  person, woman, women, man, men, mother, mothers, mum, mums, elderly, pensioners, clients, service, users, trainee,
  trainees, staff, juniors, student, students, colleague, colleagues, nurses, receptionists, carers, someone`);
/** Words that may sit between a verb of harm and who was harmed ("killed three of his patients"). */
export const VICTIM_MODIFIERS = wordSet(`a, an, the, his, her, their, its, our, my, your, two, three, four, five, six,
  seven, eight, nine, ten, several, many, some, dozens, hundreds, of, more, another, vulnerable, elderly, old,
  young, frail, sick, disabled, innocent, poor, junior, female, male, newborn`);
/** People a verb of bullying or abuse is done to: with VICTIMS, and roles and names found by analysis. */
export const BULLYING_OBJECTS = wordSet(`him, her, them, me, us, you, everyone, everybody, anyone, team, nurses,
  receptionists, juniors, trainees, staff, colleagues, registrar, registrars, students, hcas, admin, reception`);
/** Work settings that make a state of intoxication an allegation about someone's practice. */
export const WORK_WORDS = wordSet(`work, working, clinic, clinics, surgery, surgeries, shift, shifts, duty, call, ward,
  wards, rounds, patients, patient, consulting, consultations, prescribing, prescriptions, scripts, theatre,
  operating, operates, operated, visits, visit, job, practice, locum, session, sessions, appointments, appointment,
  triage, ambulance, driving, drove, dispensing, dispensed, theatre, list`);
/** Substances that make "high on…" an allegation of intoxication. */
export const SUBSTANCES = wordSet(`drugs, coke, cocaine, weed, cannabis, pills, ketamine, ket, codeine, opioids,
  opiates, morphine, fentanyl, meth, gas, something, pethidine, diazepam, benzos, spice, mdma, ecstasy`);
/** Verbs of doing that a negation turns into work claimed but not done ("visits he never does"). */
export const DOING_WORDS = wordSet(`do, does, did, done, doing, happen, happens, happened, see, sees, saw, seen, exist,
  exists, existed, carry, carried, perform, performs, performed, deliver, delivers, delivered, attend, attends,
  attended, provide, provides, provided, take, took, taken, make, made, visit, visited, turn, turned, show, showed`);
/** Words that say those claimed for are not there to be seen ("patients who died", "left years ago"). */
export const ABSENT_WORDS =
  wordSet(`died, dead, deceased, left, moved, emigrated, ghost, ghosts, nonexistent, fictional,
  imaginary, fake, leave, holiday, holidays, abroad`);
/** Words after "lying" that show a posture ("lying down", "lying and standing BP"). */
export const LYING_POSTURES = wordSet(`standing, sitting, bp, blood, supine, position, on, in, down, there, here, flat,
  awake, around, still, low, face, back, beside, next, under, at, across, against, asleep, prone, quietly, and`);
/** Words after an accusing word that show an innocent sense ("criminal record check", "scam texts"). */
export const INNOCENT_NEXT: Readonly<Record<string, ReadonlySet<string>>> = {
  lying: LYING_POSTURES,
  criminal: wordSet(`record, records, justice, offence, offences, law, lawyer, lawyers, defence, courts, court,
    injuries, injury, investigation, proceedings, damage, age, responsibility, liability, gangs, gang`),
  criminals: wordSet('target, are, who'),
  scam: wordSet(`text, texts, call, calls, email, emails, alert, alerts, warning, warnings, messages, message, websites,
    website, sites, links, link`),
  corrupt: wordSet('file, files, data, download, pdf, disk, drive, image, database'),
  drunk: wordSet('driver, drivers, driving, patient, patients, man, woman, people, customer, customers'),
  thieves: wordSet('target, targeting, broke, stole'),
  pissed: wordSet('off, at, with, about'),
  high: wordSet(`risk, blood, bp, demand, alert, street, school, court, dose, doses, level, levels, five, fived, spirited,
    up, flying, energy, hopes, spirits, praise, quality, standard, standards, expectations, hopes, vis, viz`),
};
/** Titles that name a person even when typed in lower case ("dr jones"). */
export const TITLES = wordSet('dr, mr, mrs, ms, prof, cllr');
/**
 * What an insinuation is about when it hints at wrongdoing (Fraud Act 2006 s.4, abuse of position;
 * Bribery Act 2010; GMC 'Good medical practice' 2024 on conflicts of interest): awards won in
 * competition, money, and figures. "Funny how the printer always jams" hints at nothing damaging.
 */
export const AWARDS =
  wordSet(`contract, contracts, tender, tenders, deal, deals, award, awards, grant, grants, job, jobs,
  promotion, promotions, post, posts, shares, business, referrals`);
export const MONEY = wordSet(`money, cash, funding, funds, budget, payments, payment, bonus, bonuses, claims, profits,
  profit, income, payout, fees, expenses, arrs, pot, millions, thousands, grand, car, porsche, house, holidays,
  extension`);
export const FIGURES = wordSet('figures, numbers, qof, stats, results, targets, target, list, scores, achievement');
/** A gain, a loss or a growth: suspicious for a person, for a body only over an award it won. */
export const GAIN_WORDS = wordSet(`get, gets, got, getting, win, wins, won, winning, awarded, land, lands, landed, bag,
  bags, bagged, secure, secures, secured, handed, given, growing, grows, grew, rising, rose, doubled, tripled, soared,
  afford, affords, bought, buys, lose, loses, lost, hit, hits`);
/** Money gone with no account of it ("where the money went"): suspicious for anyone. */
export const VANISH_WORDS =
  wordSet(`went, goes, gone, disappeared, disappears, vanished, vanishes, missing, unaccounted,
  pocketed, pockets, ended`);
/** Ties that make a gain a conflict of interest ("his wife sits on the board"). */
export const TIES = wordSet(`wife, husband, brother, sister, son, daughter, cousin, mate, mates, friend, friends, pal,
  pals, golf, related, married, shareholder, shareholders, director, directors, owns, owner, family, relative,
  relatives, girlfriend, boyfriend`);
/** Conjunctions that, just before a state, keep the clause's subject ("prescribing while drunk"). */
export const SHARED_SUBJECT = wordSet('while, whilst, when');
/** Prepositions that make the people after them an object, not a subject ("operates on patients drunk"). */
export const OBJECT_PREPOSITIONS = wordSet('on, to, with, for, at, by, from, about, towards, against');
/** Words before a participle that make it passive ("was bullied", "got harassed"). */
export const PASSIVE_AUXILIARIES = wordSet(`was, were, been, being, be, is, are, am, got, get, gets, getting, i'm, im,
  i've, ive, he's, she's, they're`);
/** Answers that refute a question just asked ("Negligent? No."). */
export const ANSWERS_NO = wordSet('no, nope, not, nah, wrong, never');
/** Participles that, after "was" or "were", make the subject the one wronged ("the drugs were stolen"). */
export const PASSIVE_PARTICIPLES =
  wordSet(`stolen, defrauded, misled, bribed, fleeced, scammed, conned, cheated, deceived,
  overcharged, ripped, harmed, killed, injured, neglected, endangered, poisoned, assaulted, abused, mistreated`);
/** Words after an act that turn it on the doer ("misdiagnosed his own hay fever"). */
export const REFLEXIVE_OWNERS = wordSet('his, her, their, my, our, your');
/** Words that join clauses: money named before one is not what went in the next. */
export const CLAUSE_LINKS = wordSet('and, but, or, so, while, whilst, because');
/** Short forms of roles that, after "our" or "the", point at one person ("our PM", "the ANP"). */
export const ROLE_ABBREVIATIONS = wordSet('pm, anp, hca, pa, ceo, cfo, cd, md, gpn, ppm, coo, fd');

/**
 * What a body decided rather than what anyone did: a sentence whose subject is one of these ("the ICB's plan
 * is a mistake") judges a decision, which is honest opinion on a matter of public interest (Defamation Act
 * 2013, s.3 and s.4), not an allegation of wrongdoing.
 */
export const DECISION_NOUNS = wordSet(`plan, plans, decision, decisions, policy, policies, proposal, proposals, scheme,
  strategy, idea, changes, merger, reorganisation, restructure, consultation, contract, rota, system, process, rules`);
/** Verbs that end a sentence's subject ("…plan is", "…decision was", "…changes will"). */
export const SUBJECT_ENDS = wordSet(`is, was, are, were, will, would, has, have, seems, looks, sounds, feels`);

/**
 * Words that back the message a draft replies to ("Yep, true", "Can confirm", "Ian's right"): agreeing with
 * an allegation repeats it, and the repetition rule (Lewis v Daily Telegraph [1964]; Stern v Piper [1997])
 * treats repeating it as publishing it again.
 */
export const ENDORSERS = wordSet(`yes, yep, yeah, yup, exactly, agreed, agree, true, correct, confirmed, confirm, right,
  facts, indeed, absolutely, seconded`);
/** Words after which "right" backs someone ("Ian's right", "you're right") rather than opening a sentence. */
export const RIGHT_AFTER = wordSet(
  `is, are, was, 's, you're, youre, he's, she's, they're, theyre, absolutely, so, quite`,
);
/** A one-word reply that points at the message above ("This.", "👆 this"). */
export const POINTERS = wordSet('this, same');

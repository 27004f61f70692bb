import { wordSet } from '../text/lexicon.js';

/**
 * Descriptions that point at one person without naming them: a role a place has one of ("the landlord
 * of the Red Lion", "our local MP", "the head of St Aidan's primary"), someone known for an event ("the
 * lad from the crash on the A614", "the girl who won X Factor Junior", "the oldest man in Wensleydale"),
 * and news a reply is written under. Read by analysis/singling-out.ts.
 *
 * Sources: ICO, "Anonymisation: managing data protection risk" code of practice (2012) and its 2021-22
 * draft guidance (the "motivated intruder": local knowledge, press reports and unique roles as routes to
 * re-identification); GMC, "Confidentiality: good practice in handling patient information" (2017),
 * on information that identifies a patient when combined with what others already know; the role words
 * from the ONS Standard Occupational Classification 2020 and common UK usage.
 */
export const SINGLING_SOURCE =
  'ICO Anonymisation code of practice (motivated intruder); GMC Confidentiality (2017); ONS SOC 2020; common UK usage';

/** Roles that, tied to one place, name the person: there is one landlord of a pub, one head of a school. */
export const PLACE_ROLES: ReadonlySet<string> = wordSet(`
  landlord, landlady, publican, manager, head, headteacher, headmaster, headmistress, owner, keeper, goalkeeper,
  captain, coxswain, cox, ferryman, postmaster, postmistress, vicar, rector, curate, priest, imam, rabbi, minister,
  mp, mayor, councillor, consultant, chef, coach, chairman, chairwoman, chair, caretaker, butcher, baker, publican,
  rower, striker, skipper, warden, matron, lollipop lady, lollipop man, reception manager, practice manager,
  head of year, deputy head, chief executive, boss, founder, proprietor, harbourmaster, lock keeper, stationmaster,
  gamekeeper, groundsman, organist, choirmaster, scout leader, presenter, dj, player, number
`);

/** Roles that a village or town has one of even unnamed: "the ferryman", "the lifeboat coxswain". */
export const ONE_A_PLACE_ROLES: ReadonlySet<string> = wordSet(`
  ferryman, coxswain, lifeboat coxswain, harbourmaster, lock keeper, stationmaster, lollipop lady, lollipop man,
  village postmaster, village postmistress, postmistress, postmaster, publican, vicar, rector, local mp, mayor,
  head teacher, headteacher, headmaster, headmistress
`);

/** Words before a role that make it the only one: "our local MP", "our town's Olympic rower", "the only GP". */
export const LOCAL_OWNERS: ReadonlySet<string> = wordSet(`
  our local, our town's, our village's, the town's, the village's, the island's, the only, our only, the local,
  the club's, our club's, the school's, my only
`);

/** Places a community has one of, so "the manager at the care home" is one person. */
export const LOCAL_PLACES: ReadonlySet<string> = wordSet(`
  post office, care home, nursing home, pub, chippy, chip shop, school, primary, academy, hospice, hospital,
  church, chapel, mosque, temple, gurdwara, club, co op, corner shop, garage, pharmacy, library, leisure centre,
  lifeboat, island, village, town, team, football club, rugby club, cricket club, high street, village shop,
  surgery, fire station, police station, station, nursery, bakery, butchers, farm, estate
`);

/** Events the local news carries: "the lad from the crash", "the lady from the fire at…". */
export const NEWS_EVENTS: ReadonlySet<string> = wordSet(`
  crash, car crash, collision, pile-up, accident, fire, blaze, explosion, stabbing, shooting, attack, dog attack,
  assault, flood, floods, rescue, fall, drowning, robbery, incident, skydive, fundraiser
`);

/** People as a description opens with them: "the lad from…", "the 3yo who…", "the family who…". */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet(`
  man, woman, lady, gentleman, gent, chap, bloke, guy, fella, lad, lass, boy, girl, kid, child, baby, toddler,
  teenager, teen, twins, triplets, family, couple, mum, dad, mother, father, son, daughter, pensioner, student,
  cyclist, motorcyclist, driver, pedestrian, walker, runner, climber, swimmer, one, yo, year old, yr old, bride,
  groom, widow, widower, passenger, resident, neighbour, tenant, customer, shopper, spectator, fan, volunteer,
  victim, survivor, patient
`);

/** What someone is known for: "who won Love Island", "who was on Mastermind", "who did the skydive". */
export const FAME_VERBS: ReadonlySet<string> = wordSet(`
  won, was on, were on, appeared on, appeared in, starred in, did the, fell off, fell from, jumped, swam, climbed,
  rowed, ran the, set the record, broke the record, was in the papers, was in the news, made the news, was rescued,
  went viral, is famous, plays for, played for
`);

/** The oldest, youngest, first: superlatives that leave one person. */
export const SUPERLATIVES: ReadonlySet<string> = wordSet(
  'oldest, youngest, tallest, first, last, only, longest-serving, longest serving',
);

/** Thread authors and wording that mark a news report ("Wolds Gazette", "YorksPostNews", "BBC Look North"). */
export const NEWS_OUTLETS: ReadonlySet<string> = wordSet(`
  news, gazette, herald, echo, post, courier, times, mail, chronicle, telegraph, argus, express, observer,
  standard, mercury, journal, advertiser, bbc, itv, sky, press, live, reporter, examiner, evening, guardian
`);

/** Words by which a clinician claims the person in a news report as a patient: "he's one of ours", "I'm his GP". */
export const CLAIMS_AS_PATIENT: ReadonlySet<string> = wordSet(`
  one of ours, one of mine, our patient, my patient, his gp, her gp, their gp, registered with us, in clinic,
  told me, saw him, saw her, seen him, seen her, looked after, i treated, we treated, came in, been in
`);

/**
 * Injuries and operations as the news and a clinician's post describe them: the health detail of
 * someone known for an event ("broken femur", "burns to both hands", "heart surgery").
 * Source: NHS Health A to Z (nhs.uk/conditions), injuries and operations; common UK usage.
 */
export const INJURIES: ReadonlySet<string> = wordSet(`
  broken, broke, fracture, fractures, fractured, burns, burnt, bleed, bleeding, stitches, head injury, injuries,
  injury, concussion, dislocated, sprain, sprained, torn, heart surgery, operation, surgery on, amputation,
  ventilator, coma, intensive care, icu, critical condition
`);

/**
 * Health and care workers. Described by their job ("our local pharmacist", "the MND nurse", "the vet at
 * Greenbank"), they stand beside health words as part of their work; only health in the same sentence
 * that is not their job's own subject is theirs. Source: ONS SOC 2020 minor groups 221-223 (health
 * professionals), 321 (health associate professionals) and 614 (caring personal services); NHS Careers
 * (healthcareers.nhs.uk) role titles; RCVS for veterinary surgeons.
 */
export const CARE_WORKERS: ReadonlySet<string> = wordSet(`
  nurse, midwife, health visitor, gp, doctor, consultant, registrar, surgeon, physician, pharmacist, dentist,
  optician, optometrist, physio, physiotherapist, paramedic, hca, healthcare assistant, vet, chaplain, carer,
  therapist, psychiatrist, psychologist, radiographer, podiatrist, dietitian, counsellor, matron, anaesthetist,
  paediatrician, gynaecologist, oncologist, cardiologist, dermatologist, phlebotomist, sonographer
`);

/**
 * Words of the calendar, which follow "on" or "at" but are no place: "the district nurse on Weds".
 * Source: common UK usage and abbreviations of days and months.
 */
export const NOT_PLACES: ReadonlySet<string> = wordSet(`
  monday, tuesday, wednesday, thursday, friday, saturday, sunday, mon, tue, tues, wed, weds, thu, thur, thurs, fri,
  sat, sun, january, february, march, april, may, june, july, august, september, october, november, december, jan,
  feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, christmas, easter, bank holiday
`);

/**
 * Capitalised words that name no place, business or event, so they tie no description to one
 * ("the lady who I saw", "the man who rang NHS 111", "the boy who saw Dr Shah"): the pronoun, titles,
 * the health service and its initials. Source: common UK usage; NHS Data Dictionary organisation types.
 */
export const NOT_ANCHORS: ReadonlySet<string> = wordSet(`
  i, i'm, i've, i'd, i'll, dr, mr, mrs, ms, miss, mx, prof, nhs, gp, gps, ae, a, covid, ok, uk, tv, oh, omg, lol,
  facebook, instagram, insta, google, tiktok, twitter, x, whatsapp, youtube, linkedin, zoom, teams, reddit
`);

/**
 * Words after a condition or a test that make it a service, a campaign or a piece of kit rather than
 * anyone's health: "the flu clinic", "flu spray", "blood pressure checks", "a BP machine", "the MND nurse
 * team", "infection control". Source: NHS England campaign and service names; common UK usage.
 */
export const SERVICE_WORDS: ReadonlySet<string> = wordSet(`
  clinic, clinics, jab, jabs, vaccine, vaccines, spray, campaign, season, awareness, fair, day, week, checks,
  machine, machines, monitor, monitors, team, teams, nurse, nurses, service, services, control, programme,
  pathway, leaflet, leaflets, stations, trainers
`);

/**
 * Health words that name medicine as a field or medicines in general ("British medicine", "kosher
 * medicines"): nobody's health on their own. Source: common English usage (Oxford English Dictionary,
 * "medicine" n., sense 1: the science and art of healing).
 */
export const GENERAL_HEALTH_WORDS: ReadonlySet<string> = wordSet('medicine, medicines, medication, medications');

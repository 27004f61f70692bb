import { wordSet } from '../text/lexicon.js';

/**
 * What the words around a name say about whose name it is, when it is not a patient's: the author of
 * a book or an article, someone quoted, a public figure owning a statement or a programme, a shop or a
 * hotel named after someone, a colleague off sick in a request for cover, the author's own children,
 * a person remembered in a message of sympathy. Read by analysis/identifiers.ts; the reading is by
 * position (a word before or after the name), the lists only say which words can stand there.
 *
 * Sources: the role and work words from the ONS Standard Occupational Classification 2020 (group 34,
 * culture, media and sports occupations; group 24, business and public service professionals) and
 * common UK usage; business and building words from common UK usage (Royal Mail PAF organisation
 * names); staffing words from NHS Employers, "Rostering good practice guidance" (2022); words of
 * sympathy from common UK usage (Dying Matters / Marie Curie guidance on writing condolence messages).
 */
export const NAME_CONTEXT_SOURCE =
  'ONS SOC 2020 (groups 24, 34); Royal Mail PAF organisation names; NHS Employers rostering guidance (2022); Marie Curie condolence guidance; common UK usage';

/**
 * Works a person makes or presents: "Michael Mosley's documentary", "a book by…". Words that are also
 * care ("video" consultation, sleep "study", exercise "programme", "photos" of a rash) are left out.
 */
export const WORK_NOUNS: ReadonlySet<string> = wordSet(`
  book, books, article, articles, paper, papers, piece, essay, novel, memoir, biography, autobiography, poem, poems,
  column, blog, podcast, podcasts, thread, tweet, tweets, documentary, documentaries, film, films, series,
  talk, lecture, speech, painting, paintings, mural, portrait, sculpture, song, songs, album, music, exhibition,
  artwork, work, campaign, research, editorial, opinion piece, op-ed, newsletter, website, vlog, channel, quote,
  legacy, career
`);

/** Words before "by" that make the name after it an author or maker: "written by", "painted by". */
export const CREATION_WORDS: ReadonlySet<string> = wordSet(`
  written, painted, drawn, illustrated, photographed, directed, presented, narrated, hosted, authored, edited,
  produced, composed, designed, created, sculpted, penned, published, performed, read, sung, quoted, coined
`);

/** Businesses and buildings named after a person: "Mrs Pearce's sweet shop", "Patel's pharmacy", "the Marsh Hotel". */
export const BUSINESS_NOUNS: ReadonlySet<string> = wordSet(`
  shop, sweet shop, corner shop, cafe, café, bakery, bakers, butchers, butcher's, chippy, chip shop, takeaway,
  restaurant, pub, bar, salon, barbers, garage, stall, farm, hotel, inn, newsagents, newsagent's, store, stores,
  market, mill, yard, works, dairy, nursery, gym, studio, gallery
`);

/**
 * Words that end a run of capitals as a named place, outlet or occasion, not a person: "the Marsh Hotel",
 * "Sky News", "Guy Fawkes night".
 */
export const PLACE_NAME_WORDS: ReadonlySet<string> = wordSet(`
  hotel, inn, arms, tavern, news, museum, gallery, theatre, cinema, stadium, arena, airport, library, bridge, mill,
  flats, tower, towers, building, campus, estate, quay, wharf, cathedral, abbey, chapel, mosque, temple, gurdwara,
  synagogue, academy, radio, tv, television, gazette, herald, echo, times, post, chronicle, telegraph, guardian,
  observer, mirror, express, mail, standard, journal, magazine, night, eve
`);

/** Words before a name that make it a place: "St Mary's", "Saint Thomas'". */
export const PLACE_PREFIXES: ReadonlySet<string> = wordSet('st, saint, ste, fort, port, mount, lake, loch, glen');

/** A request for cover or a rota change: a colleague named off sick in it is staff, not a patient. */
export const STAFFING_CUES: ReadonlySet<string> = wordSet(`
  rota, rotas, cover, covering, shift, shifts, locum, locums, on call, on-call, swap, session, sessions, annual leave,
  sick leave, off sick, off work, call in sick, called in sick, staff sickness, short staffed, short-staffed
`);

/** The author's own children or household, spoken of as such: "the kids", "the children" to a co-parent. */
export const HOUSEHOLD_CUES: ReadonlySet<string> = wordSet(`
  the kids, the children, the boys, the girls, the little ones, the baby, my kids, my children, our kids,
  our children, my son, my daughter, our son, our daughter, my boy, my girl, our boy, our girl, school run
`);

/** Words of sympathy: a death or illness named in them is spoken of to the family, not disclosed. */
export const CONDOLENCE_CUES: ReadonlySet<string> = wordSet(`
  sorry to hear, so sorry to hear, sad to hear, saddened to hear, condolences, our sympathy, deepest sympathy,
  sympathies, thinking of you, thinking of her, thinking of him, rest in peace, rip, in memory of, remembering,
  funeral, tribute, tributes
`);

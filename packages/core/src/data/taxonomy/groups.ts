import { defineLexicon, type LexiconEntry, terms } from '../../text/lexicon.js';

/**
 * Groups of people a draft can aim hostility at, as the meaning layer's targets.
 *
 * The first tag is the kind of group:
 *   the nine protected characteristics of the Equality Act 2010 s.4: age, disability,
 *   gender-reassignment, marriage, pregnancy, race, religion, sex, sexual-orientation (race covers
 *   colour, nationality and ethnic or national origins, s.9, so nationalities and migrants are tagged
 *   race);
 *   political: parties, their supporters and political camps (not protected by the Act, but violence
 *   urged against them is incitement: Public Order Act 1986, Serious Crime Act 2007 s.44);
 *   protesters: people demonstrating (the same);
 *   social: other groups (professions, managers, trolls): name-calling aimed at them is an insult, not
 *   discrimination (the HateCheck authors' "non-protected targets", Röttger et al. 2021).
 * The second tag is the form:
 *   plural: names a group alone ("Muslims", "immigrants", "the elderly");
 *   adj: names a group only before a person noun ("Muslim doctors", "gay men", "older patients") or as
 *     "the X" ("the disabled");
 *   singular: one member, standing for the group in generalisations ("a woman", "every Muslim").
 * Group words are neutral: "women", "Muslims" and "older people" fill kind and clinical drafts, and a
 * rule needs a hostile act bound to them before anything is said.
 */

const EA = 'Equality Act 2010 s.4 and ss.5-12 (protected characteristics)';
const EA_RACE = 'Equality Act 2010 s.9 (race includes colour, nationality and ethnic or national origins)';
const ONS = 'ONS census 2021 ethnic group, religion and national identity classifications';
const CPS =
  'Crown Prosecution Service, hate crime guidance (race, religion, disability, sexual orientation, transgender identity)';
const POA = 'Public Order Act 1986 and Serious Crime Act 2007 s.44 (incitement, whoever it is aimed at)';
const HC = 'Röttger et al. 2021, HateCheck: protected versus non-protected targets (definitions only)';

const entries: LexiconEntry[] = [
  // Religion or belief.
  ...terms(
    `muslims, moslems, muzzies, jews, jewry, christians, catholics, protestants, hindus, sikhs, buddhists, atheists,
     mormons, jehovah's witnesses, evangelicals, papists, mussulmen, islamists`,
    ['religion', 'plural'],
    EA,
    'Followers of a religion or belief.',
  ),
  ...terms(
    `muslim, moslem, islamic, jewish, christian, catholic, protestant, hindu, sikh, buddhist, atheist, mormon,
     evangelical, orthodox jewish, hasidic`,
    ['religion', 'adj'],
    EA,
    'A religion before a person noun.',
  ),
  ...terms(
    `a muslim, a jew, a christian, a catholic, a hindu, a sikh, an atheist`,
    ['religion', 'singular'],
    EA,
    'One member of a faith, standing for all in a generalisation.',
  ),

  // Race, colour, ethnic and national origin; migration.
  ...terms(
    `blacks, whites, asians, africans, arabs, pakistanis, indians, bangladeshis, chinese, nigerians, somalis,
     romanians, bulgarians, poles, eastern europeans, albanians, afghans, syrians, iraqis, iranians, turks, kurds,
     eritreans, sudanese, jamaicans, caribbeans, latinos, hispanics, mexicans, filipinos, vietnamese, koreans,
     japanese, russians, ukrainians, irish, scots, welsh, english, americans, french, germans, italians, spanish,
     portuguese, lithuanians, latvians, slovaks, czechs, hungarians, greeks, israelis, palestinians, egyptians,
     moroccans, algerians, libyans, ethiopians, kenyans, ghanaians, zimbabweans, south africans, brazilians,
     colombians, gypsies, gipsies, roma, romani, travellers, irish travellers, aborigines, natives, westerners,
     orientals, ethnics, people of colour, foreigners, foreign nationals, non-whites, ethnic minorities`,
    ['race', 'plural'],
    EA_RACE,
    'A group by colour, ethnic or national origin, or nationality.',
  ),
  ...terms(
    `black, white, asian, african, arab, pakistani, indian, bangladeshi, nigerian, somali, romanian, bulgarian,
     polish, eastern european, albanian, afghan, syrian, iraqi, iranian, turkish, kurdish, eritrean, jamaican,
     caribbean, latino, hispanic, mexican, filipino, russian, ukrainian, lithuanian, israeli, palestinian, egyptian,
     moroccan, ethiopian, kenyan, ghanaian, zimbabwean, brazilian, gypsy, romany, traveller, aboriginal, foreign,
     overseas, international, non white, mixed race, biracial, brown, ethnic, immigrant, migrant, refugee,
     asylum seeking, chinese, irish, scottish, welsh, english, french, german, italian, spanish, portuguese, greek`,
    ['race', 'adj'],
    EA_RACE,
    'Colour, ethnicity or nationality before a person noun.',
  ),
  ...terms(
    `immigrants, migrants, refugees, asylum seekers, illegal immigrants, illegals, economic migrants, boat people,
     small boat arrivals, new arrivals, arrivals, newcomers, incomers, imgs, international medical graduates, overseas doctors,
     foreign doctors, overseas nurses, international recruits`,
    ['race', 'plural'],
    EA_RACE,
    'People by migration or national origin: a proxy for nationality and race in hostile speech (CPS hate crime guidance).',
  ),
  ...terms(
    `an immigrant, a migrant, a refugee, an asylum seeker, a foreigner, a black, a paki, an arab, an asian, an img`,
    ['race', 'singular'],
    EA_RACE,
    'One person by origin, standing for all in a generalisation.',
  ),

  // Sex.
  ...terms(
    `women, females, ladies, girls, wives, mothers, mums, feminists, men, males, blokes`,
    ['sex', 'plural'],
    EA,
    'People of one sex.',
  ),
  ...terms(
    `female, male, women, woman, lady`,
    ['sex', 'adj'],
    EA,
    'Sex before a person noun ("female surgeons", "women doctors").',
  ),
  ...terms(
    `a woman, a female, a girl, a man, a bloke`,
    ['sex', 'singular'],
    EA,
    'One person by sex, standing for all in a generalisation.',
  ),

  // Sexual orientation.
  ...terms(
    `gays, gay people, lesbians, homosexuals, bisexuals, queers, the gays, lgbt, lgbtq, lgbtq people, lgbt people,
     gay men, gay women`,
    ['sexual-orientation', 'plural'],
    EA,
    'People by sexual orientation.',
  ),
  ...terms(
    `gay, lesbian, bisexual, bi, queer, homosexual, lgbt, lgbtq`,
    ['sexual-orientation', 'adj'],
    EA,
    'Orientation before a person noun.',
  ),
  ...terms(
    `a gay, a lesbian, a homosexual`,
    ['sexual-orientation', 'singular'],
    EA,
    'One person by orientation, standing for all.',
  ),

  // Gender reassignment.
  ...terms(
    `trans people, transgender people, transgenders, trans women, trans men, transwomen, transmen, transsexuals,
     non binary people, enbies, the trans community, trans folk, trans kids`,
    ['gender-reassignment', 'plural'],
    EA,
    'People by gender identity (the Act protects gender reassignment, s.7).',
  ),
  ...terms(
    `trans, transgender, transsexual, non binary, nonbinary, gender fluid, genderqueer`,
    ['gender-reassignment', 'adj'],
    EA,
    'Gender identity before a person noun.',
  ),
  ...terms(
    `a trans woman, a trans man, a transwoman, a tranny`,
    ['gender-reassignment', 'singular'],
    EA,
    'One person by gender identity.',
  ),

  // Disability.
  ...terms(
    `disabled people, the disabled, disabled, cripples, wheelchair users, the handicapped, handicapped people,
     autistics, autistic people, the mentally ill, mentally ill people, people with learning disabilities, in a wheelchair, in wheelchairs, on crutches,
     deaf people, the deaf, blind people, the blind, people with down's syndrome, schizophrenics, downies`,
    ['disability', 'plural'],
    EA,
    'People by disability (s.6), including mental illness and neurodivergence.',
  ),
  ...terms(
    `disabled, autistic, handicapped, deaf, blind, mentally ill, neurodivergent, dyslexic, adhd, wheelchair bound`,
    ['disability', 'adj'],
    EA,
    'A disability before a person noun.',
  ),
  ...terms(`a disabled person, a cripple, an autistic`, ['disability', 'singular'], EA, 'One person by disability.'),

  // Age.
  ...terms(
    `old people, older people, the elderly, elderly people, pensioners, oaps, boomers, baby boomers, millennials,
     gen z, zoomers, young people, the young, teenagers, old codgers, oldies, over 60s, over 50s, over 70s`,
    ['age', 'plural'],
    EA,
    'People by age group.',
  ),
  ...terms(
    `old, older, elderly, aged, young, younger, middle aged, geriatric`,
    ['age', 'adj'],
    EA,
    'Age before a person noun.',
  ),

  // Pregnancy and maternity; marriage.
  ...terms(
    `pregnant women, expectant mothers, new mothers, new mums, breastfeeding mothers, mums to be`,
    ['pregnancy', 'plural'],
    EA,
    'People by pregnancy or maternity (s.18).',
  ),
  ...terms(
    `pregnant, expectant, breastfeeding, nursing`,
    ['pregnancy', 'adj'],
    EA,
    'Pregnancy or maternity before a person noun.',
  ),
  ...terms(
    `married women, married men, single mothers, single mums, civil partners`,
    ['marriage', 'plural'],
    EA,
    'People by marital or civil-partnership status.',
  ),

  // Political camps and protesters (not protected; incitement against them is still a crime).
  ...terms(
    `tories, conservatives, labour voters, labour supporters, lefties, leftists, liberals, libs, socialists,
     communists, marxists, remainers, remoaners, leavers, brexiteers, reform voters, ukip voters, greens,
     snp supporters, unionists, republicans, democrats, trump supporters, maga, fascists, antifa, the left,
     the right, right wingers, left wingers, nationalists, zionists, globalists, wokerati, the woke`,
    ['political', 'plural'],
    POA,
    'A political party, its supporters or a political camp.',
  ),
  ...terms(
    `tory, conservative, labour, reform, ukip, lib dem, libdem, green, snp, plaid, sinn fein, dup, brexit, remain,
     leave, trump, maga, woke, leftie, lefty, leftist, right wing, left wing, zionist, globalist`,
    ['political', 'adj'],
    POA,
    'A party or a camp before a person noun ("Tory voters", "Labour councillors", "woke doctors"); parties from the UK Parliament list.',
  ),
  ...terms(
    `protesters, protestors, demonstrators, marchers, activists, climate activists, eco protesters, strikers,
     picketers, pickets, striking doctors, striking nurses, counter protesters, rioters`,
    ['protesters', 'plural'],
    POA,
    'People demonstrating or on strike.',
  ),

  // Other groups (name-calling aimed at them is an insult, not discrimination).
  ...terms(
    `managers, politicians, ministers, mps, bureaucrats, pen pushers, civil servants, lawyers, solicitors,
     journalists, hacks, cyclists, drivers, landlords, bankers, influencers, celebrities, footballers, fans,
     referees, trolls, anti vaxxers, antivaxxers, anti vaxers, conspiracy theorists, flat earthers, vegans,
     commissioners, executives, directors, consultants, surgeons, physicians associates, physician associates,
     pas, nurse practitioners, pharmacists, paramedics, receptionists, locums, partners, registrars, trainees,
     juniors, junior doctors, gps, doctors, nurses, medics, students, radiologists, dermatologists, orthopods,
     psychiatrists, anaesthetists, the public, punters, tourists, neighbours, commuters, hipsters, gamers`,
    ['social', 'plural'],
    HC,
    'A group by job, role, pastime or opinion: hostility to it is an insult at most.',
  ),
];

export const GROUPS = defineLexicon({
  id: 'group',
  description: 'Groups of people by protected characteristic, politics, protest or role (targets of hostility).',
  entries,
});

/** Places that stand for the people who use them: an attack on one is an attack on the group. */
export const GROUP_PLACES = defineLexicon({
  id: 'group-place',
  description: 'Places of worship and other places of a group.',
  entries: [
    ...terms(
      `mosque, mosques, masjid, islamic centre, islamic centres, madrassa, madrasa, muslim school`,
      ['religion'],
      CPS,
      'A Muslim place of worship or learning.',
    ),
    ...terms(
      `synagogue, synagogues, shul, jewish school, jewish schools, kosher shop, jewish community centre`,
      ['religion'],
      CPS,
      'A Jewish place of worship or community.',
    ),
    ...terms(
      `church, churches, chapel, cathedral, catholic school`,
      ['religion'],
      CPS,
      'A Christian place of worship.',
    ),
    ...terms(
      `temple, temples, mandir, gurdwara, gurdwaras, hindu temple, sikh temple`,
      ['religion'],
      CPS,
      'A Hindu, Sikh or Buddhist place of worship.',
    ),
    ...terms(
      `asylum hotel, asylum hotels, migrant hotel, migrant hotels, refugee centre, refugee centres, refugee camp,
       detention centre, hostel, asylum seekers hotel`,
      ['race'],
      CPS,
      'Where asylum seekers or migrants are housed.',
    ),
    ...terms(
      `gender clinic, gender clinics, gender identity clinic, gender identity clinics, gic, trans support group`,
      ['gender-reassignment'],
      CPS,
      'Where trans people are seen or meet.',
    ),
    ...terms(
      `disability centre, day centre for disabled, special school, special schools, care home for disabled`,
      ['disability'],
      CPS,
      'Where disabled people are cared for or taught.',
    ),
    ...terms(
      `gay bar, gay bars, gay club, pride march, pride parade, pride event`,
      ['sexual-orientation'],
      CPS,
      'A place or event of gay people.',
    ),
    ...terms(
      `picket line, picket lines, protest camp, demo, march, rally`,
      ['protesters'],
      POA,
      'Where protesters gather.',
    ),
    ...terms(
      `party office, constituency office, campaign office`,
      ['political'],
      POA,
      "A party's or a politician's office.",
    ),
  ],
});

/**
 * Countries and regions people come from, as the place someone is told to "go back to" ("go back to
 * India", "send them home to Poland"): there they name a national origin, so the act is aimed at the
 * group from it (Equality Act 2010 s.9). Elsewhere a country is only a place and targets no one.
 * Source: ISO 3166-1 short names in British English (CLDR), with the common everyday names.
 */
export const ORIGIN_COUNTRIES = defineLexicon({
  id: 'origin-country',
  description: 'Countries and regions of origin.',
  entries: terms(
    `afghanistan, africa, albania, algeria, america, andorra, angola, argentina, armenia, asia, australia,
  austria, azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
  bolivia, botswana, brazil, britain, brunei, bulgaria, burkina faso, burma, burundi, cambodia, cameroon,
  canada, cape verde, central african republic, chad, chile, china, colombia, comoros, congo,
  congo brazzaville, congo kinshasa, costa rica, croatia, cuba, cyprus, czech republic, czechia, côte d’ivoire,
  denmark, djibouti, dominica, dominican republic, eastern europe, ecuador, egypt, el salvador, england,
  equatorial guinea, eritrea, estonia, eswatini, ethiopia, europe, fiji, finland, france, gabon, gambia, gaza,
  georgia, germany, ghana, great britain, greece, grenada, guatemala, guinea, guinea-bissau, guyana, haiti,
  holland, honduras, hong kong, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy,
  ivory coast, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia,
  lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia,
  maldives, mali, malta, mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro,
  morocco, mozambique, myanmar burma, namibia, nauru, nepal, netherlands, new zealand, nicaragua, niger,
  nigeria, north korea, north macedonia, northern ireland, norway, oman, pakistan, palau, palestine, panama,
  papua new guinea, paraguay, peru, philippines, poland, portugal, qatar, romania, russia, rwanda, samoa,
  san marino, saudi arabia, scotland, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia,
  somalia, south africa, south korea, south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland,
  syria, taiwan, tajikistan, tanzania, thailand, the caribbean, the congo, the middle east, the netherlands,
  the philippines, the uk, the us, the usa, timor-leste, togo, tonga, tunisia, turkey, turkmenistan, tuvalu,
  türkiye, uganda, ukraine, united arab emirates, united kingdom, united states, uruguay, usa, uzbekistan,
  vanuatu, vatican city, venezuela, vietnam, wales, yemen, zambia, zimbabwe`,
    ['race', 'country'],
    'ISO 3166-1 (CLDR British English names)',
    'A country or region someone may come from.',
  ),
});

/**
 * Conditions that make someone disabled under the Equality Act 2010 (s.6; Sch.1 para 6 deems cancer, HIV
 * infection and multiple sclerosis disabilities from diagnosis), as named in the Office for Disability
 * Issues' statutory guidance on the definition of disability (2011, the examples of impairments) and NHS
 * condition pages: "people with X" names a group by disability. Lower case, as the tokeniser reads them.
 */
export const DISABLING_CONDITIONS: readonly string[] = [
  'a disability',
  'disabilities',
  'learning disabilities',
  'a learning disability',
  'learning difficulties',
  "down's",
  'downs',
  "down's syndrome",
  'down syndrome',
  'autism',
  'adhd',
  'dyslexia',
  'dyspraxia',
  'cerebral palsy',
  'spina bifida',
  'epilepsy',
  'ms',
  'multiple sclerosis',
  'motor neurone disease',
  "parkinson's",
  'dementia',
  "alzheimer's",
  'schizophrenia',
  'bipolar',
  'psychosis',
  'mental illness',
  'mental health problems',
  'mental health issues',
  'depression',
  'ptsd',
  'ocd',
  'a personality disorder',
  'personality disorders',
  'hiv',
  'aids',
  'cancer',
  'sickle cell',
  'cystic fibrosis',
  'hearing loss',
  'sight loss',
  "tourette's",
  'chronic fatigue',
];

export const SOURCES = { EA, EA_RACE, ONS, CPS, POA, HC };

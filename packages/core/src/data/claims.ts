/**
 * Clinical claims contrary to the current evidence base, for content.clinical-misinformation.
 *
 * Each claim has:
 *   family    the myth it belongs to (tests cover a debunking and a quoting case for each family)
 *   claim     the claim in a few words, for messages ("vaccines cause autism")
 *   patterns  short regular expressions over the draft's token line (analysis/speech.ts tokenLine:
 *             lower-cased tokens joined by single spaces, " | " between sentences). Shorthand,
 *             expanded once at module load by compileClaims():
 *               {~N}       up to N other tokens of the same sentence
 *               {VACCINE}  a vaccine, with up to three qualifiers ("the MMR jab", "covid vaccines")
 *               {CAUSE}    a verb of causing ("causes", "leads to", "is linked to", "gives")
 *             A pattern object may add `context`: a pattern that must also match somewhere in the
 *             draft ("ivermectin works" is a COVID claim only in a draft about COVID).
 *             A pattern that itself holds a negation ("vaccines don't work") is recognised as such,
 *             so the rule does not read its own "don't" as a denial.
 *   anchors   token prefixes ("vaccin"; "ph$" for a whole token), at least one of which every
 *             pattern of the claim needs in the same sentence: a cheap first pass so that the
 *             patterns only run on the sentences that could hold the claim
 *   unless    optional: a pattern which, when it matches the claim's own words, means something
 *             else is being said (a bacterial complication that does need antibiotics)
 *   evidence  what the evidence says, in the project's own words (never copied from a source)
 *   sources   public-health sources: publisher and page title (URL where stable)
 *   link      the NHS page to point people to in the suggestion
 *   note      why the claim is listed
 *
 * Page titles are as published at the time of writing; sources are cited, never quoted.
 */

export type ClaimFamily =
  | 'vaccines-autism'
  | 'mmr'
  | 'hpv-vaccine'
  | 'vaccines-infertility'
  | 'vaccine-shedding'
  | 'vaccine-dna'
  | 'vaccine-safety'
  | 'covid-treatment'
  | 'covid-denial'
  | '5g'
  | 'antibiotics-viral'
  | 'homeopathy'
  | 'detox-alkaline'
  | 'cancer-cure'
  | 'fluoride'
  | 'statins'
  | 'teething'
  | 'me-cfs'
  | 'immune-boost';

export interface ClaimSource {
  publisher:
    | 'NHS'
    | 'NHS England'
    | 'NICE'
    | 'UKHSA'
    | 'OHID'
    | 'MHRA'
    | 'WHO'
    | 'Cochrane'
    | 'Cancer Research UK'
    | 'FSA'
    | 'BDA'
    | 'House of Commons';
  title: string;
  url?: string;
}

export type ClaimPattern = string | { re: string; context: string };

export interface Claim {
  id: string;
  family: ClaimFamily;
  claim: string;
  anchors: readonly string[];
  patterns: readonly ClaimPattern[];
  unless?: string;
  evidence: string;
  sources: readonly ClaimSource[];
  link: string;
  note: string;
}

// ------------------------------------------------------------------------------------------------
// Sources used by more than one claim

const NHS_MMR: ClaimSource = {
  publisher: 'NHS',
  title: 'MMR (measles, mumps and rubella) vaccine',
  url: 'https://www.nhs.uk/vaccinations/mmr-vaccine/',
};
const NHS_VAX_SAFE: ClaimSource = {
  publisher: 'NHS',
  title: 'Why vaccination is safe and important',
  url: 'https://www.nhs.uk/vaccinations/why-vaccination-is-safe-and-important/',
};
const NHS_COVID_VAX: ClaimSource = {
  publisher: 'NHS',
  title: 'COVID-19 vaccine',
  url: 'https://www.nhs.uk/vaccinations/covid-19-vaccine/',
};
const GREEN_BOOK_COVID: ClaimSource = {
  publisher: 'UKHSA',
  title: "Immunisation against infectious disease (the 'Green Book'), chapter 14a: COVID-19 - SARS-CoV-2",
};
const GREEN_BOOK_MEASLES: ClaimSource = {
  publisher: 'UKHSA',
  title: "Immunisation against infectious disease (the 'Green Book'), chapter 21: Measles",
};
const WHO_MYTHS: ClaimSource = {
  publisher: 'WHO',
  title: 'Coronavirus disease (COVID-19) advice for the public: Mythbusters',
  url: 'https://www.who.int/emergencies/diseases/novel-coronavirus-2019/advice-for-public/myth-busters',
};
const WHO_COVID_VAX: ClaimSource = {
  publisher: 'WHO',
  title: 'Coronavirus disease (COVID-19): Vaccines and vaccine safety (questions and answers)',
};
const MHRA_YELLOW: ClaimSource = { publisher: 'MHRA', title: 'Coronavirus vaccine - summary of Yellow Card reporting' };
const NHS_ANTIBIOTICS: ClaimSource = {
  publisher: 'NHS',
  title: 'Antibiotics',
  url: 'https://www.nhs.uk/conditions/antibiotics/',
};
const NHS_CAM: ClaimSource = {
  publisher: 'NHS',
  title: 'Complementary and alternative medicine',
  url: 'https://www.nhs.uk/conditions/complementary-and-alternative-medicine/',
};
const CRUK_CAM: ClaimSource = { publisher: 'Cancer Research UK', title: 'Complementary and alternative therapies' };
const NHS_FLU_VAX: ClaimSource = {
  publisher: 'NHS',
  title: 'Flu vaccine',
  url: 'https://www.nhs.uk/vaccinations/flu-vaccine/',
};

// ------------------------------------------------------------------------------------------------
// Shared vocabulary (regex sources over single tokens)

/** Words for a cure or a treatment effect. */
const CURES = String.raw`(?:cur(?:e|es|ed|ing)|treat(?:s|ed|ing)?|heal(?:s|ed|ing)?|fix(?:es|ed)?|kill(?:s|ed|ing)?|beat(?:s|ing)?|revers(?:e|es|ed|ing)|shrinks?|shrank|destroy(?:s|ed|ing)?|eliminat\w*|eradicat\w*|get(?:s)? rid of|works?|worked|prevent(?:s|ed|ing)?|stops?|stopped|protects?|is effective|are effective|effective|helps?|helped|saves? lives)`;
const CANCER = String.raw`(?:cancers?|tumours?|tumors?|leuka?emia|lymphoma|melanoma|carcinoma|malignan\w*)`;
/** Remedies promoted as cancer cures without evidence. */
const CANCER_REMEDY = String.raw`(?:apricot (?:kernels?|seeds?|pits?)|laetrile|amygdalin|b17|cannabis oil|cbd(?: oil)?|thc oil|hemp oil|rick simpson oil|baking soda|bicarbonate of soda|sodium bicarbonate|vitamin c|high dose vitamin\w*|intravenous vitamin\w*|iv vitamin\w*|vitamin drips?|coffee enemas?|gerson(?: therapy)?|juic(?:e|es|ing)|turmeric|curcumin|graviola|soursop|essential oils?|frankincense|black salve|mms|chlorine dioxide|alkaline (?:water|diets?)|ozone(?: therapy)?|hydrogen peroxide|fenbendazole|colloidal silver)`;
const COVID = String.raw`(?:covid(?: 19)?|coronavirus|corona|sars cov 2|the virus|long covid)`;

export const CLAIMS: readonly Claim[] = [
  // ----------------------------------------------------------------------------------------------
  {
    id: 'hpv-vaccine-harm',
    family: 'hpv-vaccine',
    claim: 'the HPV vaccine causes infertility or long-term illness, or encourages early sex',
    anchors: ['hpv', 'cervarix', 'gardasil'],
    patterns: [
      String.raw`(?:hpv|cervarix|gardasil) {~5} {CAUSE} {~4} (?:infertil\w*|sterili\w*|early menopause|ovarian failure|premature ovarian|paralys\w*|pots|chronic fatigue|cfs|autoimmun\w*|seizures?|miscarriag\w*|deaths?|cancer)`,
      String.raw`(?:hpv|cervarix|gardasil) {~4} (?:kills|killed|killing|ruin\w*|destroy\w*|cripple\w*|paralysed|injur\w*|damag\w*) {~3} (?:girls|women|lives|children|daughters|kids|teenagers|boys)`,
      String.raw`(?:hpv|cervarix|gardasil) {~5} (?:encourag\w*|promot\w*|lead\w* to|caus\w*) {~4} (?:promiscu\w*|sex|early sex|sexual\w*|sleeping around|teenage sex)`,
      String.raw`(?:hpv|cervarix|gardasil) {~2} (?:vaccines?|jabs?|vaccinations?|shots?) (?:doesn't|does not|don't|do not|won't|can't|cannot|never) (?:prevent|stop|protect)`,
    ],
    evidence:
      'Studies of millions of young people in several countries have found no effect on fertility and no link to the long-term ' +
      'conditions blamed on the HPV vaccine; it is already cutting rates of cervical cancer, and having it does not change sexual behaviour.',
    sources: [
      { publisher: 'NHS', title: 'HPV vaccine', url: 'https://www.nhs.uk/vaccinations/hpv-vaccine/' },
      {
        publisher: 'Cochrane',
        title:
          'Prophylactic vaccination against human papillomaviruses to prevent cervical cancer and its precursors (2018)',
      },
      { publisher: 'WHO', title: 'Global Advisory Committee on Vaccine Safety: safety of HPV vaccines' },
    ],
    link: 'https://www.nhs.uk/vaccinations/hpv-vaccine/',
    note: 'Infertility, chronic fatigue and "promiscuity" myths have cut HPV vaccine uptake in several countries.',
  },
  {
    id: 'vaccines-autism',
    family: 'vaccines-autism',
    claim: 'vaccines (such as MMR) cause autism',
    anchors: ['autis'],
    patterns: [
      String.raw`{VACCINE} {~4} {CAUSE} {~3} autis\w*`,
      String.raw`(?:link|links|connection|association|relationship) between {~2} (?:vaccin\w*|mmr|jabs?) {~3} (?:and|with) autis\w*`,
      String.raw`(?:link|links|connection|association|relationship) between autis\w* and {~3} (?:vaccin\w*|mmr|jabs?)`,
      String.raw`autis\w* {~4} (?:caused by|from|due to|because of|linked to|triggered by) {~3} (?:vaccin\w*|mmr|jabs?|jab)`,
      // The insinuated timeline ("autism rates exploded after MMR came in").
      String.raw`autis\w* (?:rates?|cases|diagnos\w*) {~2} (?:exploded|soared|rocketed|skyrocketed|shot up|spiked|took off) {~2} (?:after|since|following|when) {~2} (?:vaccin\w*|mmr|jabs?)`,
    ],
    evidence:
      'Studies of millions of children have found no link between vaccines, including MMR, and autism; the 1998 paper that began ' +
      'the scare was retracted and its lead author struck off.',
    sources: [
      NHS_MMR,
      { publisher: 'Cochrane', title: 'Vaccines for measles, mumps, rubella, and varicella in children (2020)' },
      GREEN_BOOK_MEASLES,
    ],
    link: NHS_MMR.url as string,
    note: 'The best-known vaccine myth; it still circulates in parents\u2019 groups and lowers MMR uptake.',
  },
  {
    id: 'mmr-overload',
    family: 'mmr',
    claim: 'the combined MMR (or several vaccines together) overloads the immune system, so single jabs are safer',
    anchors: ['overload', 'overwhelm', 'vaccin', 'jabs', 'shots', 'injections', 'mmr'],
    patterns: [
      String.raw`(?:vaccin\w*|jabs?|mmr|injections?|shots?) {~6} (?:overload\w*|overwhelm\w*) {~4} immun\w*`,
      String.raw`too many (?:vaccin\w*|jabs|shots|injections) {~3} (?:at once|too soon|too young|too early|overload\w*|together)`,
      String.raw`(?:single|separate|individual) {~5} (?:jabs|vaccines|injections|shots) {~4} (?:safer|better|instead)`,
      String.raw`split {~2} (?:the )?mmr`,
    ],
    evidence:
      'Children meet far more antigens every day than the combined MMR contains, so it does not overload the immune system; ' +
      'splitting it into single jabs is no safer, leaves children unprotected for longer, and single vaccines are not licensed in the UK.',
    sources: [NHS_MMR, GREEN_BOOK_MEASLES, NHS_VAX_SAFE],
    link: NHS_MMR.url as string,
    note: 'A softer MMR myth that leads parents to delay or split vaccination.',
  },
  {
    id: 'vaccines-infertility',
    family: 'vaccines-infertility',
    claim: 'vaccines (such as the COVID-19 vaccine) cause infertility or miscarriage',
    anchors: ['infertil', 'steril', 'miscarr', 'stillbirth', 'barren'],
    patterns: [
      String.raw`{VACCINE} {~4} {CAUSE} {~4} (?:infertil\w*|sterili\w*|miscarriag\w*|stillbirths?|barren)`,
      String.raw`{VACCINE} {~4} (?:makes?|made|leaves?|left|render\w*) {~3} (?:infertile|sterile|barren)`,
      String.raw`{VACCINE} {~3} (?:sterilis\w*|steriliz\w*)`,
    ],
    evidence:
      'Studies of many thousands of people, including pregnancies after vaccination, have found no effect of COVID-19 or other ' +
      'vaccines on fertility or on the risk of miscarriage; vaccination in pregnancy is advised because the infection itself is riskier.',
    sources: [
      NHS_COVID_VAX,
      { publisher: 'UKHSA', title: 'COVID-19 vaccination: a guide on pregnancy and breastfeeding' },
      MHRA_YELLOW,
    ],
    link: NHS_COVID_VAX.url as string,
    note: 'Widely shared during the COVID-19 rollout; it deterred young women and pregnant women.',
  },
  {
    id: 'vaccine-shedding',
    family: 'vaccine-shedding',
    claim: 'people vaccinated against COVID-19 "shed" the vaccine or spike protein onto others',
    anchors: ['shed'],
    patterns: [
      String.raw`(?:vaccinated|jabbed|boosted) (?:people|person|persons|individuals|kids|children|friends|family|relatives|colleagues|ones|partners?) {~3} shed\w*`,
      String.raw`(?:vaccine|spike|mrna|covid|jab) (?:protein )?shedding {~3} (?:is|are|'s|was) {~2} (?:real|happening|dangerous|harmful|a thing|true|documented|making|causing)`,
      String.raw`(?:protect yourself|beware|avoid|stay away|keep away|careful) {~4} (?:shedding|shedders)`,
      String.raw`shed\w* {~3} (?:spike|the vaccine|mrna)`,
      String.raw`(?:sick|ill|periods?|bleeding|rash\w*|symptoms|reactions?) {~3} from {~3} (?:vaccine |spike )?shedding`,
    ],
    evidence:
      'COVID-19 vaccines used in the UK contain no live virus, so there is nothing to pass on; the mRNA and the protein it makes stay ' +
      'in the vaccinated person and are broken down within days.',
    sources: [GREEN_BOOK_COVID, WHO_COVID_VAX, NHS_COVID_VAX],
    link: NHS_COVID_VAX.url as string,
    note: 'A COVID-era myth that frightens people away from vaccinated family, friends and clinics.',
  },
  {
    id: 'vaccine-dna',
    family: 'vaccine-dna',
    claim: 'mRNA (COVID-19) vaccines change your DNA',
    anchors: ['dna', 'genes', 'genetic', 'genome'],
    patterns: [
      String.raw`(?:{VACCINE}|mrna) {~5} (?:chang\w*|alter\w*|modif\w*|rewrit\w*|edit\w*|damag\w*|corrupt\w*|integrat\w*|mutat\w*|reprogram\w*|hack\w*|enter\w*|gets? into|becomes? part of) {~3} (?:dna|genes|genetic code|genome|genetic material|genetics)`,
      String.raw`(?:mrna|covid|covid 19) {~3} (?:vaccin\w*|jabs?|shots?) (?:is|are|'s|'re) {~2} (?:experimental )?gene therap\w*`,
      String.raw`(?:{VACCINE}|mrna) {~4} genetically modif\w* (?:you|people|humans|us|your body|children)`,
    ],
    evidence:
      'mRNA never enters the cell nucleus, where DNA is kept, and cannot change anyone\u2019s genes; it is broken down within days ' +
      'once the body has used it to make a harmless protein that trains the immune system.',
    sources: [GREEN_BOOK_COVID, WHO_COVID_VAX, NHS_COVID_VAX],
    link: NHS_COVID_VAX.url as string,
    note: 'Common COVID-19 vaccine myth, often dressed in scientific language ("gene therapy").',
  },
  {
    id: 'vaccines-unsafe',
    family: 'vaccine-safety',
    claim:
      'vaccines are useless or dangerous (microchips, cot death, "more harm than good", the flu jab gives you flu)',
    anchors: ['vaccin', 'vax', 'jab', 'shot', 'booster', 'immunis', 'immuniz', 'inocul', 'mmr'],
    patterns: [
      String.raw`{VACCINE} {~4} (?:contains?|contained|hide|hides|includes?|inject\w*|puts?|implant\w*) {~3} (?:microchips?|micro chips?|chips|trackers?|tracking devices?|nanobots?|nanochips?|5g)`,
      String.raw`(?:microchip\w*|chipp\w*|track\w*) {~3} (?:us|people|everyone|you|the population) {~3} (?:through|with|via|using) {~3} (?:vaccin\w*|jabs?)`,
      String.raw`{VACCINE} {~4} {CAUSE} {~3} (?:sids|cot deaths?|sudden infant deaths?|sudden deaths?|turbo cancers?)`,
      String.raw`flu (?:jabs?|vaccines?|vaccinations?|shots?) {~4} (?:gives?|gave|give|causes?|caused|cause|infects?) {~2} (?:the )?(?:flu|influenza)`,
      String.raw`(?:got|get|gets|getting|catch|caught|catches) (?:the )?flu from (?:the |my |your |a )?flu (?:jab|vaccine|shot)`,
      String.raw`{VACCINE} (?:don't|do not|doesn't|does not|never) (?:work|do anything|protect anyone)`,
      String.raw`{VACCINE} (?:is|are|'re|'s) {~2} (?:useless|pointless|a scam|poison|poisonous|toxic|killing people|a con|deadly|bioweapons?)`,
      String.raw`{VACCINE} {~3} (?:do|does|did|cause|causes) (?:far |much |way |a lot |a great deal )?more harm than good`,
      String.raw`{VACCINE} (?:is|are|'s|'re|was|were) {~2} more (?:dangerous|harmful|deadly|risky|lethal) than {~2} (?:covid\w*|coronavirus|the virus|the disease|the illness|the infection|catching it|measles|flu|the flu|polio|whooping cough|the real thing)`,
      String.raw`{VACCINE} {~3} (?:kill|killed|killing|kills|harm|harmed|injured|injure) more (?:people|children|kids)`,
      String.raw`natural immunity (?:is )?(?:far |much )?(?:better|safer) than {~3} (?:vaccin\w*|jabs?|mmr)`,
    ],
    unless: String.raw` (?:for|in|on) (?:everyone|everybody|all|some|every)| (?:as well|perfectly|completely|100)`,
    evidence:
      'Vaccines in the UK programme are tested in large trials and then watched continuously for side effects; serious reactions ' +
      'are rare, they contain no devices of any kind, injected flu vaccines cannot give you flu, and they prevent far more harm than they cause.',
    sources: [NHS_VAX_SAFE, NHS_FLU_VAX, MHRA_YELLOW, WHO_COVID_VAX],
    link: NHS_VAX_SAFE.url as string,
    note: 'General anti-vaccine claims not covered by a more specific entry.',
  },
  // ----------------------------------------------------------------------------------------------
  {
    id: 'ivermectin-hcq-covid',
    family: 'covid-treatment',
    claim: 'ivermectin or hydroxychloroquine treats or prevents COVID-19',
    anchors: ['ivermectin', 'hydroxychloroquine', 'hcq', 'chloroquine', 'ivm'],
    patterns: [
      String.raw`(?:ivermectin|hydroxychloroquine|hcq|chloroquine|ivm) {~6} ${CURES} {~4} ${COVID}`,
      String.raw`(?:treat\w*|cur\w*|beat\w*|prevent\w*|fight\w*) {~3} ${COVID} {~3} (?:with|using|by taking|by using) {~3} (?:ivermectin|hydroxychloroquine|hcq|chloroquine)`,
      {
        re: String.raw`(?:ivermectin|hydroxychloroquine|hcq|chloroquine) (?:really )?(?:works|worked|is effective|was effective|saves lives|saved lives|is a miracle|is the cure|is a cure|is the answer)`,
        context: String.raw`(?:covid|coronavirus|corona|sars|pandemic|virus)`,
      },
    ],
    evidence:
      'Large randomised trials found that ivermectin and hydroxychloroquine do not speed recovery or prevent hospital admission or ' +
      'death from COVID-19, and UK guidance advises against using them for it outside trials.',
    sources: [
      { publisher: 'Cochrane', title: 'Ivermectin for preventing and treating COVID-19 (2022)' },
      { publisher: 'Cochrane', title: 'Hydroxychloroquine or chloroquine for preventing and treating COVID-19 (2021)' },
      { publisher: 'NICE', title: 'NG191 COVID-19 rapid guideline: managing COVID-19' },
    ],
    link: 'https://www.nhs.uk/conditions/covid-19/',
    note: 'The two most promoted unproven COVID-19 treatments.',
  },
  {
    id: 'covid-home-cures',
    family: 'covid-treatment',
    claim: 'a home remedy or household chemical cures or prevents COVID-19',
    anchors: ['covid', 'coronavirus', 'corona', 'sars', 'virus'],
    patterns: [
      String.raw`(?:drink\w*|eat\w*|gargl\w*|inhal\w*|inject\w*|swallow\w*|sip\w*|sniff\w*|rins\w*|spray\w*) {~3} (?:bleach|disinfectant|chlorine dioxide|mms|hot water|warm water|garlic|lemons?|lemon juice|ginger|alcohol|vodka|methanol|salt water|saline|vinegar|colloidal silver|turmeric|cow urine|hot drinks|steam|onions?) {~6} ${CURES} {~3} ${COVID}`,
      String.raw`(?:garlic|hot water|warm water|colloidal silver|chlorine dioxide|mms|cow urine|lemon water|steam inhalation|hot baths?|saunas?|sunshine|sunlight|hot weather|hot drinks|holding your breath) {~5} (?:cur\w*|prevent\w*|protect\w*|kill\w*|destroy\w*|stop\w*) {~3} ${COVID}`,
      String.raw`(?:cure|cures|cured|beat|treat|kill) ${COVID} {~3} (?:with|by drinking|by eating|by gargling|using) {~3} (?:bleach|garlic|hot water|lemons?|ginger|alcohol|vodka|salt water|vinegar|colloidal silver|turmeric|chlorine dioxide|mms|steam)`,
    ],
    evidence:
      'No food, drink, household chemical or home remedy prevents or cures COVID-19, and swallowing bleach, disinfectant or alcohol ' +
      'is dangerous; vaccination, and antiviral treatment for people at high risk, are what the evidence supports.',
    sources: [WHO_MYTHS, { publisher: 'NHS', title: 'COVID-19', url: 'https://www.nhs.uk/conditions/covid-19/' }],
    link: 'https://www.nhs.uk/conditions/covid-19/',
    note: 'Home-remedy myths listed in the WHO COVID-19 mythbusters.',
  },
  {
    id: 'covid-denial',
    family: 'covid-denial',
    claim: 'COVID-19 is a hoax, "just a cold", or masks harm the wearer',
    anchors: ['covid', 'coronavirus', 'corona', 'pandemic', 'plandemic', 'mask', 'virus'],
    patterns: [
      String.raw`(?:covid|covid 19|coronavirus|corona|the pandemic|the virus) (?:is|was|'s) {~2} (?:a )?(?:hoax|fake|scam|plandemic|made up|fraud|just (?:a|the) (?:cold|flu)|just flu|a cold|a lie|fiction)`,
      String.raw`(?:covid|covid 19|coronavirus|corona) (?:is|was) no worse than (?:(?:a|the) )?(?:cold|flu|common cold)`,
      String.raw`(?:covid|covid 19|coronavirus|the virus) (?:doesn't|does not|didn't|did not|never) (?:exist\w*|even exist\w*)`,
      String.raw`(?:there is|there's|there was) no (?:such thing as )?(?:covid|coronavirus|pandemic)`,
      String.raw`(?:the )?plandemic`,
      String.raw`masks? {~4} {CAUSE} {~3} (?:co2|carbon dioxide|oxygen|hypoxia|hypoxaemia|poisoning|bacterial pneumonia|brain damage|suffocat\w*)`,
      String.raw`masks? {~3} (?:starv\w*|depriv\w*|lower\w*|reduc\w*) {~3} (?:oxygen|o2)`,
      String.raw`(?:children|kids|young people) (?:can't|cannot|don't|do not) (?:get|catch|spread) (?:covid|coronavirus|corona|the virus)`,
    ],
    evidence:
      'COVID-19 is a real disease caused by the SARS-CoV-2 virus that has killed millions of people worldwide; masks do not lower ' +
      'oxygen to any harmful degree, and people of all ages, children included, can catch and spread it.',
    sources: [WHO_MYTHS, { publisher: 'UKHSA', title: 'COVID-19: epidemiology, virology and clinical features' }],
    link: 'https://www.nhs.uk/conditions/covid-19/',
    note: 'Denial and mask myths from the pandemic that still circulate.',
  },
  {
    id: '5g-covid',
    family: '5g',
    claim: '5G causes or spreads COVID-19, or makes people ill',
    anchors: ['5g'],
    patterns: [
      String.raw`5g {~6} (?:caus\w*|spread\w*|transmit\w*|behind|responsible for|linked to|link\w* to|activat\w*|trigger\w*|created|creates?|weaken\w*|suppress\w*|giv\w*) {~5} (?:${COVID}|the pandemic|viruses|symptoms|immune|cancers?|illness|sickness|headaches?)`,
      String.raw`${COVID} {~5} (?:caused by|spread by|spreads? through|is really|was really|actually) {~3} 5g`,
      String.raw`5g (?:radiation|towers?|masts?|networks?|signals?|waves) {~3} (?:is|are|'s|'re) {~2} (?:dangerous|deadly|harmful|killing|poisoning|toxic|making)`,
      String.raw`5g {~3} (?:kills|killing|killed|poisons|poisoning)`,
    ],
    evidence:
      'Viruses cannot travel on radio waves or mobile networks, and COVID-19 spread in many places with no 5G at all; the radio ' +
      'waves from 5G are a small fraction of international safety limits.',
    sources: [WHO_MYTHS, { publisher: 'UKHSA', title: '5G technologies: radio waves and health' }],
    link: 'https://www.nhs.uk/conditions/covid-19/',
    note: 'The 5G myth led to arson attacks on masts in the UK in 2020.',
  },
  // ----------------------------------------------------------------------------------------------
  {
    id: 'antibiotics-viral',
    family: 'antibiotics-viral',
    claim: 'antibiotics treat colds, flu or other viral infections',
    anchors: ['antibiotic', 'amoxicillin', 'penicillin', 'abx'],
    patterns: [
      String.raw`(?:antibiotics?|amoxicillin|penicillin|abx) {~5} (?:cur\w*|treat\w*|help\w*|clear\w*|fix\w*|kill\w*|work\w* (?:on|for|against)|needed for|needs? for|get rid of|gets rid of|speed\w* up|shorten\w*|stop\w*|prevent\w*|beat\w*|sort\w* out) {~4} (?:colds?|common cold|flu|influenza|viral\w*|viruses|virus|covid|coronavirus|chest colds?|runny nose\w*)`,
      String.raw`(?:colds?|common cold|flu|influenza|viral infections?|viruses|virus) {~8} (?:ask\w* for|get|take|need|demand|insist on|push for|request|have|prescribe) {~4} (?:antibiotics?|amoxicillin|abx)`,
    ],
    unless: String.raw`\b(?:bacteria\w*|infection|infections|pneumonia|complication\w*|secondary|strep\w*|sepsis|worse|worsening|chest infection|tonsillitis)\b`,
    evidence:
      'Colds, flu and most coughs and sore throats are caused by viruses, which antibiotics do not kill; antibiotics do not speed ' +
      'recovery or stop a cold going to the chest, but they do cause side effects and breed resistant bacteria.',
    sources: [
      NHS_ANTIBIOTICS,
      { publisher: 'NICE', title: 'NG120 Cough (acute): antimicrobial prescribing' },
      { publisher: 'Cochrane', title: 'Antibiotics for the common cold and acute purulent rhinitis (2013)' },
      { publisher: 'UKHSA', title: 'Keep Antibiotics Working' },
    ],
    link: 'https://www.nhs.uk/conditions/antibiotics/',
    note: 'Contrary to antimicrobial stewardship and a driver of resistance.',
  },
  {
    id: 'homeopathy-works',
    family: 'homeopathy',
    claim: 'homeopathy is an effective treatment',
    anchors: ['homeopath', 'homoeopath', 'homeoprophylaxis'],
    patterns: [
      String.raw`(?:homeopath\w*|homoeopath\w*) {~4} (?:cur\w*|treat\w*|heal\w*|works?|worked|is effective|are effective|effective|helps?|helped|fix\w*|prevent\w*|reliev\w*|better than|as good as|as effective|alternative to|instead of|replace\w*)`,
      String.raw`(?:try|use|recommend\w*|swear by|take|consider|see|consult|visit) {~2} (?:homeopath\w*|homoeopath\w*)`,
      String.raw`(?:homeopathic|homoeopathic) (?:vaccines?|vaccinations?|immunisations?|immunizations?)`,
      String.raw`homeoprophylaxis`,
    ],
    evidence:
      'Homeopathic remedies have been found to work no better than placebo for any condition, and relying on them can delay ' +
      'treatment that works, which is why the NHS no longer funds them.',
    sources: [
      { publisher: 'NHS', title: 'Homeopathy', url: 'https://www.nhs.uk/conditions/homeopathy/' },
      { publisher: 'NHS England', title: 'Items which should not routinely be prescribed in primary care (2017)' },
      { publisher: 'House of Commons', title: 'Science and Technology Committee, Evidence Check 2: Homeopathy (2010)' },
    ],
    link: 'https://www.nhs.uk/conditions/homeopathy/',
    note: 'A doctor recommending homeopathy lends it credibility it has not earned.',
  },
  {
    id: 'detox-toxins',
    family: 'detox-alkaline',
    claim: '"detox" products or cleanses remove toxins or cure disease',
    anchors: ['detox', 'toxin', 'toxic', 'poison', 'impurit', 'metals', 'waste', 'sludge', 'parasite'],
    patterns: [
      String.raw`(?:detox\w*|cleans\w*|juice\w*|juicing|foot pads?|colonics?|colon cleans\w*|teatox\w*|coffee enemas?) {~6} (?:remov\w*|flush\w*|clear\w*|draw\w*|pull\w*|eliminat\w*|gets? rid of|purg\w*|cleans\w*|expel\w*|detox\w*|suck\w*) {~4} (?:toxins|toxic|poisons|impurities|heavy metals|waste|sludge|parasites)`,
      String.raw`detox (?:diets?|teas?|juices?|cleanses?|plans?|kits?|programmes?|programs?|products?|pads?|drinks?|supplements?) {~4} (?:cur\w*|treat\w*|prevent\w*|revers\w*|heal\w*|boost\w*)`,
    ],
    unless: String.raw`\b(?:alcohol|drug|drugs|opioid|opiate|heroin|inpatient|medically|supervised|community|liver|kidneys?)\b`,
    evidence:
      'The liver and kidneys clear waste from the body; detox diets, teas, foot pads and cleanses have no good evidence of removing ' +
      '"toxins" or treating disease, and some cause harm.',
    sources: [{ publisher: 'BDA', title: 'Detox diets: Food Fact Sheet' }, NHS_CAM],
    link: NHS_CAM.url as string,
    note: 'A common wellness claim; "detox" for alcohol or drug dependence is a real treatment and is excluded.',
  },
  {
    id: 'alkaline-cures',
    family: 'detox-alkaline',
    claim: 'alkaline water or an alkaline diet changes the body\u2019s pH and prevents or cures disease',
    anchors: ['alkalin', 'alkalis', 'alkaliz', 'ph$', 'acidity', 'oxygen'],
    patterns: [
      String.raw`alkalin\w* {~6} (?:cur\w*|prevent\w*|treat\w*|revers\w*|kill\w*|fight\w*|starv\w*|neutrali[sz]\w*|balanc\w*|chang\w*|rais\w*|heal\w*|beat\w*|protect\w*) {~4} (?:${CANCER}|diseases?|acid\w*|ph|illness\w*|diabetes|arthritis|gout|osteoporosis|inflammation|covid)`,
      String.raw`(?:chang\w*|rais\w*|alkalis\w*|alkaliz\w*|balanc\w*|fix\w*) {~3} (?:your |the )?(?:body's|body|blood|bloods) (?:ph|acidity)`,
      String.raw`${CANCER} (?:can't|cannot|won't|doesn't|does not) (?:survive|grow|live|thrive) {~3} (?:alkaline|an alkaline|oxygen\w*)`,
    ],
    evidence:
      'Food and water cannot change the pH of your blood, which the body keeps in a narrow range; there is no good evidence that ' +
      'alkaline water or diets prevent or treat cancer or any other disease.',
    sources: [
      { publisher: 'Cancer Research UK', title: 'Alkaline diets and cancer' },
      { publisher: 'BDA', title: 'Alkaline diet: Food Fact Sheet' },
    ],
    link: NHS_CAM.url as string,
    note: 'Often sold with cancer and "acidity" claims.',
  },
  // ----------------------------------------------------------------------------------------------
  {
    id: 'cancer-alternative-cure',
    family: 'cancer-cure',
    claim: 'an alternative remedy (apricot kernels, cannabis oil, high-dose vitamin C, baking soda…) cures cancer',
    anchors: [
      'cancer',
      'tumour',
      'tumor',
      'leuk',
      'lymphoma',
      'melanoma',
      'carcinoma',
      'malignan',
      'survival',
      'lifespan',
      'expectancy',
    ],
    patterns: [
      String.raw`${CANCER_REMEDY} {~6} (?:cur\w*|kill\w*|shrink\w*|shrank|destroy\w*|revers\w*|treat\w*|beat\w*|eliminat\w*|eradicat\w*|starv\w*|dissolv\w*|fight\w*|melt\w*|heal\w*|gets? rid of) {~4} ${CANCER}`,
      String.raw`(?:cur\w*|treat\w*|beat\w*|kill\w*|shrink\w*|starv\w*) {~3} ${CANCER} {~4} (?:with|using|by taking|by eating|by drinking|through) {~3} ${CANCER_REMEDY}`,
      String.raw`(?:cure|cures) for ${CANCER} {~6} (?:suppress\w*|hid\w*|hidden|cover\w* up|covered up|buried|don't want|won't tell|can't patent|cannot patent|nobody can patent)`,
      String.raw`(?:suppress\w*|hid\w*|hiding|cover\w* up|covering up|bur\w*) {~4} (?:the )?(?:cure|cures) for ${CANCER}`,
      {
        re: String.raw`(?:iv|intravenous|high dose) {~2} (?:vitamin\w*|drips?|infusions?|therap\w*) {~6} (?:boost\w*|improv\w*|increas\w*|extend\w*|prolong\w*|doubl\w*) {~2} (?:survival|life expectancy|lifespan)`,
        context: String.raw`(?:${CANCER}|chemo\w*|oncolog\w*|radiotherapy)`,
      },
    ],
    evidence:
      'None of these remedies has been shown to cure cancer or help people with cancer live longer; apricot kernels can cause ' +
      'cyanide poisoning, and choosing them over proven treatment costs lives.',
    sources: [
      { publisher: 'Cochrane', title: 'Laetrile treatment for cancer (2015)' },
      { publisher: 'FSA', title: 'Apricot kernels: advice on cyanide' },
      CRUK_CAM,
      NHS_CAM,
    ],
    link: NHS_CAM.url as string,
    note: 'Cancer-cure claims harm the most vulnerable readers and can lead people to refuse treatment.',
  },
  {
    id: 'sugar-feeds-cancer',
    family: 'cancer-cure',
    claim: 'sugar feeds cancer, so cutting sugar starves it',
    anchors: ['sugar'],
    patterns: [
      String.raw`sugars? {~3} (?:feeds?|fuels?|causes?|grows?|speeds? up|spreads?) {~3} ${CANCER}`,
      String.raw`${CANCER} (?:cells? )?(?:feeds?|feed|thrives?|lives?|grows?|runs?) on sugars?`,
      String.raw`(?:cut\w* out|avoid\w*|stop\w* eating|quit\w*|giv\w* up) sugars? {~4} (?:starv\w*|cur\w*|beat\w*|shrink\w*|kill\w*) {~3} ${CANCER}`,
    ],
    evidence:
      'Every cell, healthy or cancerous, uses glucose, and cutting sugar from the diet does not starve a cancer or slow it; ' +
      'sugar\u2019s link with cancer risk is indirect, through excess weight.',
    sources: [
      { publisher: 'Cancer Research UK', title: 'Does sugar cause cancer?' },
      { publisher: 'NHS', title: 'Sugar: the facts' },
    ],
    link: 'https://www.nhs.uk/live-well/eat-well/food-types/how-does-sugar-in-our-diet-affect-our-health/',
    note: 'A persistent myth that can push people with cancer into restrictive diets.',
  },
  {
    id: 'chemo-harm',
    family: 'cancer-cure',
    claim: 'chemotherapy does more harm than good or is "poison" that kills more than it cures',
    anchors: ['chemo', 'radiotherapy', 'oncolog'],
    patterns: [
      String.raw`(?:chemo\w*|radiotherapy|oncology) {~3} (?:kills? more|does more harm|do more harm|is (?:just )?poison|is a scam|is a racket|is useless|never works|kills more people)`,
    ],
    evidence:
      'Chemotherapy has side effects, but for many cancers it greatly improves the chance of cure or of living longer; it is ' +
      'recommended only where the expected benefit outweighs the harm.',
    sources: [
      { publisher: 'NHS', title: 'Chemotherapy', url: 'https://www.nhs.uk/conditions/chemotherapy/' },
      CRUK_CAM,
    ],
    link: 'https://www.nhs.uk/conditions/chemotherapy/',
    note: 'Usually paired with an alternative "cure".',
  },
  // ----------------------------------------------------------------------------------------------
  {
    id: 'fluoride-harm',
    family: 'fluoride',
    claim: 'fluoride in water or toothpaste is poisonous, lowers IQ or causes disease',
    anchors: ['fluorid'],
    patterns: [
      String.raw`fluorid\w* {~4} (?:is|are|'s) {~2} (?:a )?(?:poison\w*|toxic|neurotoxi\w*|rat poison|dangerous|industrial waste|toxic waste|harmful)`,
      String.raw`fluorid\w* {~6} {CAUSE} {~4} (?:${CANCER}|bone cancer|osteosarcoma|arthritis|autism|adhd|dementia|alzheimer\w*|thyroid\w*|infertil\w*|kidney disease|down syndrome)`,
      String.raw`fluorid\w* {~6} (?:lower\w*|reduc\w*|damag\w*|destroy\w*|harm\w*|dumb\w*) {~3} (?:iq|intelligence|brains?)`,
      String.raw`fluorid\w* {~6} calcif\w* {~3} pineal`,
      String.raw`(?:avoid|ditch|stop using|bin) {~2} fluoride {~2} toothpaste`,
      String.raw`(?:never use|don't use|do not use) fluoride toothpaste`,
      String.raw`fluoride free toothpaste (?:is )?(?:better|safer|healthier)`,
      String.raw`fluoridation (?:is )?(?:mass medication|poisoning|mass poisoning)`,
    ],
    evidence:
      'At the levels used in UK water schemes and toothpaste, fluoride prevents tooth decay and has not been shown to cause cancer, ' +
      'bone disease or lower IQ; fluoride toothpaste is recommended for everyone, children included.',
    sources: [
      { publisher: 'NHS', title: 'Fluoride', url: 'https://www.nhs.uk/conditions/fluoride/' },
      { publisher: 'OHID', title: 'Water fluoridation: health monitoring report for England 2022' },
      { publisher: 'Cochrane', title: 'Water fluoridation for the prevention of dental caries (2015; updated 2024)' },
    ],
    link: 'https://www.nhs.uk/conditions/fluoride/',
    note: 'Fluoride myths undermine both water schemes and children\u2019s toothbrushing advice.',
  },
  {
    id: 'statin-myths',
    family: 'statins',
    claim: 'statins are poison, do not work, or cause dementia or cancer (or cholesterol does not matter)',
    anchors: ['statin', 'cholesterol', 'atorvastatin', 'simvastatin'],
    patterns: [
      String.raw`(?:statins?|atorvastatin|simvastatin) {~3} (?:is|are|'re|'s) {~2} (?:poison\w*|toxic|a scam|useless|pointless|a con|a racket|killing people|deadly|rat poison|a fraud|a lie)`,
      String.raw`(?:statins?|atorvastatin|simvastatin) {~4} {CAUSE} {~3} (?:dementia|alzheimer\w*|memory loss|${CANCER}|parkinson\w*|motor neurone\w*|heart failure|heart attacks?)`,
      String.raw`statins? (?:do|does|cause|causes) (?:far |much |way |a lot |a great deal )?more harm than good`,
      String.raw`statins? (?:don't|do not|never) (?:work|prevent anything|save lives|do anything)`,
      String.raw`(?:high )?cholesterol (?:is|'s) {~2} (?:good for you|harmless|protective|irrelevant|a myth)`,
      String.raw`(?:high )?cholesterol (?:is not|isn't) (?:a|the) (?:problem|cause|issue)`,
      String.raw`(?:high )?cholesterol (?:doesn't|does not) (?:cause|matter)`,
    ],
    unless: String.raw` for (?:everyone|everybody|all|some)`,
    evidence:
      'In trials of many thousands of people, statins lower the risk of heart attack and stroke in those at raised risk; serious ' +
      'side effects are uncommon, they do not cause dementia or cancer, and in blinded trials most muscle aches happened as often on placebo.',
    sources: [
      { publisher: 'NHS', title: 'Statins', url: 'https://www.nhs.uk/conditions/statins/' },
      {
        publisher: 'NICE',
        title: 'NG238 Cardiovascular disease: risk assessment and reduction, including lipid modification (2023)',
      },
      { publisher: 'Cochrane', title: 'Statins for the primary prevention of cardiovascular disease (2013)' },
    ],
    link: 'https://www.nhs.uk/conditions/statins/',
    note: 'Statin scares have been followed by people stopping them and by excess heart attacks and strokes.',
  },
  // ----------------------------------------------------------------------------------------------
  {
    id: 'teething-fever',
    family: 'teething',
    claim: 'teething causes a high fever (or diarrhoea)',
    anchors: ['teeth', 'teething'],
    patterns: [
      String.raw`teeth\w* {~4} (?:caus\w*|giv\w*|gave|bring\w* on|brought on|mean\w*|explain\w*|lead\w* to|result\w* in) {~3} (?:(?:high|very high|raging|big|proper) (?:fevers?|temperatures?|temps?)|fevers?|diarrh\w*)`,
      String.raw`(?:fevers?|high temperatures?|high temps?|diarrh\w*) {~5} (?:is|'s|are|just|only|probably|usually|always|due to|from|caused by) {~2} teeth\w*`,
    ],
    evidence:
      'Teething can make a baby unsettled and cause a slightly raised temperature, but it does not cause a high fever or diarrhoea; ' +
      'blaming these on teething can mean a serious infection is missed.',
    sources: [
      {
        publisher: 'NHS',
        title: 'Baby teething symptoms',
        url: 'https://www.nhs.uk/baby/babys-development/teething/baby-teething-symptoms/',
      },
      { publisher: 'NICE', title: 'NG143 Fever in under 5s: assessment and initial management' },
    ],
    link: 'https://www.nhs.uk/baby/babys-development/teething/baby-teething-symptoms/',
    note: 'False reassurance about fever in babies risks missing sepsis or meningitis.',
  },
  {
    id: 'me-cfs-get',
    family: 'me-cfs',
    claim: 'ME/CFS is "all in the mind" and graded exercise cures it',
    anchors: ['graded', 'chronic', 'cfs', 'myalgic', 'covid'],
    patterns: [
      {
        re: String.raw`graded exercise {~4} (?:cur\w*|treat\w*|fix\w*|works?|is the answer|is the treatment|is effective|resolv\w*|revers\w*)`,
        context: String.raw`(?:cfs|chronic fatigue|myalgic|me cfs|long covid)`,
      },
      String.raw`(?:chronic fatigue|cfs|myalgic encephalo\w*|long covid) {~4} (?:is|are|'s) {~3} (?:all in (?:the|your|their) (?:mind|minds|head|heads)|psychological|psychosomatic|imaginary|made up|laziness)`,
      String.raw`(?:exercise|pushing through|push through) {~4} (?:cur\w*|fix\w*) {~4} (?:cfs|chronic fatigue|long covid)`,
    ],
    evidence:
      'ME/CFS is a serious, long-term physical illness; NICE advises against graded exercise therapy, because a fixed increase in ' +
      'activity can make people worse, and against offering any therapy as a cure.',
    sources: [
      {
        publisher: 'NICE',
        title:
          'NG206 Myalgic encephalomyelitis (or encephalopathy)/chronic fatigue syndrome: diagnosis and management (2021)',
      },
      {
        publisher: 'NHS',
        title: 'Myalgic encephalomyelitis or chronic fatigue syndrome (ME/CFS)',
        url: 'https://www.nhs.uk/conditions/chronic-fatigue-syndrome-cfs/',
      },
    ],
    link: 'https://www.nhs.uk/conditions/chronic-fatigue-syndrome-cfs/',
    note: 'Outdated advice that NICE withdrew in 2021.',
  },
  {
    id: 'immune-boost-prevents',
    family: 'immune-boost',
    claim: 'an "immune-boosting" drip, vitamin or supplement prevents flu, colds or COVID-19 (or replaces vaccination)',
    anchors: [
      'iv',
      'intravenous',
      'vitamin',
      'immun',
      'zinc',
      'echinacea',
      'elderberry',
      'colloidal',
      'probiotic',
      'manuka',
      'oregano',
      'supplement',
      'megadose',
      'drip',
    ],
    patterns: [
      String.raw`(?:iv|intravenous|vitamin|vitamins|immune|immunity|nutrient) {~3} (?:drips?|infusions?|boost\w*|shots?|supplements?) {~6} (?:prevent\w*|stop\w*|cur\w*|ward\w* off|beat\w*|protect\w*|fight\w* off|kill\w*|replac\w*) {~3} (?:${COVID}|flu|influenza|colds?|the common cold|viruses|infections?|the flu|the flu jab|vaccines?|the vaccine|jabs?)`,
      String.raw`(?:vitamin c|vitamin d|zinc|echinacea|elderberry|colloidal silver|probiotics?|manuka honey|oregano oil|supplements?|megadoses?) {~5} (?:prevent\w*|cur\w*|stop\w*|ward\w* off|protect\w*|beat\w*|kill\w*) {~3} (?:flu|influenza|colds?|the common cold|viruses|${COVID})`,
      String.raw`(?:colloidal silver|echinacea|elderberry|manuka honey|oregano oil|(?:vitamin|immune|iv) (?:drips?|shots?|supplements?)|supplements?|megadoses?) {~6} better than {~3} (?:vaccin\w*|jabs?|the jab|the vaccine)`,
      String.raw`(?:instead of|rather than|skip|no need for|better than) {~3} (?:the )?(?:flu |covid )?(?:jab|vaccine|vaccination) {~5} (?:drips?|supplements?|vitamins?|boost\w*)`,
    ],
    evidence:
      'No drip, vitamin or supplement has been shown to prevent flu, colds or COVID-19 in people who are not deficient, and ' +
      '"immune boosting" is not a recognised treatment; vaccination is what protects.',
    sources: [
      { publisher: 'Cochrane', title: 'Vitamin C for preventing and treating the common cold (2013)' },
      { publisher: 'NICE', title: 'NG187 COVID-19 rapid guideline: vitamin D' },
      NHS_FLU_VAX,
    ],
    link: NHS_FLU_VAX.url as string,
    note: 'Sold as a substitute for vaccination, especially by IV drip clinics.',
  },
];

// ------------------------------------------------------------------------------------------------
// Compilation

const MACROS: Record<string, string> = {
  VACCINE: String.raw`(?:(?:the|covid|19|mrna|pfizer|moderna|astrazeneca|flu|mmr|hpv|childhood) ){0,2}(?:vaccin\w*|vax\w*|jabs?|shots?|boosters?|immuni[sz]ations?|inoculations?|mmr|mrna)`,
  CAUSE: String.raw`(?:caus\w*|lead\w* to|led to|linked to|link\w* to|result\w* in|trigger\w*|giv\w*|gave|behind|responsible for|bring\w* on|brought on)`,
};

/** A negation inside the pattern itself: "vaccines don't work" states the claim by denying. */
const OWN_NEGATION =
  /(?:^|[ (|:])(?:no|not|never|don't|doesn't|do not|does not|didn't|did not|can't|cannot|won't|isn't)(?=[ )|]|$)/;

export interface CompiledPattern {
  readonly re: RegExp;
  readonly context?: RegExp;
  /** The pattern holds its own negation. */
  readonly negative: boolean;
}

export interface CompiledClaim {
  readonly claim: Claim;
  readonly patterns: readonly CompiledPattern[];
  readonly unless?: RegExp;
}

function expand(source: string): string {
  return source
    .replace(/ \{~(\d)\}/g, (_, n: string) => `(?: [^ |]+){0,${n}}`)
    .replace(/\{(VACCINE|CAUSE)\}/g, (_, k: string) => MACROS[k] as string);
}

/** Compile the claims once: each pattern is anchored on token boundaries of the token line. */
export function compileClaims(claims: readonly Claim[]): CompiledClaim[] {
  return claims.map((claim) => ({
    claim,
    patterns: claim.patterns.map((p) => {
      const src = typeof p === 'string' ? p : p.re;
      const body = expand(src);
      return {
        re: new RegExp(`(?<![^ ])(?:${body})(?![^ ])`, 'g'),
        ...(typeof p === 'string' ? {} : { context: new RegExp(`(?<![^ ])${expand(p.context)}(?![^ ])`) }),
        negative: OWN_NEGATION.test(src),
      };
    }),
    ...(claim.unless ? { unless: new RegExp(claim.unless) } : {}),
  }));
}

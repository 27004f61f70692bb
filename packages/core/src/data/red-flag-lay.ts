import { defineLexicon, type LexiconEntry } from '../text/lexicon.js';
import { patternEntries } from './red-flag.js';

/**
 * Emergencies that red-flag.ts does not name, in the words patients and parents use, matched on
 * stems so that any tense meets an entry ("she's bleeding", "bled through"): pregnancy, a young
 * baby, the abdomen, sudden confusion, the spine (cauda equina), diabetes, head injury and the
 * testicles. Each entry's first tag is its kind, which the rule reports and the reply is chosen by.
 *
 * Sources, read for what each emergency looks like to a lay person and never copied:
 *   NHS, "When to call 999" and "When to go to A&E" (nhs.uk)
 *   NHS, "Vaginal bleeding in pregnancy", "Your baby's movements", "Waters breaking early" (nhs.uk)
 *   NICE NG143 / CKS "Feverish children" (the traffic-light red features) and NHS "Is your baby or toddler seriously ill?"
 *   NHS, "Cauda equina syndrome", "Testicular torsion", "Head injury and concussion", "Diabetic ketoacidosis" (nhs.uk)
 *   NHS, "Stomach ache" and "Sepsis" (confusion, slurred speech, not making sense)
 */

const PREG =
  'NHS, "Vaginal bleeding in pregnancy", "Your baby\'s movements" and "Waters breaking early" (nhs.uk); RCOG patient information';
const BABY = 'NICE NG143 (feverish children, red features); NHS, "Is your baby or toddler seriously ill?" (nhs.uk)';
const BELLY = 'NHS, "Stomach ache" and "When to go to A&E" (nhs.uk); NICE CKS, "Acute abdominal pain"';
const CONFUSION = 'NHS, "Sepsis" and "When to call 999" (sudden confusion) (nhs.uk)';
const SPINE = 'NHS, "Cauda equina syndrome" (nhs.uk); GIRFT national cauda equina pathway (red flags)';
const DIABETES = 'NHS, "Diabetic ketoacidosis" and "Low blood sugar (hypoglycaemia)" (nhs.uk)';
const HEAD = 'NHS, "Head injury and concussion" (nhs.uk); NICE NG232 (head injury)';
const POISON =
  'NHS, "Poisoning" and "When to call 999" (nhs.uk); NHS, "Swallowed button battery" alert (RCEM); BNF, methotrexate and insulin dosing errors';
const SUICIDE_SRC = 'NHS, "Help for suicidal thoughts" (nhs.uk); NICE CKS, "Suicide risk" and "Self-harm"';
const EC = 'NHS, "Emergency contraception (morning after pill, IUD)" (nhs.uk)';
const TESTIS = 'NHS, "Testicular torsion" (nhs.uk)';

/** Phrases already listed under a kind: patterns of one kind may expand to the same phrase. */
const listed = new Set<string>();

function kind(tag: string, patterns: readonly string[], source: string, note: string): LexiconEntry[] {
  return patternEntries(tag, patterns, source, note, listed);
}

const WHOSE = '(my|his|her|the|their|your)';

export default defineLexicon({
  id: 'red-flag-lay',
  inflect: true,
  description:
    'Emergencies in lay words: pregnancy, young babies, the abdomen, confusion, spine, diabetes, head injury.',
  entries: [
    ...kind(
      'pregnancy',
      [
        '(pregnant|weeks) and (bleeding|bleed|spotting heavily|losing blood)',
        'bleeding (while|whilst|when|and) pregnant',
        "(baby|bump) (is not|isn't|hasn't been|has not been|not) moving",
        "(haven't|have not|not) felt (the baby|baby|him|her) (move|moving|kick|kicking)",
        "(baby|babys|baby's) movements (have|has) (stopped|slowed|changed|reduced)",
        'reduced (movements|baby movements|fetal movements)',
        '(waters|water) (have|has|) (broken|broke|gone|went)',
        'leaking fluid',
        'pregnant (with|and) (a bad|a terrible|a really bad|a severe|bad|severe) headache',
        'pregnant and (my|her) vision',
      ],
      PREG,
      "Bleeding, a change in the baby's movements or waters breaking in pregnancy: maternity unit or 999 now.",
    ),
    ...kind(
      'baby',
      [
        "(baby|newborn|little one) (is not|isn't|not|won't|wont|hasn't been) (feeding|eating|taking milk|taking a bottle)",
        "(no|not had a|hasn't had a|no wet) (wet nappy|wet nappies|wet nappys)",
        '(dry nappy|dry nappies) (all day|since)',
        'high pitched (cry|crying|scream)',
        '(bulging|sunken) (soft spot|fontanelle)',
        '(baby|newborn) (has|with|got|is running) a (temperature|temp|fever) of (38|39|40)',
        '(under|less than) (3|three) months (old|) (with|and|has) a (temperature|temp|fever)',
        '(ribs|tummy) (sucking|pulling|caving) in',
        'grunting (when|with every|every) breath',
        '(baby|he|she) (is|has gone|looks|went) (blue|grey|pale and floppy)',
      ],
      BABY,
      'Red features in a baby or young child (not feeding, no wet nappies, a high-pitched cry, a fever under 3 months): 999 or A&E.',
    ),
    ...kind(
      'abdominal',
      [
        '(worst|agonising|excruciating|unbearable|severe) (stomach|tummy|belly|abdominal) pain',
        "(stomach|tummy|belly) pain (so bad|that bad) (i|he|she) (can't|cannot) (stand|move|walk)",
        "(can't|cannot) stand up (straight|) (with|for) the pain",
        '(stomach|tummy|belly) (is|has gone|has become|went) (rigid|hard as a board|swollen and hard)',
        '(black|tarry) (poo|stools|poop)',
        'vomiting (green|bile|poo)',
        "(can't|cannot|haven't been able to) keep (anything|any fluids|water|fluids) down",
      ],
      BELLY,
      'Severe abdominal pain, a rigid belly, black stools or being unable to keep fluids down: A&E or 999.',
    ),
    ...kind(
      'confusion',
      [
        "(not|isn't|is not) making (any|) sense",
        "(doesn't|does not|didn't) (know|recognise|recognize) (who|where) (i am|he is|she is|we are|she was|he was)",
        '(suddenly|really|very) confused',
        '(confused|delirious) and (hot|burning up|shivering|shaking)',
        "(doesn't|does not) know what day it is",
        'talking gibberish',
        'talking nonsense',
      ],
      CONFUSION,
      'Sudden confusion or not making sense can be sepsis or a stroke: 999.',
    ),
    ...kind(
      'spine',
      [
        "(can't|cannot) feel (when|myself when) (i|he|she) (wipe|wipes)",
        'numb (bum|bottom|backside|between my legs|down below|saddle)',
        "(back pain|bad back|sciatica) and (can't|cannot|couldn't) (pee|wee|pass urine|control my bladder)",
        "(can't|cannot) (control|hold) (my|his|her) (bladder|bowels) and (back|sciatica)",
        '(wet|soiled) (myself|himself|herself) and (my|his|her) back',
        'both legs (going|gone|are) (numb|weak|dead)',
      ],
      SPINE,
      'Back pain with numbness between the legs or a change in bladder or bowel control can be cauda equina: A&E now.',
    ),
    ...kind(
      'diabetes',
      [
        '(ketones|keytones) (are|is|) (high|over|above|3|4|5)',
        '(high|large|lots of) ketones',
        '(sugar|sugars|blood sugar|glucose) (is|are|says|reads|reading) (hi|high and vomiting|high and being sick)',
        "(sugar|sugars|blood sugar|glucose) (so|really|very) low (he|she|i) (can't|cannot|won't)",
        '(took|taken|injected|given) (double|twice) (his|her|my|the) (insulin|dose of insulin|insulin dose)',
        "(hypo|hypoing) and (not|won't|can't|isn't) (responding|waking|eating|making sense)",
      ],
      DIABETES,
      'High ketones, very high or low blood sugar that is not responding, or a double insulin dose: 999 or A&E.',
    ),
    ...kind(
      'head-injury',
      [
        '(banged|hit|bumped|knocked) (his|her|my) head and (keeps|is|has been|been) (vomiting|being sick|sick|drowsy|sleepy|confused)',
        '(knocked|been knocked) (out|unconscious)',
        'clear fluid (from|coming out of) (his|her|my) (nose|ear)',
      ],
      HEAD,
      'A head injury with vomiting, drowsiness, confusion, a blackout or on blood thinners: A&E.',
    ),
    ...kind(
      'testicular',
      [
        `sudden (severe|bad|terrible|really bad|) pain (in|of) ${WHOSE} (testicle|testicles|balls|ball|nuts)`,
        '(testicle|testicles|ball|balls) (is|are|has gone|went|suddenly) (swollen and painful|really painful|agony|very painful)',
      ],
      TESTIS,
      'Sudden, severe testicular pain can be torsion, which needs surgery within hours: A&E now.',
    ),
    ...kind(
      'sepsis',
      [
        'stiff neck',
        'neck is (really|very|) stiff',
        'neck (seems|feels) (really|very|) stiff',
        'light (is|) (hurting|hurts) (my|his|her|their) eyes',
        "(can't|cannot) (stand|bear|stand the) (the|) light",
        "(spots|dots|rash|blotches) (don't|won't|didn't) (go|fade|disappear)",
        'spreading (purple|red|dark) rash',
        '(tiny|little) (purple|red) (spots|dots)',
        'cold and clammy',
        'clammy and (drowsy|confused|grey|pale)',
        '(shivery|shivering|shaking) and confused',
        '(fever|temp|temperature) of (40|41) and',
        '(red|redness) (and|is) spreading',
        'red hot and spreading',
        "feel like (i am|im|i'm) dying",
      ],
      'NHS, "Sepsis" and "Meningitis" (nhs.uk); UK Sepsis Trust red flags',
      'Signs of sepsis or meningitis: a stiff neck, light hurting the eyes, a spreading or non-fading rash, cold clammy skin with confusion.',
    ),
    ...kind(
      'breathing',
      [
        "(can't|cannot|can not) finish (a|her|his|my) (sentence|sentences)",
        '(only|barely) (say|get out|speak) (a|a couple of|a few|two|2) words',
        'can barely (get|say|speak) (my|his|her|any|) words',
        '(oxygen|sats|o2|oxygen thing|oxygen level) (says|is|reads|at) (70|75|80|82|83|84|85|86|87|88|89|90|91)',
        '(blue|grey|gray) around the (lips|mouth)',
        '(lips|lip) (have|has|are|is) (gone|going|turned|turning) (blue|grey|gray|purple)',
        "(she's|he's|shes|hes|she is|he is|baby is|baby's) gasping",
        '(blue inhaler|inhaler|ventolin|salbutamol) every (5|10|five|ten|few|couple of) minutes',
        'breathing is (slow|shallow|really slow|very slow)',
        'breathing (deep and fast|really fast and deep)',
        "inhaler (isn't|is not|not) (touching|helping|working)",
      ],
      'NHS, "When to call 999" and "Asthma attacks" (nhs.uk)',
      'Struggling to speak in sentences, blue lips, a low oxygen reading or an inhaler not working: 999.',
    ),
    ...kind(
      'stroke',
      [
        '(lost|losing) (the|all|my|his|her) (sight|vision) in',
        'like a curtain (came|coming) down',
        "(one|left|right) side of (my|his|her) (body|face) (won't work|has gone numb|has gone weak|went numb|went weak|feels numb|feels weak|is numb|is weak)",
        "(can't|cannot|couldn't) grip",
        '(mouth|face|lip) (is|has gone|went|feels) numb',
      ],
      'NHS, "Stroke: symptoms" (FAST) and "When to call 999" (sudden loss of sight) (nhs.uk)',
      'Sudden loss of sight, or one side of the body or face gone weak or numb: 999.',
    ),
    ...kind(
      'anaphylaxis',
      [
        'tongue (feels|is|has gone) (thick|huge|massive|big)',
        '(hard|difficult|struggling) to swallow',
        "(can't|cannot) swallow",
        '(face|lips|lip|eyes|tongue|throat) (is|are|has|have|keeps|keep|started) (swelling|swelled|swollen|ballooning|puffing)',
        'face (is|has) swell',
        'whole face (is|has) (swelling|swollen|swelled)',
        'voice (has gone|is|went|gone) (croaky|hoarse|funny)',
        'voice (has gone|went|gone) all (croaky|hoarse|funny)',
        '(face|lips|lip|tongue|eyes) (is|are|look|looks|has gone|have gone) (massive|huge|enormous|twice the size)',
        'throat closing',
      ],
      'NHS, "Anaphylaxis: symptoms" (nhs.uk); Resuscitation Council UK',
      'Swelling of the face, lips, tongue or throat, a thick tongue or trouble swallowing after an allergen: 999.',
    ),
    ...kind(
      'bleeding',
      [
        '(been|being|was) sick blood',
        'sick (with|up) blood',
        'bleeding from (my|his|her|their) (bottom|back passage|bum|rectum)',
        '(big|large|huge) clots',
        'clot the size of',
        'blood (is|was|keeps) (spurting|pumping|pouring|running down)',
        'pouring (with|) blood',
        '(towels|towel|pads|pad|clothes) (are|is|) soaked',
        'flooding through',
        "(bleeding|blood) (that|which|) (won't|wont|will not) stop",
      ],
      'NHS, "When to call 999" and "When to go to A&E" (heavy bleeding, vomiting blood, fainting) (nhs.uk)',
      'Vomiting blood, heavy bleeding with clots or fainting, bleeding that will not stop: 999 or A&E.',
    ),
    ...kind(
      'burn',
      [
        '(skin|it) is (peeling|blistering|white|charred)',
        '(peeling|blistering) and (blistering|peeling)',
        '(big|huge|large) blisters',
        'pulled (a|the) (cup of tea|kettle|pan|hot drink|coffee) over',
        '(burnt|burned|scalded) (her|his|my|their) (chest|face|arm|legs|hand|body)',
      ],
      'NHS, "Burns and scalds" (when to go to A&E: large, deep, white or charred burns, burns on children) (nhs.uk)',
      'A large, deep, white or blistering burn, or any burn on a small child: A&E.',
    ),
    ...kind(
      'poisoning',
      [
        '(ate|eaten|swallowed|took|taken|drank|drunk|had) (some|a few|loads|a load|lots) of (my|his|her|the|their) (tablets|pills|meds|medicine|diazepam)',
        '(drank|drunk|drink|swallowed|had) (some|a bit|a mouthful) of (the|) (bleach|dishwasher liquid|washing up liquid|cleaning stuff|antifreeze|white spirit|fabric conditioner)',
        '(drink|drank|drunk|had) a (whole|) bottle of (calpol|medicine|cough medicine)',
        'swallowed (one of|a) (those|the|) (little|) (button batteries|button battery|batteries|battery|magnets|magnet)',
        'swallowed a whole (packet|box|bottle)',
        '(took|taken) (two|2|some|a couple of) pills at a (festival|party|club|rave)',
        '(took|taken|injected|had|given) (my|his|her) (evening|morning|night|insulin|dose) (insulin|dose|) twice',
        '(insulin|dose|tablets) twice by (mistake|accident)',
        'every day instead of (once a week|weekly)',
        'double (dose|dosed)',
      ],
      POISON,
      'Something swallowed that can poison or burn, or a dangerous dose taken in error: A&E or 999 now.',
    ),
    ...kind(
      'pregnancy',
      [
        '(pregnant|weeks) (and|with) (a|) (splitting|bad|terrible|really bad|severe) headache',
        'flashing lights',
        '(face|hands|feet) (and (hands|feet|face)|) (have|has) (gone|got) (puffy|swollen)',
        '(pregnant|weeks) (and|with) (bleeding|pain)',
        "(baby|he|she) (hasn't|has not|hasnt) moved",
      ],
      PREG,
      'Pre-eclampsia signs, bleeding with pain in early pregnancy, no movements, or bleeding after birth: maternity unit or 999.',
    ),
    ...kind(
      'head-injury',
      [
        '(hit|banged|bumped|knocked) (my|his|her) head (and|,)',
        'punched in the head',
        'one pupil (is|bigger|larger)',
        '(on|taking) (the|) blood thinners',
      ],
      HEAD,
      'A head injury with vomiting, confusion or a pupil change, or on blood thinners: A&E.',
    ),
    ...kind(
      'suicide',
      [
        '(cut|cutting) (again|tonight|today|deep|deeper)',
        'been cutting',
        '(burnt|burned|burning) (myself|my legs|my arms|herself|himself) (with|on purpose)',
        'planning to hang',
        'belt round (my|her|his) neck',
        'voice telling me (i should die|to jump|to kill|to die)',
        "won't be here in",
        "(i'm|im|i am) (stood|standing|sat|sitting) (on|in) the (bridge|bath with a blade|edge)",
      ],
      'NHS, "Help for suicidal thoughts" and "Self-harm" (nhs.uk); NICE CKS, "Suicide risk"',
      'Self-harm now, a plan or a means at hand: 999 or A&E if in danger, and the Samaritans on 116 123.',
    ),
    ...kind(
      'stroke',
      [
        "(couldn't|could not|can't|cannot|cant|couldnt) get (my|his|her|their) words out",
        "(can't|cannot|cant|couldn't) find (my|his|her|the) words",
        '(speech|words) (has|have|) (gone|going|went) (all |)(muddled|funny|jumbled|slurry)',
        '(hand|arm|leg) (went|has gone|gone|is) (useless|dead|floppy|limp)',
        '(face|mouth) (has|is|) (slipped|down) on one side',
        'one side of (his|her|my|their) face (has|is|) (slipped|dropped|drooped|gone|sagging)',
        "(cannot|can't|cant) speak properly",
        "(can't|cannot|cant|couldn't) hold (his|her|my|a|the) (cup|tea cup|teacup|pen|phone|fork)",
        'everything (has|is|) gone double',
        'double vision',
        "(can't|cannot|cant) feel (my|his|her) (left|right) (side|arm|leg|hand)",
        "(can't|cannot|cant) walk in a straight line",
        'can barely see',
        "(can't|cannot|cant) see out of",
      ],
      'NHS, "Stroke: symptoms" (FAST) and "When to call 999" (nhs.uk)',
      'Words that will not come, a hand or side gone weak, double vision or an unsteady walk, suddenly: 999.',
    ),
    ...kind(
      'sepsis',
      [
        "(can't|cannot|cant) touch (my|his|her) chin (to|on) (my|his|her) chest",
        'light (is|) (killing|hurting) (my|his|her) eyes',
        'wound (is|has|has gone|looks) (red hot|burst|burst open|opened up|oozing|weeping pus)',
        'shaking with (chills|cold)',
        'shivering like mad',
        '(pain|pains) (is |)(way |much |far |)(worse|out of proportion) than it looks',
        '(leg|arm|whole leg|whole arm) is (purple|black) and swollen',
        'blistering rash',
        '(skin|skins) (on (my|his|her) (chest|back|face) |)(is |)peeling',
      ],
      'NHS, "Sepsis", "Meningitis", "Necrotising fasciitis" and "Stevens-Johnson syndrome" (nhs.uk)',
      'A neck that will not bend, an infected wound with fever and shakes, pain far worse than it looks, or skin blistering and peeling.',
    ),
    ...kind(
      'cardiac',
      [
        '(clutching|gripping|holding) (his|her|my|their) chest',
        '(elephant|weight) (sat|sitting|on) (on |)(my|his|her) chest',
        'elephant sat on (him|her|me)',
        'grey and sweaty',
        'gray and sweaty',
        'pale and sweaty',
        'calf (is |)(swollen|hot|red) and (painful|tender|sore)',
      ],
      'NHS, "Heart attack: symptoms" and "DVT and pulmonary embolism" (nhs.uk)',
      'Gripping the chest, grey and sweaty, or a swollen painful calf: 999.',
    ),
    ...kind(
      'breathing',
      [
        'breathing (weird|funny|strange|odd|noisy and fast)',
        'rusty (coloured|colored|looking) (stuff|phlegm|sputum|mucus)',
        'breathless (just |even |)(walking|going up|getting up|talking|lying down|at rest|sitting)',
        'stops breathing for',
        'blue (round|around) (her|his|the) (mouth|lips) when',
        'going blue',
      ],
      'NHS, "When to call 999", "Pneumonia" and "Pulmonary embolism" (nhs.uk)',
      "Breathing that looks wrong, breathless at rest or on a few steps, pauses in a baby's breathing: 999.",
    ),
    ...kind(
      'unresponsive',
      [
        "(can't|cannot|cant) get up (off|from) the floor",
        'on the floor (not responding|for hours|since)',
        'not responding',
        "(can't|cannot|cant) move (my|his|her) legs",
        '(arm|leg) (looks|is) bent the wrong way',
        'fingers (have|has|) (gone|turned) (cold and white|white|blue)',
      ],
      'NHS, "When to call 999" (a fall with injury, unresponsive) (nhs.uk)',
      'Someone not responding, unable to get up after a fall, or a limb bent out of shape: 999.',
    ),
    ...kind(
      'abdominal',
      [
        'redcurrant jelly',
        'coffee grounds',
        '(poo|stools|poop) (has been|is|are|been) black',
        'black and sticky',
        "(haven't|have not|not) (opened my bowels|passed wind|had a poo)",
        'bright green',
        'green (sick|vomit)',
        "(can't|cannot|cant) walk without bending",
        'moved (to the |)(bottom|lower) right',
      ],
      BELLY,
      'Blood in vomit or stools, green vomit in a baby, a blocked bowel, or pain that has moved to the lower right: A&E.',
    ),
    ...kind(
      'testicular',
      [
        '(ball|balls|testicle|testicles|nut|nuts) (is|are) (rly |really |very |so |)(swollen|purple|agony)',
        '(willy|penis) and (balls|ball) (are|is) (really |very |)(swollen|purple)',
      ],
      TESTIS,
      'A swollen, purple or agonising testicle: A&E now.',
    ),
    ...kind(
      'bleeding',
      [
        "(nosebleed|nose bleed|bleed) (for over an hour|for an hour|for hours|won't stop|wont stop|will not stop)",
        'bright red blood',
        'spitting (out |up |)blood',
        'blood and pus',
      ],
      'NHS, "When to call 999" and "Nosebleed" (nhs.uk)',
      'Bleeding that will not stop, especially on blood thinners or after an operation: A&E.',
    ),
    ...kind(
      'pregnancy',
      [
        '(pregnant|weeks) (bleeding|spotting heavily)',
        'landed on (my|her) (tummy|bump|stomach)',
        'fluid and blood',
        'shoulder tip',
        'tummy keeps (going|getting) tight',
      ],
      PREG,
      'Bleeding or fluid after a fall in pregnancy, shoulder-tip pain in early pregnancy, or tightenings early: maternity unit or 999.',
    ),
    ...kind(
      'psychosis',
      [
        '(tv|telly|radio|phone) (is|are|keeps) (sending|talking to|telling) (him|her|me|them)',
        'hearing voices',
        "(hasn't|has not|haven't|not) slept for (3|4|5|three|four|five|days)",
        '(got|has|with) a knife in (his|her|their) room',
      ],
      'NHS, "Psychosis" and "Where to get urgent help for mental health" (nhs.uk)',
      'Voices, messages from the television, days without sleep or a weapon kept close: urgent mental health help or 999.',
    ),
    ...kind(
      'contraception',
      [
        '(sex|shag) (w/o|without|with no) (protection|a condom|condom|contraception)',
        'missed (2|3|two|three|a few|some) pills',
      ],
      EC,
      'Emergency contraception works best the sooner it is taken: a pharmacy or sexual health clinic today, or NHS 111.',
    ),
    ...kind(
      'suicide',
      [
        '(rope|cable|ligature|belt|cord|scarf|noose) (round|around) (my|his|her|their) neck',
        'planning my exit',
        'kms',
        '(cut|cutting) again',
        'deeper this time',
        'arms (are |)covered',
        'razor out',
        '(notes|letters) (to each of us|are written)',
        'playlist for my funeral',
        "i'm at peace with it",
      ],
      `${SUICIDE_SRC}`,
      'A means at hand, a plan, or final arrangements: 999 or A&E if in danger, and the Samaritans on 116 123.',
    ),
    ...kind(
      'overdose',
      [
        'took (my|the|a) whole (box|packet|bottle|month|months|strip) of',
        '(bought|got) (paracetamol|tablets|pills) from (3|three|different|a few|several) shops',
      ],
      'NHS, "Paracetamol overdose" and "When to go to A&E" (nhs.uk); NICE CKS, "Poisoning or overdose"',
      'A supply gathered or taken: A&E now, even if the person feels well, and the Samaritans on 116 123.',
    ),
  ],
});

/**
 * A baby under three months with a fever of 38°C or more, or who will not feed, is a red feature
 * whatever the words around it (NICE NG143): the age is read from "6 week old", "3wk old",
 * "newborn"; the fever from a temperature word with a reading of 38 or more.
 */
export const INFANT = {
  /** Units of age that make a baby under three months when the number is at most `max`. */
  ages: [
    { units: ['day', 'days', 'dy'], max: 90 },
    { units: ['week', 'weeks', 'wk', 'wks', 'wo'], max: 12 },
    { units: ['month', 'months', 'mth', 'mths', 'mo'], max: 2 },
  ],
  /** Words that name a baby this young without a number. */
  words: ['newborn', 'newborns'],
  /** Words for a temperature; a number of 38 or more near one is a fever. */
  temperature: ['temp', 'temperature', 'fever', 'degrees', '°c', 'c'],
  feverAt: 38,
  /** Not feeding: one of these after a negator, or a phrase. */
  feeding: ['feeding', 'feed', 'feeds', 'eating', 'drinking', 'milk', 'bottle', 'latching'],
  source: BABY,
} as const;

/**
 * Cauda equina told in body words, by its parts (NHS, "Cauda equina syndrome"; GIRFT national cauda equina
 * pathway): feeling lost in the saddle area (the region and the loss in one sentence, either order: "numb round
 * my back passage", "pins and needles in my saddle area", "my bum feels numb on the toilet seat"), or a change
 * in the bladder or bowel in a message about the back ("my back's gone and now I can't wee"). A numb seat counts only
 * in a message about the back: it goes numb from sitting. Words are matched
 * as written; `reach` is how many words may stand between a region and a loss.
 */
export const CAUDA_EQUINA = {
  /** Seats that go numb from sitting: a sign only in a message that speaks of the back. */
  seat: ['bum', 'bottom', 'backside', 'buttocks', 'bum cheeks'],
  region: [
    'saddle',
    'groin',
    'genitals',
    'privates',
    'private',
    'willy',
    'penis',
    'vagina',
    'anus',
    'passage',
    'crotch',
    'perineum',
    'wipe',
    'wiping',
    'down there',
    'down below',
    'between my legs',
    'between his legs',
    'between her legs',
    'toilet paper',
  ],
  loss: [
    'numb',
    'numbness',
    'tingling',
    'tingly',
    'pins and needles',
    'no feeling',
    "can't feel",
    'cant feel',
    'cannot feel',
    "couldn't feel",
    'lost feeling',
    'dead',
  ],
  bladder: [
    "can't wee",
    'cant wee',
    "can't pee",
    'cant pee',
    "can't seem to wee",
    "can't seem to pee",
    "couldn't wee",
    "couldn't pee",
    'nothing came out',
    "haven't passed water",
    "haven't had a wee",
    "haven't weed",
    'wet myself',
    'wet himself',
    'wet herself',
    'pissed myself',
    'leaked urine',
    'leaking urine',
    "can't tell when i need",
    "couldn't tell if i needed",
    "can't empty my bladder",
    "can't control my bladder",
    "can't control my bowels",
    'lost control of my bladder',
    'lost control of my bowels',
  ],
  back: ['back', "back's", 'sciatica', 'disc', 'spine', 'lumbar', 'slipped'],
  reach: 6,
  source: SPINE,
} as const;

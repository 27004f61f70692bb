/**
 * Common first names in the UK, so that "Tom is useless" is read as being about a person. Drawn from
 * the Office for National Statistics "Baby names in England and Wales" lists (top names by decade,
 * 1944 to 2023) and National Records of Scotland baby-name statistics, with names common in the UK's
 * South Asian, African, Caribbean, Polish and Irish communities. Names that are also everyday
 * English words (Will, May, Grace, Mark, Rose…) are left out: they cannot be told from the word.
 */
const SOURCE = 'ONS Baby names in England and Wales (1944–2023); NRS baby names statistics';

const NAMES = `
aaron abdul abigail adam adrian agnieszka ahmed aisha aiden alan alastair albert alex alexander alexandra alfie ali
alice alison amanda amelia amir amit amy andrea andrew andy angela anil anita ann anna anne annie anthony anya arjun
arthur ashley aurora barbara barry becky ben benjamin beth bethany beverley bilal brenda brian bridget callum cameron
carl carla caroline catherine charlie charlotte chloe chris christine christopher ciara claire colin connor craig
daisy dale daniel danielle darren david debbie deborah declan deepak denise dennis derek diane dominic donna dorothy
douglas duncan dylan edward eilidh elaine eleanor elizabeth ella ellie emily emma eric erin ethan evie fatima finlay
fiona freddie freya gareth gary gemma geoffrey george georgia gillian gordon graham gurpreet hamza hannah harry
harvey hassan heather helen henry hollie ian imran isaac isabel isabella isla jack jacob jacqueline james jamie jane
janet jasmine jason jayden jennifer jenny jessica joan joanne john jonathan joseph josh joshua julie karen kate
katherine kathleen katie kayleigh keith kelly kenneth kerry kevin kieran kirsty kwame laura lauren leah lee leo leon
lewis liam lily linda lindsay lisa logan louise lucy luke lynne maciej malcolm margaret maria marie martin mary
matthew megan melanie mia michael michelle mohammed mohammad mohamed muhammad naomi natalie nathan neil nicholas
nicola nigel noah nuala oliver olivia omar oscar owen pamela patricia patrick paul paula pauline peter philip
priya rachel rajesh rebecca richard rob robert robin roger ronald ross ruth ryan sadia samantha samuel sandra sarah
scott sean shannon sharon shaun sheila shirley simon siobhan sophie stacey stephanie stephen steven stewart stuart
sukhjinder susan suzanne tanya teresa theo thomas tim timothy tom tony tracey tracy trevor usman valerie vanessa
victoria vikram wayne wendy william yasmin yusuf zainab zara zoe
`
  .trim()
  .split(/\s+/);

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES);
export const FIRST_NAMES_SOURCE = SOURCE;

/**
 * People's names as the UK population has them, so that a name can be told from an ordinary word.
 *
 * Given names: the Office for National Statistics "Baby names in England and Wales" lists (the top
 * names of each decade, 1924 to 2023, so that patients of every age are covered) and National Records
 * of Scotland baby-name statistics, with names common in the UK's South Asian, African, Caribbean,
 * Polish, Irish and Welsh communities (ONS "Baby names" full lists for the same years).
 *
 * Surnames: the most frequent surnames in Great Britain (ONS / Office for National Statistics 2002
 * surname frequency list, as published with the "Surnames in Great Britain" work of the Great Britain
 * Family Names project, UCL / University of the West of England).
 *
 * Names that are also everyday English words (Will, May, Grace, Mark, Rose, Hope, Bill, Hill…) are kept
 * apart: they count as names only where the words around them put a name there (after Dear / Hi /
 * for / with, before a surname, before "'s" and a health word, beside a patient cue). The reader of
 * these lists decides the position; the lists only say which words can be names.
 */
const SOURCE = 'ONS Baby names in England and Wales (1924–2023); NRS baby names statistics';
const SURNAME_SOURCE = 'ONS surname frequency list (2002), GB Family Names project (UCL / UWE)';

/** Given names that are not everyday English words. */
const NAMES = `
aaliyah aaron abbie abdul abdullah abena abigail abimbola ada adaeze adam adebayo adeel adele adeola adil aditya
adrian adriana agata agnes agnieszka ahmad ahmed aidan aiden aileen ailsa aimee ainsley aisha aisling akash akua alan
alana alastair albert alberto alec aleksander aleksandra alesha alex alexa alexander alexandra alexis alfie alfred
ali alicia alice alina alisha alison alistair allan allison alma alyssa amal amanda amara ameer amelia
amelie amina amir amira amit amna amrit amy ana anastasia andre andrea andreas andrei andrew andy aneesa angela
angus anil anika anita anjali ann anna annabel annabelle anne annette annie anthony antonia antony anwar anya
arabella archie arjun arlo arnold arran arthur arun asha ashleigh ashley ashraf asif asma aston audrey aurora
austin ava avril ayaan ayesha ayla aziz barbara barnaby barry basia beatrice beatrix becky belinda ben benedict
benjamin bernadette bernard beryl beth bethan bethany betty beverley bhavna bilal billie blessing blodwen bogdan
bonnie brandon brenda brendan brett brian bridget bronwen bryony caitlin caleb callum calum camilla cara carl carla
carlos carly carmel carole caroline carolyn carys casey cassandra catherine cathy catriona cecil cecilia cedric
charlene charles charlie charlotte charmaine chelsea cheryl chidi chiara chloe chris christian christina christine
christopher chukwuemeka ciara ciaran claire clara clare claudia clifford clive colin colleen connie connor conor
constance craig cynthia dafydd daisy dale damian damien dana daniel daniela danielle danny daphne darius darren
darryl dave david davina dawid deborah debbie declan deepak deirdre delroy demi denise dennis denzel derek dermot
desmond devon dexter dhruv diana diane dilys dionne dmitri dolores dominic dominika donal donald donna doreen
doris dorothy douglas duncan dwayne dylan eamon eamonn ebony edith edmund edna edward edwin eileen eilidh elaine
eleanor elena eliana elif elijah elin elise eliza elizabeth ella ellen ellie elliot elliott elodie eloise elsa
elsie elspeth emeka emil emilia emily emma emmanuel enid enzo eric erica erin ernest esme esther ethan ethel
eugene eunice evan evelyn evie ewan ezra fahad faisal farah farhan farida farooq fatima fatuma fay felicity felix
fergus fern fernando finlay finley finn fiona fionnuala florence francesca frances francis freddie frederick freya
gabriel gabriella gail gareth garry gary gavin gemma geoffrey george georgia georgina geraint gerald geraldine
gerard gertrude gethin gideon gillian gina gladys glen glenda glenn glenys gloria gordon graham greta gwen gwendolyn
gwyneth habib hadiza hafsa hamish hamza hannah harjit harold harpreet harriet harrison harry harvey hasan hassan
hayden hayley hazel heather hector heidi helen helena henrietta henry herbert hilary hilda hollie horace howard
hugh hugo humaira hussain iain ian ibrahim idris ifeoma ifor ignacy ikechukwu imogen imran ines inga ingrid ioan
iona ira irene iris irina isaac isabel isabella isabelle isaiah isha ishaan isla ismail ivan ivor jacek jacob
jacqueline jacqui jade jagdeep jai jakub jamal james jamie jane janet janice janine jaroslaw jas jasmin jasmine
jason jasper javed javier jayden jayne jean jeanette jemima jemma jenna jennifer jenny jeremy jermaine jerome
jessica jessie jill jillian jitendra joan joanna joanne jocelyn jodie joe joel joey johanna john jolene jonathan
jordan jose joseph josephine josh joshua josie joyce judith julia julian juliana julie juliet justin kabir kacper
kai kamal kamala kamil karen karim karina karl karolina kasia katarzyna kate katharine katherine kathleen kathryn
katie katrina kayleigh keeley keira keith kelly kelvin kemi kenneth kerry kevin khadija khalid kieran kiera kimberley
kirsten kirsty krishna krystyna kwabena kwame kwasi kyle lachlan laila lakshmi lara larissa laura lauren laurence
leah leanne lee leila leo leon leonard leonie lesley leslie lewis liam lila lilian lilly lily linda lindsay lindsey
lisa lois lola lorna lorraine louis louisa louise luca lucas lucia lucy luis lukasz luke lydia lynda lynn lynne
lynsey mabel maciej madeleine madison mahmood maisie maja malcolm malik mandeep manjit marc marcia marcus margaret
margery maria mariam marian marianne marie marina marion marisa marjorie marlene marsha martha martin martyn
marvin mary maryam matilda matthew maud maura maureen maurice maxine megan meghan mehmet melanie melissa melvin
meredith mervyn mia michael michaela michelle mick mikolaj milan millie mina mohamed mohammad mohammed moira molly
monica morag morgan moses muhammad muriel murray mustafa myra nadia nadine naeem naomi naseem nasir natalia
natalie natasha nathan nathaniel navdeep neha neil nia niall nicholas nicola nicole nigel nikhil nikita niamh
nina noah noel noor nora norah norma norman nuala nyasha obinna octavia odette olga oliver olivia olu oluwaseun
omar oona orla oscar osman owain owen paige pamela paolo parveen patricia patrick patsy paul paula pauline pawel
 penelope percy petra phil philip philippa phillip phoebe phyllis piers piotr polly pooja preeti priscilla
priya priyanka qasim rachael rachel rafael rahul raj rajesh rajinder rakesh ralph ramesh rana raphael rashid rebecca
reece reggie reginald rehana reuben rhian rhiannon rhona rhys ricardo richard ricky riley rita robbie robert roberta
roderick rodney rohan roisin roland ronald ronan rosalind rosemary rosie ross rowan roxanne roy rubina rukhsana
rupert russell ruth ryan sabrina sadia safiya sahil saira salim sally salma samantha samir samira samuel sana
sandeep sandra sanjay sara sarah saskia scarlett scott seamus sean sebastian seren shabana shahid shakira shane
shanice shannon sharon shaun sheena sheila shelley sherry shirley shona shreya sian sibyl sienna simon simone
siobhan sita sofia sonia sophia sophie stacey stanley stefan stella stephanie stephen steven stewart stuart
sukhjinder sunil susan susanna suzanne sylvia szymon tabitha tahir tamara tamsin tanya tara tariq tasha tatiana
teresa terence tessa thelma theo theodore theresa thomas tiffany timothy tina tobias toby tomasz tommy toni tonia
tony tracey tracy trevor tristan troy tunde tyler tyrone umar uzma valerie vanessa vera veronica victoria vijay
vikram vincent viola violet virginia vivian vivienne wanda warren wayne wendy wilfred william winifred winston
wojciech xavier yasmin yasmine yusuf yvette yvonne zac zach zachary zahra zain zainab zak zara zeynep zoe zofia
zuzanna agnes bev bernie bev carys elsie fran gaz jo kath kay kev liz mags marg mo nat nic pete ron sam
sian stan steph tam val vic viv cameron gurpreet jack logan peter rob robin roger tim tom usman
`;

/**
 * Given names that are also everyday English words: names only in a name position (ONS lists, as above;
 * the word senses from any English dictionary).
 */
const WORD_NAMES = `
amber april art august autumn bill billy bob brook brooke candy carol chase cherry chester clay cliff crystal
dawn dean destiny drew dusty earl eve faith felicity frank gene ginger grace grant guy harmony hazel heather holly
honey hope hunter ivy jack jade jay jewel joy june king lily mark marsh max may mercy miles misty nancy neve olive
opal pat patience pearl penny pepper poppy prince rich robin rocky rose ruby rusty sage sandy scarlet shelly
sky skye spencer star stone storm summer sunny tom victor violet wade will willow winter
`;

/** Frequent British surnames that are not everyday words. */
const SURNAME_LIST = `
abbott adams ahmed ahmad akhtar ali allen anderson andrews armstrong ashby ashton atkinson austin bailey
bains bakare baxter begum bennett berry bibi birch blackburn blake booth bowen boyle bradley brennan briggs
broadhurst brooks buckley burgess burke burton butler byrne cairns campbell carr carroll carter chadwick
chambers chapman chaudhry clarke clayton coates cole coleman coles collins connolly conway cooper copeland
cox crabtree crawford cross cunningham dale daly davidson davies davis dawson day dean dixon dobson docherty
doherty donnelly dougherty doyle duffy duncan dunn edwards elliott ellis evans farooqi farrell fenwick ferguson
finch fisher fitzgerald fleming fletcher flynn foster fowler fox francis fraser gallagher gardner gibbs gibson
gilbert gill gordon graham grant gray gregory griffin griffiths hall hamilton hancock hanson harding hardy
harris harrison hart harvey hayes henderson hewitt higgins hobbs hodgson holland holmes holt hopkins houghton
howard howe hudson hughes humphreys hunt hussain hutchinson iqbal jackson james jenkins johnson johnston jones
jordan kaur kelly kennedy kerr khan king kirby knight lamb lambert lane lawrence lawson lee lees lewis lloyd
lowe lynch macdonald mackenzie mahmood malik marsh marshall martin mason matthews maxwell mccarthy mcdonald
mcgregor mckenzie mclean mcleod mcintyre mehta middleton miller mills mitchell moore moran morgan morris morrison
murphy murray nash nelson newman nicholson noble norris o'brien o'connor o'neill obi okafor okonkwo osborne owen
owens palmer parker parry parsons patel patterson payne pearce pearson perry phillips pickering pollard poole
porter powell power preston price pritchard quinn rahman reid reynolds rhodes richards richardson riley roberts
robertson robinson rogers rose ross rowe russell ryan saunders scott shah sharma sharp shaw simpson sinclair
singh slater smith spencer stevens stewart stone sullivan sutton swift taylor thomas thompson thomson todd
townsend tucker turner wallace walsh walters ward watkins watson watts webb webster wells west wheeler white
whitehead wilkinson williams williamson willis wilson wong wood woods wright yates young
`;

const words = (s: string) => s.trim().split(/\s+/);

export const FIRST_NAMES: ReadonlySet<string> = new Set(words(NAMES));
/** Given names that are also ordinary words: a name only where the position says so. */
export const WORD_FIRST_NAMES: ReadonlySet<string> = new Set(words(WORD_NAMES).filter((w) => !FIRST_NAMES.has(w)));
/** Frequent British surnames (some are also words: "Hill", "Wood"; the reader needs a name position). */
export const SURNAMES: ReadonlySet<string> = new Set(words(SURNAME_LIST));
/** Words after "the" and a surname that make it a family: "the Morris children", "the Okafor twins" (common UK usage). */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set(
  words('family families children kids twins triplets boys girls brothers sisters household'),
);
export const FIRST_NAMES_SOURCE = SOURCE;
export const SURNAMES_SOURCE = SURNAME_SOURCE;

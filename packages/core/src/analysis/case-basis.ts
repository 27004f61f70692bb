/*
 * Whether the author says the case may be shared: the details were changed or made up, or the patient
 * agreed. A teaching case written this way, in a proper forum, is what the guidance allows; the
 * confidentiality rules stay silent on it.
 */

const CHANGED =
  /\b(?:details (?:have been |were |are )?(?:changed|altered)|(?:a |the )?composite|anonymi[sz]ed|(?:fictional|hypothetical|made-up) (?:case|patient|example)|not a real (?:case|patient)|not (?:about |for )?(?:a |any )?(?:real |actual |specific |particular )?patient|identifying details removed)\b/i;

const CONSENT =
  /\b(?:with (?:his|her|their|the patient's|full|written|explicit) (?:written |explicit |full )?(?:permission|consent)|(?:shared|posted|shared here) with (?:permission|consent)|(?:gave|given|has given) (?:me |us )?(?:permission|consent)|(?:is|was|are|were|she's|he's|they're) happy for (?:me|us) to (?:share|post|thank)|said (?:we|I) (?:can|could) share|consent (?:obtained|given|gained|taken)|(?<!not |never |hasn't |hadn't |didn't )consented)\b/i;

/** True when the text says the case is anonymised, a composite or made up, or shared with the patient's consent. */
export function anonymisedOrConsented(text: string): boolean {
  return CHANGED.test(text) || CONSENT.test(text);
}

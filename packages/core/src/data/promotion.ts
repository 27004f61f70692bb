import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Promotional intent: the words that show a post is selling or endorsing something, and the words
 * that show it is something else (an NHS programme, a charity appeal) or that the author has
 * declared an interest. Prices, percentages, discount codes, hashtags and links are found by
 * analysis/promotion.ts with short regexes, since the tokeniser drops £, % and #.
 *
 * Tags:
 *   booking       a call to book or buy ("DM to book", "link in bio", "book now")
 *   offer         a discount, deal or refund promise
 *   private       a private (paid) service
 *   availability  a product or service newly on sale ("now available", "in stock")
 *   endorsement   praise of a product or brand in the author's own voice
 *   affiliate     a commercial tie hidden in the wording (discount codes, sponsorship)
 *   declaration   the author declaring an interest
 *   service       what clinics sell (consultations, treatments, scans…), used for "our ___" and "private ___"
 *   nhs           NHS programmes and free public services: weak cues never count in their company
 *   charity       fundraising: a price here is a ticket or a target, not a sale
 *   steer         moving people off an NHS wait towards a private route
 *   weak          (with another tag) counts only alongside a second cue and outside NHS context
 *   social-proof  (with endorsement) testimonials and client counts: a sale on their own, but weak in NHS wording
 */

const CAP = 'CAP Code (UK Code of Non-broadcast Advertising), section 2: recognising marketing communications';
const ASA_INFLUENCER = "ASA/CAP 'Influencers\u2019 guide to making clear that ads are ads' (2020); CMA guidance on hidden advertising";
const MARKETING = 'Common UK health and beauty marketing wording (clinic social-media adverts reviewed by ASA rulings)';
const GMC = "GMC 'Good medical practice' (2024): declaring conflicts of interest; GMC guidance on financial and commercial arrangements";
const NHS = 'NHS England public-facing programme wording (nhs.uk, NHS App, national vaccination and screening programmes)';
const GMS = 'NHS GMS Contract Regulations 2015, Schedule 3 (no private fees from a contractor\u2019s own registered patients); common UK usage';
const UK = 'Common UK usage';

/** Nouns naming what a clinic or a brand sells. Shared with analysis/promotion.ts ("our ___", "private ___"). */
export const SERVICE_NOUNS: readonly string[] = [
  'consultation', 'consultations', 'appointment', 'appointments', 'treatment', 'treatments', 'package', 'packages', 'session',
  'sessions', 'scan', 'scans', 'mri', 'ultrasound', 'test', 'tests', 'testing', 'screen', 'screening', 'check', 'checks', 'checkup',
  'therapy', 'therapies', 'drip', 'drips', 'infusion', 'infusions', 'injection', 'injections', 'jab', 'jabs', 'programme', 'program',
  'plan', 'plans', 'course', 'courses', 'kit', 'kits', 'supplement', 'supplements', 'cream', 'creams', 'serum', 'product',
  'products', 'range', 'app', 'clinic', 'clinics', 'service', 'services', 'prescription', 'prescriptions', 'procedure', 'procedures',
  'filler', 'fillers', 'facial', 'facials', 'peel', 'peels', 'removal', 'microsuction', 'physio', 'physiotherapy', 'assessment',
  'assessments', 'review', 'reviews', 'membership', 'subscription', 'probiotic', 'probiotics', 'vitamins', 'shots',
];

/**
 * What a business sells as a product, for "our ___" (an NHS practice also has "our clinic", "our
 * appointments" and "our sessions", so those are left out).
 */
export const PRODUCT_NOUNS: readonly string[] = [
  'treatments', 'package', 'packages', 'scan', 'scans', 'mri', 'ultrasound', 'therapy', 'therapies', 'drip', 'drips', 'infusion',
  'infusions', 'injections', 'jabs', 'programme', 'program', 'kit', 'kits', 'supplement', 'supplements', 'cream', 'creams', 'serum',
  'product', 'products', 'range', 'app', 'filler', 'fillers', 'facial', 'facials', 'peel', 'peels', 'removal', 'microsuction',
  'membership', 'subscription', 'probiotic', 'probiotics', 'vitamins', 'shots', 'gummies', 'tablets', 'capsules', 'formula',
];

export default defineLexicon({
  id: 'promotion',
  description: 'Promotional intent: prices, booking, offers, DM to book, product endorsements.',
  entries: [
    ...many([
      'dm to book', 'dm me', 'dm us', 'dm for', 'message to book', 'message me to book', 'message us to book', 'message me for',
      'message us for', 'pm me', 'pm to book', 'inbox me', 'link in bio', 'link in my bio', 'link in the bio', 'book now',
      'book today', 'book yours', 'book your place', 'book your slot', 'book your spot', 'book in now', 'book with me',
      'book with us', 'book into my', 'reply to book', 'reply to this email to book', 'call to book', 'click to book', 'tap to book',
      'booking link', 'bookings open', 'bookings now open', 'now taking bookings', 'order now', 'order yours', 'buy now',
      'shop now', 'download today', 'get yours', 'grab yours',
      'swipe up', 'enquire now', 'enquire today',
    ], ['booking'], MARKETING, 'A call to book or buy, the working part of an advert.'),
    ...many(['shipped discreetly', 'discreetly shipped', 'discreet delivery', 'delivered discreetly', 'discreetly delivered',
      'shipped to your door', 'posted to your door', 'free delivery', 'free next day delivery'], ['booking'], MARKETING,
      'Delivery terms of an online clinic or pharmacy selling to the public.'),
    ...many(['book', 'booking', 'order', 'buy', 'enquire', 'enquiries'], ['booking', 'weak'], UK,
      'Booking on its own is as common in NHS notices ("book your flu jab") as in adverts.'),
    ...many([
      'special offer', 'introductory offer', 'launch offer', 'christmas offer', 'summer offer', 'new year offer', 'black friday',
      'offer ends', 'offer code', 'discount', 'discounted', 'half price', 'money back', 'your money back', 'money back guarantee',
      'refund', 'free consultation', 'free consultations', 'free trial', 'bundle', 'loyalty', 'buy one get one', 'great deal',
      'priority booking', 'off your first', 'first appointment free', 'on sale', 'free consult', 'free consults',
    ], ['offer'], MARKETING, 'A discount, deal or refund promise: a sales device.'),
    ...many(['offer', 'offers', 'offering', 'prices', 'price', 'pricing', 'fee', 'fees'], ['offer', 'weak'], UK,
      '"We offer" and "prices" are also used of NHS services and policy.'),
    ...many([
      'privately', 'private prescription', 'private prescriptions', 'private clinic', 'private gp', 'private patients', 'private practice',
      'self pay', 'self funded', 'self funding', 'pay privately', 'go private', 'going private', 'fast track', 'fast tracked',
      'skip the queue', 'skip the wait', 'no waiting list', 'no waiting lists', 'no referral needed', 'no gp referral needed',
    ], ['private'], MARKETING, 'A paid, private route to care.'),
    ...many(['same week', 'same day', 'within 48 hours', 'no wait', 'no questions asked', 'next day'], ['private', 'weak'], UK,
      'Speed of access: a selling point of private care, but also said of NHS same-day appointments.'),
    ...many([
      'now available', 'available now', 'now available privately', 'available privately', 'in stock', 'back in stock', 'now offering',
      'now stocking', 'now open for bookings', 'limited stock', 'available online to buy',
    ], ['availability'], MARKETING, 'A product or service announced as on sale.'),
    ...many(['available', 'stock', 'stockists', 'stocked'], ['availability', 'weak'], UK,
      'Availability alone is as often an NHS service as a sale.'),
    ...many([
      'i use and recommend', 'i personally use', 'i swear by', 'obsessed with this', 'holy grail', 'my favourite supplement',
      'my favourite cream', 'my favourite product', 'my favourite brand', 'my favourite serum', 'the best app', 'best supplement',
      'best product', 'the one i recommend', 'download it today', 'download it now', 'try it today', 'you need this in your life',
      'every parent needs it', 'every parent needs one', 'every mum needs it', 'every mum needs one', 'everyone needs one',
      'everyone needs it', 'you all need this',
    ], ['endorsement'], ASA_INFLUENCER, 'Praise of a product or brand in the author\u2019s own voice.'),
    ...many(['we have helped hundreds', "we've helped hundreds", 'we have helped thousands', "we've helped thousands", 'helped hundreds of',
      'helped thousands of', 'happy clients', 'happy customers', 'satisfied clients', 'satisfied customers', '5 star reviews',
      'five star reviews'], ['endorsement', 'social-proof'], 'CAP Code rules 3.45 to 3.52 (testimonials and endorsements); ASA rulings on clinic adverts',
      'Social proof, a staple of clinic and product adverts.'),
    ...many(['recommend', 'recommended', 'recommends', 'highly recommend', 'highly recommended', 'favourite', 'favorite', 'best',
      'obsessed with', 'swear by', 'game changer', 'game changing', 'must have', 'changed my life', 'try it'], ['endorsement', 'weak'], UK,
      'Praise that may be of a product, or of a walk, a book or a charity.'),
    // Everyday recommendations of a business or brand ("shout out to…", "the one I'd use"): weak, so they
    // count only beside another cue, such as the name of a company the author has an interest in.
    ...many(['shout out to', 'shoutout to', 'big shout out', 'check out', 'go and see them', 'go see them',
      "can't recommend enough", "can't recommend them enough", "can't recommend it enough", 'cannot recommend enough', 'highly rate',
      'rate them highly', 'top notch', 'my go to', "i'd use", 'i would use', "where i'd send", "i'd send my own"], ['endorsement', 'weak'], UK,
      'An everyday recommendation, of a business as often as of a book or a walk.'),
    ...many([
      'discount code', 'promo code', 'my code', 'use code', 'use my code', 'affiliate link', 'affiliate', 'commission',
      'sponsored by', 'sponsored post', 'paid partnership', 'in paid partnership with', 'gifted by', 'brand ambassador',
    ], ['affiliate'], ASA_INFLUENCER, 'A commercial tie between the author and a brand.'),
    ...many([
      'declaration', 'disclosure', 'full disclosure', 'conflict of interest', 'conflicts of interest', 'competing interest',
      'competing interests', 'declare an interest', 'declaring an interest', 'i should declare', 'i must declare', 'i declare',
      'i have an interest', 'my interest', 'vested interest', 'interests declared', 'in the interest of transparency',
      'for transparency', 'i get royalties', 'i receive royalties', 'royalties', 'i am paid by', "i'm paid by", 'paid adviser',
      'paid advisor', 'paid medical adviser', 'paid medical advisor', 'i own', 'i co own', 'i run', 'i founded', 'i co founded',
      'i set up', 'my own clinic', 'my clinic', 'my private clinic', 'my company', 'my business', 'my own company',
      'my own business', 'my book', 'my app', 'my range', 'my brand', 'i earn commission', 'i earn a commission',
      'i earn a small commission', 'i get commission', 'i get a commission', 'i get a small commission', 'i receive commission',
      'i receive a commission', 'i receive a small commission',
    ], ['declaration'], GMC, 'The author saying what their interest is.'),
    ...many([
      'nhs', 'nhs app', 'nhs 111', '111', '119', 'free on the nhs', 'on the nhs', 'eligible', 'eligibility', 'flu jab', 'flu vaccine',
      'flu clinic', 'flu clinics', 'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'immunisation', 'immunisations', 'booster',
      'screening programme', 'cervical screening', 'bowel screening', 'breast screening', 'smear', 'health check', 'nhs health check',
      'ask your gp', 'your gp', 'your practice', 'pharmacy first', 'your pharmacist', 'prescription charges', 'free',
      'national programme', 'public health', 'ukhsa', 'nice guidance', 'referral', 'referrals',
    ], ['nhs'], NHS, 'An NHS programme or free public service: weak cues here are health promotion, not sales.'),
    ...many([
      'charity', 'charities', 'hospice', 'fundraiser', 'fundraising', 'raise money', 'raised', 'raising', 'sponsor me', 'sponsor us',
      'donate', 'donation', 'donations', 'appeal', 'just giving', 'justgiving', 'raffle', 'tombola', 'tickets',
    ], ['charity'], UK, 'Fundraising: prices here are tickets or targets, not sales.'),
    ...many([
      'skip the nhs wait', 'skip the nhs queue', 'skip the nhs list', 'skip the waiting list', "can't wait for the nhs",
      'cannot wait for the nhs', "don't wait for the nhs", 'instead of waiting', 'fed up waiting', 'tired of waiting', 'sick of waiting',
      'nhs wait', 'nhs waits', 'nhs waiting list', 'nhs waiting lists', 'nhs list', 'waiting list', 'waiting lists', 'the wait',
      'the nhs wait', "can't get an appointment", 'cannot get an appointment', "can't get a gp appointment", 'registered with us',
      "you're registered with us", 'registered at the surgery', 'registered with the practice', 'mention you are registered',
      "mention you're registered", 'as your gp', 'my nhs patients', 'our nhs patients', 'my patients', 'our patients',
    ], ['steer'], GMS, 'Moving NHS patients off a wait, or singling them out, towards a private route.'),
  ],
});

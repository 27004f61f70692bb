/**
 * The contracts of shared/rules.md: a Draft in, an Assessment out.
 * Field names and literal values here are the project's vocabulary; do not rename them.
 */

export const CHANNELS = ['public-post', 'reply', 'group-chat', 'direct-message', 'email', 'comment'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PLATFORMS = [
  'x',
  'bluesky',
  'threads',
  'mastodon',
  'facebook',
  'instagram',
  'linkedin',
  'tiktok',
  'youtube',
  'whatsapp',
  'signal',
  'telegram',
  'slack',
  'teams',
  'email',
  'blog',
  'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Each platform by the name its users know it by ("X", "Teams"), for messages and reports. */
export const PLATFORM_NAME: Record<Platform, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  threads: 'Threads',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
  signal: 'Signal',
  telegram: 'Telegram',
  slack: 'Slack',
  teams: 'Teams',
  email: 'email',
  blog: 'a blog',
  other: 'another platform',
};

export const DIRECTIONS = ['outbound', 'inbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const MOODS = ['calm', 'upset', 'angry', 'tired'] as const;
export type Mood = (typeof MOODS)[number];

export const SEVERITIES = ['info', 'caution', 'stop'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const READERS = ['patient', 'colleague', 'employer', 'nhs-england', 'gmc', 'police', 'judge'] as const;
export type Reader = (typeof READERS)[number];

export const CATEGORIES = [
  'content',
  'confidentiality',
  'boundaries',
  'promotion',
  'behaviour',
  'disclosability',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Sections of "The pitfalls of social media usage and how to avoid them" (Londonwide LMCs). */
export const GUIDANCE_SECTIONS = [
  'Disclosability',
  'Content',
  'Confidentiality',
  'Maintaining professional boundaries',
  'Direct messaging with patients',
  'Using social media in a promotional way',
  'Managing contact from patients via social media',
  'Avoiding the pitfalls of social media use',
] as const;
export type GuidanceSection = (typeof GUIDANCE_SECTIONS)[number];

export interface Recipient {
  name: string;
  isPatient?: boolean;
}

export interface ThreadMessage {
  /** "me" for the author of the draft, otherwise the other person's name. */
  author: string;
  text: string;
  at?: string;
}

export interface AuthorProfile {
  name?: string;
  role?: string;
  titles?: string[];
  specialistRegister?: boolean;
  declaredInterests?: string[];
  practiceNames?: string[];
}

export interface Attachment {
  kind: string;
  name?: string;
  /** Set at the edge (CLI, web, extension) from the file's metadata. */
  hasLocation?: boolean;
  [key: string]: unknown;
}

/** A Draft after parseDraft(): defaults filled in, every field checked. */
export interface Draft {
  text: string;
  direction: Direction;
  channel: Channel;
  platform?: Platform;
  /** ISO 8601 with offset. The engine never reads the clock: the edge fills "now" in. */
  composedAt?: string;
  timeZone: string;
  recipients: Recipient[];
  thread: ThreadMessage[];
  author?: AuthorProfile;
  mood?: Mood;
  attachments: Attachment[];
}

export type SuggestionKind = 'replace' | 'advice';

export interface Suggestion {
  /** replace: applied by the rewrite; advice: shown to the author, not applied. */
  kind: SuggestionKind;
  start?: number;
  end?: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Half-open UTF-16 offsets into the original text; absent for whole-draft findings. */
  start?: number;
  end?: number;
  excerpt?: string;
  message: string;
  guidance: GuidanceSection;
  readers: Reader[];
  suggestions: Suggestion[];
  confidence: number;
  /** Which cues fired, for the UI to explain the finding. */
  why?: string[];
}

export type ReaderView = 'objects' | 'fine';

export type AdviceAction = 'post' | 'revise' | 'defer' | 'do-not-post' | 'redirect';

export interface Advice {
  action: AdviceAction;
  deferUntil?: string;
  holdingReply?: string;
  /** For `redirect`: a ready reply to the person who wrote in. */
  reply?: string;
  questions: string[];
}

export type Verdict = 'post' | 'review' | 'hold';

export interface Assessment {
  verdict: Verdict;
  findings: Finding[];
  readers: Record<Reader, ReaderView>;
  advice: Advice;
  rewrite: string;
}

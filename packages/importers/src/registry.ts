/**
 * The importers, in the order detection tries them: specific formats first, the generic CSV/JSONL last.
 * Adding a format adds one importer file and one line here.
 */
import type { Importer } from './types.js';
import { whatsappImporter } from './formats/whatsapp.js';
import { slackImporter } from './formats/slack.js';
import { telegramImporter } from './formats/telegram.js';
import { genericImporter } from './formats/generic.js';
import { xImporter } from './formats/x.js';
import { facebookImporter } from './formats/facebook.js';
import { instagramImporter } from './formats/instagram.js';
import { linkedinImporter } from './formats/linkedin.js';
import { mastodonImporter } from './formats/mastodon.js';
import { blueskyImporter } from './formats/bluesky.js';

export const IMPORTERS: readonly Importer[] = [
  xImporter,
  facebookImporter,
  instagramImporter, // after Facebook's Messenger layout only by its Instagram-only paths
  linkedinImporter, // before generic, which would also take Shares.csv
  mastodonImporter,
  blueskyImporter,
  slackImporter,
  telegramImporter,
  whatsappImporter,
  genericImporter, // last: it takes any single .csv/.tsv/.jsonl/.ndjson file
];

export function importerById(id: string, importers: readonly Importer[] = IMPORTERS): Importer | undefined {
  return importers.find((i) => i.id === id);
}

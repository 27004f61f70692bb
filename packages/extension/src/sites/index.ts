/**
 * Every site adapter, in the order they are tried. Adding a site touches its module, its fixture
 * and one line here. The generic adapter serves the sites the user has enabled for any text box.
 */
import type { ExtensionSettings } from '../shared/settings.ts';
import type { SiteAdapter } from './adapter.ts';
import { bluesky } from './bluesky.ts';
import { facebook } from './facebook.ts';
import { generic } from './generic.ts';
import { gmail } from './gmail.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';
import { mastodon } from './mastodon.ts';
import { outlook } from './outlook.ts';
import { slack } from './slack.ts';
import { teams } from './teams.ts';
import { threads } from './threads.ts';
import { whatsapp } from './whatsapp.ts';
import { x } from './x.ts';

export const SITES: readonly SiteAdapter[] = [
  x,
  bluesky,
  threads,
  mastodon,
  facebook,
  instagram,
  linkedin,
  whatsapp,
  slack,
  teams,
  gmail,
  outlook,
];

/** The adapter for this page, or undefined when Pause is off here. */
export function adapterFor(
  location: Location,
  document: Document,
  settings: ExtensionSettings,
): SiteAdapter | undefined {
  const site = SITES.find((s) => s.detect(location, document));
  if (site) return settings.sites[site.id] === false ? undefined : site;
  return settings.extraOrigins.includes(location.origin) && settings.sites[generic.id] !== false ? generic : undefined;
}

/**
 * Which requests the server answers, against DNS rebinding and cross-site writes. A web page can point
 * its own name at 127.0.0.1 and then talk to this server as if it were same-origin; the browser still
 * sends that name in `Host`, so only loopback names (and any the user configured) are served. A page on
 * another origin can also send a simple POST without reading the answer; writes therefore need the
 * browser to say they come from this origin (`Origin` or `Sec-Fetch-Site`). Clients that are not
 * browsers (the CLI, curl, scripts) send neither header and are not affected.
 */
import { isLoopback } from './auth.js';
import { ApiError } from './errors.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The name in a Host header ("localhost:4711" → "localhost", "[::1]:4711" → "::1"); undefined if malformed. */
export function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const m = /^(?:\[([0-9a-f:.]+)\]|([^\s:[\]/]+))(?::\d{1,5})?$/i.exec(host.trim());
  const name = m?.[1] ?? m?.[2];
  return name?.toLowerCase().replace(/\.$/, '');
}

export interface OriginPolicy {
  /** Names served besides loopback ones (`--allow-host`), lower case. */
  readonly allowedHosts: ReadonlySet<string>;
  /** With an access token every /api request is authenticated, so any Host may be served. */
  readonly anyHost: boolean;
}

/** Throws a 421 for a Host this server does not answer to; never echoes the header. */
export function checkHost(policy: OriginPolicy, host: string | undefined): void {
  if (policy.anyHost) return;
  const name = hostnameOf(host);
  if (name !== undefined && (isLoopback(name) || policy.allowedHosts.has(name))) return;
  throw new ApiError(
    'misdirected',
    'this server answers only to localhost and 127.0.0.1 (add a name with --allow-host to serve it under another)',
  );
}

/** Throws a 403 for a write a browser sent from another origin. */
export function checkWriteOrigin(
  method: string,
  headers: { origin?: string | string[]; host?: string; 'sec-fetch-site'?: string | string[] },
): void {
  if (!UNSAFE.has(method.toUpperCase())) return;
  const site = single(headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw crossSite();
  const origin = single(headers.origin);
  if (origin === undefined) return;
  let from: string;
  try {
    from = new URL(origin).host.toLowerCase();
  } catch {
    throw crossSite();
  }
  if (origin === 'null' || from !== (headers.host ?? '').toLowerCase()) throw crossSite();
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const crossSite = () =>
  new ApiError('forbidden', 'changes must come from the Pause web app on this address, not from another site');

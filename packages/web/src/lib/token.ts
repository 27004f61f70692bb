/**
 * The access token of a server bound off loopback arrives in the address as `#token=…` (so it never
 * reaches a server log or a Referer). The app keeps it for the tab's life in sessionStorage, strips
 * it from the address bar, and sends it as `Authorization: Bearer …` on /api requests.
 */

export const TOKEN_KEY = 'pause.token';

/** The token in a location hash, and the hash to leave behind without it. */
export function takeToken(hash: string): { token?: string; rest: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token') ?? undefined;
  params.delete('token');
  const rest = params.toString();
  return token ? { token, rest: rest ? `#${rest}` : '' } : { rest: hash };
}

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Moves a token from the address into the store; returns the address to show instead, if it changed. */
export function captureToken(
  loc: { pathname: string; search: string; hash: string },
  store: KeyValueStore,
): string | undefined {
  const { token, rest } = takeToken(loc.hash);
  if (!token) return undefined;
  store.setItem(TOKEN_KEY, token);
  return `${loc.pathname}${loc.search}${rest}`;
}

/**
 * Who may talk to the API. On a loopback address only this machine can connect, so no token is needed;
 * on any other address the server will not start without one, and then every /api request must carry
 * `Authorization: Bearer <token>`, compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { ApiError } from './errors.js';

/** Shortest token accepted: guessing it must not be practical. */
export const MIN_TOKEN_LENGTH = 8;

/** A configuration the server refuses to start with; the CLI shows the message and exits 2. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** 127.0.0.0/8, ::1 (and its IPv4-mapped forms) and "localhost". */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === 'localhost.') return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return isIP(v4) === 4 && v4.split('.')[0] === '127';
}

/** Throws StartupError when the host/token pair is not safe to start with. */
export function checkAccess(host: string, token: string | undefined): void {
  if (token !== undefined) {
    if (token.length < MIN_TOKEN_LENGTH) {
      throw new StartupError(
        `the access token is too short (${token.length} characters; at least ${MIN_TOKEN_LENGTH}): make one with "openssl rand -hex 16"`,
      );
    }
    if (!/^[\x21-\x7e]+$/.test(token))
      throw new StartupError('the access token must be printable ASCII with no spaces');
    return;
  }
  if (!isLoopback(host)) {
    throw new StartupError(
      `refusing to listen on ${host} without an access token: anyone who can reach this address could read your drafts. ` +
        'Give one with --token or the PAUSE_TOKEN environment variable, or bind to 127.0.0.1',
    );
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant time whatever the lengths: both sides are hashed to 32 bytes first. */
export function tokenMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

/** The onRequest check for /api routes. */
export function requireToken(token: string, authorization: string | undefined): void {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  // Compare even when the header is missing, so both paths take the same time.
  const ok = tokenMatches(token, m?.[1] ?? '');
  if (!m || !ok) {
    throw new ApiError(
      'unauthorized',
      authorization
        ? 'the access token is wrong'
        : 'this server needs an access token: send Authorization: Bearer <token>',
    );
  }
}

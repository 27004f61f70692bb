/**
 * Errors as the API contract shapes them: `{ error: { code, message, field? } }`, the message in plain
 * English naming the field. Nothing a client sent is echoed back from a parser or logged: JSON syntax
 * errors get a fixed message (V8's quotes the body), and internal errors are logged by name only.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export const ERROR_CODES = [
  'bad_request',
  'not_found',
  'unauthorized',
  'forbidden',
  'misdirected',
  'payload_too_large',
  'unsupported_media_type',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status each error code is sent with. */
export const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  misdirected: 421,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

/** An error the client should see as it is. */
export class ApiError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = STATUS[code];
  }
}

export const badRequest = (field: string, detail: string) =>
  new ApiError('bad_request', `body.${field} ${detail}`, field);
export const notFound = (what: string, id: string) =>
  new ApiError('not_found', `no ${what} with id ${JSON.stringify(id.slice(0, 80))}`);

/**
 * DraftError / PolicyError from core ("field: detail") as a 400 naming the field. A draft's fields are
 * relative to the draft, so they go under `draftPath` ("draft" in an outbox body, "" for /check);
 * a policy's fields already start with "policy".
 */
export function fromEngineError(e: unknown, draftPath = ''): ApiError | undefined {
  const err = e as { name?: string; message?: unknown };
  if (err?.name !== 'DraftError' && err?.name !== 'PolicyError') return undefined;
  const message = String(err.message);
  const colon = message.indexOf(': ');
  const own = (colon >= 0 ? message.slice(0, colon) : '').replace(/\.$/, '');
  const detail = colon >= 0 ? message.slice(colon + 2) : message;
  let field = own;
  if (err.name === 'DraftError') field = own === 'draft' ? draftPath : [draftPath, own].filter(Boolean).join('.');
  return new ApiError('bad_request', field ? `body.${field} ${detail}` : `the body ${detail}`, field || undefined);
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'an array',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

/** "/draft/text" → "draft.text"; "/titles/2" → "titles[2]". */
function fieldOf(instancePath: string, extra?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

/** Human wording for the patterns the route schemas use. */
const PATTERN_HINTS = new Map<string, string>();
export function describePattern(pattern: string, hint: string): string {
  PATTERN_HINTS.set(pattern, hint);
  return pattern;
}

/** One ajv error as a contract error naming the field ("body.draft.text must be a string"). */
export function fromValidation(errors: readonly AjvError[], context: string): ApiError {
  const e = errors[0];
  const where = context === 'querystring' ? 'query' : context;
  if (!e) return new ApiError('bad_request', `the ${where} is not valid`);
  let field = fieldOf(e.instancePath);
  let detail: string;
  switch (e.keyword) {
    case 'required':
      field = fieldOf(e.instancePath, String(e.params.missingProperty));
      detail = 'is required';
      break;
    case 'additionalProperties':
      field = fieldOf(e.instancePath, String(e.params.additionalProperty));
      detail = 'is not a known field';
      break;
    case 'type': {
      const types = String(e.params.type).split(',');
      detail = `must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`;
      break;
    }
    case 'enum':
      detail = `must be one of ${(e.params.allowedValues as unknown[]).map(String).join(', ')}`;
      break;
    case 'pattern':
      detail = PATTERN_HINTS.get(String(e.params.pattern)) ?? 'is not in the expected form';
      break;
    case 'maxLength':
      detail = `is too long (the limit is ${String(e.params.limit)} characters)`;
      break;
    case 'minLength':
      detail =
        Number(e.params.limit) === 1 ? 'must not be empty' : `must be at least ${String(e.params.limit)} characters`;
      break;
    case 'maxItems':
      detail = `has too many entries (the limit is ${String(e.params.limit)})`;
      break;
    case 'minimum':
    case 'maximum':
      detail = `must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(e.params.limit)}`;
      break;
    case 'minProperties':
      detail = 'must not be empty';
      break;
    default:
      detail = 'is not valid';
  }
  const name = field ? `${where}.${field}` : where;
  if (!field && e.keyword === 'type') return new ApiError('bad_request', `the ${where} ${detail}`);
  return new ApiError('bad_request', `${name} ${detail}`, field || undefined);
}

/** Fastify's own errors (parsing, limits, media types) in the contract's words. */
function fromFastify(error: FastifyError): ApiError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('payload_too_large', 'the body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(
        'unsupported_media_type',
        'this route takes a JSON body: send Content-Type: application/json',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('bad_request', 'the body is empty: send a JSON object');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('bad_request', 'the Content-Length header does not match the body');
    // The router's own (frameworkErrors): its messages quote the whole path.
    case 'FST_ERR_BAD_URL':
      return new ApiError('bad_request', 'the path is not a valid URL (a broken %-escape)');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ApiError('bad_request', 'a part of the path is too long (the limit is 100 characters)');
    default:
      break;
  }
  // The JSON parser's SyntaxError (its text can quote the body, so it is never passed on).
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return new ApiError('bad_request', 'the body is not valid JSON');
  if (error.statusCode === 413) return new ApiError('payload_too_large', 'the body is too large');
  if (error.statusCode === 415) return new ApiError('unsupported_media_type', 'unsupported Content-Type');
  if (error.statusCode === 404) return new ApiError('not_found', 'not found');
  return undefined;
}

/** An unexpected error by name and code only: its message could carry text from a request or a draft. */
export function describeFault(e: unknown): string {
  const err = e as { name?: unknown; code?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : 'Error';
  return typeof err?.code === 'string' ? `${name} ${err.code}` : name;
}

export interface ErrorLog {
  error(line: string): void;
}

/** The one error handler: every error leaves in the contract's shape. */
export function errorHandler(log: ErrorLog) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    let api: ApiError | undefined;
    if (error instanceof ApiError) api = error;
    else if (error.validation)
      api = fromValidation(error.validation as unknown as AjvError[], error.validationContext ?? 'body');
    else api = fromFastify(error);
    if (!api) {
      log.error(
        `internal error on ${request.method} ${request.routeOptions.url ?? 'unknown route'}: ${describeFault(error)}`,
      );
      if (process.env.PAUSE_DEBUG) log.error(String(error.stack));
      api = new ApiError('internal', 'something went wrong inside Pause; the request was not completed');
    }
    const body: ErrorBody = {
      error: { code: api.code, message: api.message, ...(api.field ? { field: api.field } : {}) },
    };
    if (api.code === 'unauthorized') reply.header('WWW-Authenticate', 'Bearer realm="pause"');
    // The rest of an oversized body is not read: close the connection after the answer.
    if (api.code === 'payload_too_large') reply.header('Connection', 'close');
    return reply.code(api.statusCode).type('application/json; charset=utf-8').send(body);
  };
}

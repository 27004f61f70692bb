import { TOKEN_KEY } from './token.ts';

/** An error from the API ({ error: { code, message, field? } }), or 'offline' when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 0,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const OFFLINE_MESSAGE = 'The Pause server could not be reached (you may be offline).';

/** The Authorization header for /api, when this tab holds a token. */
export function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function errorOf(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; field?: string } };
    if (body.error?.message)
      return new ApiError(body.error.code ?? 'internal', body.error.message, res.status, body.error.field);
  } catch {
    /* not JSON: fall through */
  }
  return new ApiError(
    res.status === 503 ? 'offline' : 'internal',
    res.status === 503 ? OFFLINE_MESSAGE : `The server answered ${res.status}.`,
    res.status,
  );
}

/** A JSON request to /api/v1; throws ApiError. */
export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers: {
        ...authHeaders(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        Accept: 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError('offline', OFFLINE_MESSAGE);
  }
  if (!res.ok) throw await errorOf(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The message to show for any failure. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

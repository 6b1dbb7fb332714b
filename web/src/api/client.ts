// The one way the app talks to `sanwang serve`: same-origin fetch with the session cookie,
// the CSRF token on every write (the server refuses cookie writes without it), and the
// server's error JSON {"error":{"code","message","field"}} turned into an ApiError.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  query?: Query;
  // A plain object is sent as JSON; a Blob (photo, CSV, GeoJSON file) or string as is.
  body?: unknown;
  contentType?: string;
  // 'text' for CSV downloads; JSON otherwise.
  as?: 'json' | 'text';
}

const CSRF_HEADER = 'X-CSRF-Token';
let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

// Called when any request answers 401: the session store signs the user out locally.
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export function buildUrl(path: string, query?: Query): string {
  const base = path.startsWith('/') ? path : `/api/v1/${path}`;
  if (!query) return base;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}

function encodeBody(options: RequestOptions, headers: Record<string, string>): BodyInit | undefined {
  const { body } = options;
  if (body === undefined) return undefined;
  if (body instanceof Blob) {
    headers['Content-Type'] = options.contentType ?? (body.type || 'application/octet-stream');
    return body;
  }
  if (typeof body === 'string') {
    headers['Content-Type'] = options.contentType ?? 'text/plain; charset=utf-8';
    return body;
  }
  headers['Content-Type'] = 'application/json';
  return JSON.stringify(body);
}

async function errorFrom(response: Response): Promise<ApiError> {
  let code = `http_${response.status}`;
  let message = response.statusText;
  let field: string | undefined;
  try {
    const parsed = (await response.json()) as { error?: { code?: string; message?: string; field?: string } };
    if (parsed.error) {
      code = parsed.error.code ?? code;
      message = parsed.error.message ?? message;
      field = parsed.error.field;
    }
  } catch {
    // Not JSON (a proxy's page, an empty body): keep the HTTP status.
  }
  return new ApiError(response.status, code, message, field);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const body = encodeBody(options, headers);
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (response.status === 401 && onUnauthenticated) onUnauthenticated();
    throw error;
  }
  if (options.as === 'text') return (await response.text()) as T;
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, as?: 'json' | 'text') => request<T>('GET', path, { query, as }),
  post: <T>(path: string, body?: unknown, contentType?: string) => request<T>('POST', path, { body, contentType }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  del: <T>(path: string) => request<T>('DELETE', path),
};

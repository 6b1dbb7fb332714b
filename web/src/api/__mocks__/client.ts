// The one stand-in for the API client that page tests share: `vi.mock('@/api/client')` with no
// factory loads this file. Everything but `api` and `request` is the real module (ApiError, buildUrl, …);
// each `api` method is a vi.fn the test answers and inspects, e.g.
//   vi.mocked(api.get).mockImplementation(async (path) => …)
import { vi } from 'vitest';
import type * as Client from '../client';

const real = await vi.importActual<typeof Client>('../client');

export const { ApiError, buildUrl, setCsrfToken, setUnauthenticatedHandler } = real;
export type { Query, RequestOptions } from '../client';

export const api = {
  get: vi.fn(),
  post: vi.fn(),
  put: vi.fn(),
  patch: vi.fn(),
  del: vi.fn(),
};

// Calls by the document's paths (typed_client.ts goes through request()) reach the same
// stand-ins, with the path as `api` calls write it: "/api/v1/auth/register" → "auth/register";
// a read gets its query (and 'text' for a file), a write its body (and a file's type).
export const request = vi.fn(
  async (method: string, path: string, options: { query?: unknown; body?: unknown; contentType?: string; as?: string } = {}) => {
  const relative = path.replace(/^\/api\/v1\//, '');
  switch (method.toUpperCase()) {
    case 'GET':
      if (options.as) return api.get(relative, options.query, options.as);
      return options.query === undefined ? api.get(relative) : api.get(relative, options.query);
    case 'POST':
      if (options.contentType) return api.post(relative, options.body, options.contentType);
      return options.body === undefined ? api.post(relative) : api.post(relative, options.body);
    case 'PUT':
      return api.put(relative, options.body);
    case 'PATCH':
      return api.patch(relative, options.body);
    default:
      return api.del(relative);
  }
  },
);

// The one stand-in for the API client that page tests share: `vi.mock('@/api/client')` with no
// factory loads this file. Everything but `api` is the real module (ApiError, buildUrl, …);
// each `api` method is a vi.fn the test answers and inspects, e.g.
//   vi.mocked(api.get).mockImplementation(async (path) => …)
import { vi } from 'vitest';
import type * as Client from '../client';

const real = await vi.importActual<typeof Client>('../client');

export const { ApiError, buildUrl, request, setCsrfToken, setUnauthenticatedHandler } = real;
export type { Query, RequestOptions } from '../client';

export const api = {
  get: vi.fn(),
  post: vi.fn(),
  put: vi.fn(),
  patch: vi.fn(),
  del: vi.fn(),
};


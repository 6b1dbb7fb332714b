import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, buildUrl, setCsrfToken, setUnauthenticatedHandler } from '@/api/client';
import { stubFetch } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken('');
  setUnauthenticatedHandler(null);
});

describe('buildUrl', () => {
  it('prefixes relative paths with /api/v1 and drops empty query values', () => {
    expect(buildUrl('cases', { tab: 'overdue', q: '', page: 2, x: undefined })).toBe('/api/v1/cases?tab=overdue&page=2');
    expect(buildUrl('/healthz')).toBe('/healthz');
    expect(buildUrl('classify/suggest', { text: '路灯 坏了' })).toBe('/api/v1/classify/suggest?text=%E8%B7%AF%E7%81%AF+%E5%9D%8F%E4%BA%86');
  });
});

describe('request', () => {
  it('sends the CSRF token on writes only', async () => {
    const calls = stubFetch({ 'GET /api/v1/cases': { json: { items: [] } }, 'POST /api/v1/cases': { status: 201, json: { id: 1 } } });
    setCsrfToken('tok-1');
    await api.get('cases');
    await api.post('cases', { title: 'x' });
    expect(calls[0].headers['X-CSRF-Token']).toBeUndefined();
    expect(calls[1].headers['X-CSRF-Token']).toBe('tok-1');
    expect(calls[1].headers['Content-Type']).toBe('application/json');
    expect(calls[1].body).toEqual({ title: 'x' });
  });

  it('sends a Blob as is with its own type', async () => {
    const calls = stubFetch({ 'POST /api/v1/cases/3/photos': { status: 201, json: { id: 9 } } });
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    await api.post('cases/3/photos', photo, photo.type);
    expect(calls[0].headers['Content-Type']).toBe('image/jpeg');
    expect(calls[0].body).toBe(photo);
  });

  it('turns the error JSON into an ApiError', async () => {
    stubFetch({ 'POST /api/v1/cases': { status: 400, json: { error: { code: 'invalid_argument', message: 'title is required', field: 'title' } } } });
    const error = await api.post('cases', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_argument', message: 'title is required', field: 'title' });
  });

  it('reports a network failure as code network', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('cases')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('calls the unauthenticated handler on 401', async () => {
    stubFetch({ 'GET /api/v1/auth/me': { status: 401, json: { error: { code: 'unauthenticated', message: 'sign in' } } } });
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    await expect(api.get('auth/me')).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledOnce();
  });
});

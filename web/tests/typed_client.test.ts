import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '@/api/client';
import { addVenuePhoto, call, fillPath, linkTo } from '@/api/typed_client';
import { stubFetch } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken('');
});

describe('fillPath', () => {
  it('puts each path parameter in its place, encoded', () => {
    expect(fillPath('/api/v1/cases/{id}/photos/{photo_id}', { id: 7, photo_id: 2 })).toBe('/api/v1/cases/7/photos/2');
    expect(fillPath('/api/v1/users/{username}', { username: 'a b/c' })).toBe('/api/v1/users/a%20b%2Fc');
    expect(() => fillPath('/api/v1/cases/{id}', {})).toThrow('no value for {id}');
  });
});

describe('linkTo', () => {
  it('gives the address of a documented file with its path and query', () => {
    expect(linkTo('/api/v1/venues/{id}/calendar.ics', { id: 3 })).toBe('/api/v1/venues/3/calendar.ics');
    expect(linkTo('/api/v1/budget/report.xlsx', {}, { year: 2026, unit: '' })).toBe('/api/v1/budget/report.xlsx?year=2026');
  });
});

describe('call', () => {
  it('reads a documented path with its path and query parameters', async () => {
    const calls = stubFetch({ 'GET /api/v1/roster/workers/7': { json: { id: 7, name: '王芳' } }, 'GET /api/v1/roster/workers': { json: { items: [] } } });
    const worker = await call('get', '/api/v1/roster/workers/{id}', { path: { id: 7 } });
    expect(worker.name).toBe('王芳');
    await call('get', '/api/v1/roster/workers', { query: { unit: '411002001001', kind: 'grid_worker' } });
    expect(calls[1].url).toBe('/api/v1/roster/workers?unit=411002001001&kind=grid_worker');
  });

  it('sends a declared body as JSON with the CSRF token', async () => {
    const calls = stubFetch({ 'POST /api/v1/auth/password': { json: {} } });
    setCsrfToken('tok');
    await call('post', '/api/v1/auth/password', { body: { old_password: 'Old12345', new_password: 'New12345' } });
    expect(calls[0].method).toBe('POST');
    expect(calls[0].headers['X-CSRF-Token']).toBe('tok');
    expect(calls[0].body).toEqual({ old_password: 'Old12345', new_password: 'New12345' });
  });
});

describe('addVenuePhoto', () => {
  it('sends the image as the body under its own type, the caption in the query', async () => {
    const calls = stubFetch({ 'POST /api/v1/venues/7/photos': { status: 201, json: { id: 5 } } });
    setCsrfToken('tok');
    const photo = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    await addVenuePhoto(7, photo, '  多功能厅 全景 ');
    expect(calls[0].url).toBe(`/api/v1/venues/7/photos?caption=${encodeURIComponent('多功能厅 全景').replace(/%20/g, '+')}`);
    expect(calls[0].headers['Content-Type']).toBe('image/png');
    expect(calls[0].headers['X-CSRF-Token']).toBe('tok');
    expect(calls[0].body).toBe(photo);
    await addVenuePhoto(7, photo);
    expect(calls[1].url).toBe('/api/v1/venues/7/photos');
  });
});

// What the type check refuses: each marked line below must fail to compile, since vue-tsc
// fails on an expected error that does not occur. Never run.
export function refusedByTheTypeCheck() {
  // @ts-expect-error a path the document does not have
  void call('get', '/api/v1/nowhere');
  // @ts-expect-error the path parameter is missing
  void call('get', '/api/v1/roster/workers/{id}', {});
  // @ts-expect-error a query parameter the operation does not declare
  void call('get', '/api/v1/roster/workers', { query: { colour: 'red' } });
  // @ts-expect-error a body field the schema does not name
  void call('post', '/api/v1/auth/password', { body: { old_password: 'a', new_password: 'b', extra: 1 } });
  // @ts-expect-error a file the document does not list
  void linkTo('/api/v1/venues/{id}/calendar.pdf', { id: 1 });
  // @ts-expect-error a field the answer does not have
  void call('get', '/api/v1/roster/workers/{id}', { path: { id: 1 } }).then((w) => w.salary);
}

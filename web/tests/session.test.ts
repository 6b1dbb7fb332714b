import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSession, session, signIn, signOut } from '@/api/session';
import { api } from '@/api/client';
import { stubFetch } from './helpers';

const USER = { id: 5, username: 'grid-1', display_name: '王网格', role: 'grid_worker', unit: null };

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('session', () => {
  it('does not ask /auth/me on a first visit, with nothing that says it signed in', async () => {
    const calls = stubFetch({ 'GET /api/v1/auth/me': { status: 401, json: { error: { code: 'unauthenticated', message: '请先登录 sign in first' } } } });
    expect(await loadSession()).toBeNull();
    expect(calls).toHaveLength(0);
    expect(session.checked).toBe(true);
  });

  it('asks /auth/me after a sign-in, and stops asking once the server says the session is gone', async () => {
    const calls = stubFetch({
      'POST /api/v1/auth/sign-in': { json: { token: 't', csrf_token: 'c1', user: USER } },
      'GET /api/v1/auth/me': { json: { ...USER, csrf_token: 'c2' } },
      'POST /api/v1/auth/sign-out': { json: {} },
    });
    await signIn('grid-1', 'pw');
    expect((await loadSession())?.username).toBe('grid-1');
    expect(calls.filter((c) => c.url === '/api/v1/auth/me')).toHaveLength(1);

    // The cookie expired: one 401 anywhere, and the next load asks nothing.
    stubFetch({ 'GET /api/v1/cases': { status: 401, json: { error: { code: 'unauthenticated', message: '请先登录 sign in first' } } } });
    await expect(api.get('cases')).rejects.toThrow();
    const after = stubFetch({});
    expect(await loadSession()).toBeNull();
    expect(after).toHaveLength(0);
  });

  it('forgets the hint on sign-out', async () => {
    stubFetch({
      'POST /api/v1/auth/sign-in': { json: { token: 't', csrf_token: 'c1', user: USER } },
      'POST /api/v1/auth/sign-out': { json: {} },
    });
    await signIn('grid-1', 'pw');
    await signOut();
    const calls = stubFetch({});
    expect(await loadSession()).toBeNull();
    expect(calls).toHaveLength(0);
  });
});

// The venue usage page of the district-wide roles: opened by `venue_usage`, closed to others.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { stubFetch } from './helpers';

vi.setConfig({ testTimeout: 20000 });

const leader = { id: 5, username: 'leader1', display_name: '李区长', role: 'leader', unit: null, disabled: false, phone: '',
  must_change_password: false, can: { map: true, dashboard: true, district_wide: true, venue_usage: true } };
const resident = { id: 6, username: 'r1', display_name: '', role: 'resident', unit: null, disabled: false, phone: '',
  must_change_password: false, can: { report: true, book_venue: true } };

async function openAs(user: unknown, path: string) {
  vi.resetModules(); // a fresh session and router for each account
  stubFetch({ 'GET /api/v1/auth/me': { json: { ...(user as object), csrf_token: 'c1' } } });
  localStorage.setItem('sanwang.signedIn', '1');
  const { router, routes } = await import('@/router');
  await router.push(path);
  await flushPromises();
  return { router, routes };
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('/venues/usage', () => {
  it('is declared for venue_usage with its own title', async () => {
    const { routes } = await import('@/router');
    const route = routes.find((r) => r.path === '/venues/usage');
    expect(route?.name).toBe('venue-usage');
    expect(route?.meta).toMatchObject({ can: 'venue_usage', title: 'common.nav.venueUsage' });
  });

  it('opens for a leader', async () => {
    const { router } = await openAs(leader, '/venues/usage');
    expect(router.currentRoute.value.name).toBe('venue-usage');
  });

  it('sends an account without venue_usage home', async () => {
    const { router } = await openAs(resident, '/venues/usage');
    expect(router.currentRoute.value.path).toBe('/r/report');
  });
});

// The pages of delivery beyond the app: the notification settings and the followed areas
// open to every signed-in account, the outbox to admins alone (whom the server lets read it).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { stubFetch } from './helpers';

vi.setConfig({ testTimeout: 20000 });

const resident = { id: 6, username: 'resident03', display_name: '', role: 'resident', unit: null, disabled: false, phone: '',
  must_change_password: false, can: { report: true } };
const admin = { id: 1, username: 'admin', display_name: '管理员', role: 'admin', unit: null, disabled: false, phone: '',
  must_change_password: false, can: { admin: true, accounts: true, map: true, dashboard: true } };

async function openAs(user: unknown, path: string) {
  vi.resetModules(); // a fresh session and router for each account
  stubFetch({
    'GET /api/v1/auth/me': { json: { ...(user as object), csrf_token: 'c1' } },
    'GET /api/v1/me/notification-settings': { json: { channels: [], quiet_from: null, quiet_to: null, essential_only: false, email: '', wechat_openid: '', available: [], masked_phone: '' } },
    'GET /api/v1/admin/outbox': { json: { items: [], total: 0, page: 1, page_size: 20 } },
  });
  localStorage.setItem('sanwang.signedIn', '1');
  const { router } = await import('@/router');
  await router.push(path);
  await flushPromises();
  return router;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('/settings/notifications', () => {
  it('opens for a resident and for an admin, with its own title', async () => {
    for (const user of [resident, admin]) {
      const router = await openAs(user, '/settings/notifications');
      expect(router.currentRoute.value.name).toBe('notification-settings');
      expect(router.currentRoute.value.meta.title).toBe('common.nav.notificationSettings');
    }
  });
});

// The notices of new reports in a followed area link here (notify/case_notices.h).
describe('/follows', () => {
  it('opens for a resident and for an admin, with its own title', async () => {
    for (const user of [resident, admin]) {
      const router = await openAs(user, '/follows');
      expect(router.currentRoute.value.name).toBe('area-follows');
      expect(router.currentRoute.value.meta.title).toBe('common.nav.areaFollows');
    }
  });
});

describe('/admin/outbox', () => {
  it('opens for an admin', async () => {
    const router = await openAs(admin, '/admin/outbox');
    expect(router.currentRoute.value.name).toBe('admin-outbox');
    expect(router.currentRoute.value.meta).toMatchObject({ can: 'admin', title: 'common.nav.adminOutbox' });
  });

  it('sends an account that is no admin home', async () => {
    const router = await openAs(resident, '/admin/outbox');
    expect(router.currentRoute.value.path).toBe('/r/report');
  });
});

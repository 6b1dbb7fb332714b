import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '@/i18n';
import { calls, resetCalls } from '@/pages/admin/test_support';
import type { User } from '@/api/types';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import AppLayout from './AppLayout.vue';
import { signIn, signOut } from '@/api/session';
import { NOTICE_POLL_MS } from './notices_api';

const resident: User = {
  id: 3,
  username: 'resident03',
  display_name: '居民三',
  role: 'resident',
  unit: null,
  disabled: false,
  phone: '',
  must_change_password: false,
};

const countCalls = () => calls.get.mock.calls.filter(([path]) => path === 'notices/unread-count').length;

async function mountLayout() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:rest(.*)*', component: { template: '<div />' } }] });
  await router.push('/r/matters');
  await router.isReady();
  const layout = mount(AppLayout, { attachTo: document.body, global: { plugins: [i18n, ElementPlus, router] } });
  await flushPromises();
  return layout;
}

async function signInAs(user: User): Promise<void> {
  calls.post.mockImplementation(async (path: string) => {
    if (path === 'auth/sign-in') return { csrf_token: 'csrf', user };
    if (path === 'auth/sign-out') return undefined;
    throw new Error(path);
  });
  await signIn(user.username, 'secret');
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'client-config') return { district_name_zh: '示范区', district_name_en: 'Demo district' };
    if (path === 'notices/unread-count') return { unread: 2 };
    throw new Error(path);
  });
});

afterEach(async () => {
  await signOut().catch(() => undefined);
  vi.useRealTimers();
});

describe('the district in the header', () => {
  it('is the signed-in account\'s own: an account of another district shows its district', async () => {
    let district = '魏都区'; // what the server answers: the caller's district
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'client-config') return { district_name_zh: district, district_name_en: '' };
      if (path === 'notices/unread-count') return { unread: 0 };
      throw new Error(path);
    });
    const layout = await mountLayout();
    expect(layout.text()).toContain('魏都区');
    district = '建安区';
    await signInAs({ ...resident, id: 9, username: 'resident01.411003' });
    await flushPromises();
    expect(layout.text()).toContain('建安区');
    expect(layout.text()).not.toContain('魏都区');
    layout.unmount();
  });
});

describe('the header bell', () => {
  it('is there for a signed-in account, and goes with polling when it signs out', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const layout = await mountLayout();
    expect(layout.find('[data-test="notice-bell"]').exists()).toBe(false);
    expect(countCalls()).toBe(0);

    await signInAs(resident);
    await flushPromises();
    expect(layout.get('[data-test="notice-count"]').text()).toBe('2');
    expect(countCalls()).toBe(1);

    await signOut();
    await flushPromises();
    expect(layout.find('[data-test="notice-bell"]').exists()).toBe(false);
    vi.advanceTimersByTime(NOTICE_POLL_MS * 3);
    await flushPromises();
    expect(countCalls()).toBe(1);
    layout.unmount();
  });

  it('is not there while the account must change its password, which the server requires first', async () => {
    await signInAs({ ...resident, must_change_password: true });
    const layout = await mountLayout();
    expect(layout.find('[data-test="current-user"]').exists()).toBe(true);
    expect(layout.find('[data-test="notice-bell"]').exists()).toBe(false);
    expect(countCalls()).toBe(0);
    layout.unmount();
  });
});

describe('the account menu', () => {
  async function openMenu(layout: Awaited<ReturnType<typeof mountLayout>>): Promise<void> {
    await layout.get('[data-test="current-user"]').trigger('click');
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="menu-change-password"]')).not.toBeNull());
  }

  it('leads to the notification settings', async () => {
    await signInAs(resident);
    const layout = await mountLayout();
    await openMenu(layout);
    const entry = document.body.querySelector<HTMLElement>('[data-test="menu-notification-settings"]');
    expect(entry?.textContent).toContain('通知设置');
    entry!.click();
    await flushPromises();
    expect(layout.vm.$router.currentRoute.value.path).toBe('/settings/notifications');
    layout.unmount();
  });

  it('leads to the areas the account follows', async () => {
    await signInAs(resident);
    const layout = await mountLayout();
    await openMenu(layout);
    const entry = document.body.querySelector<HTMLElement>('[data-test="menu-area-follows"]');
    expect(entry?.textContent).toContain('关注区域');
    entry!.click();
    await flushPromises();
    expect(layout.vm.$router.currentRoute.value.path).toBe('/follows');
    layout.unmount();
  });

  it('offers no notification settings while the account must change its password', async () => {
    await signInAs({ ...resident, must_change_password: true });
    const layout = await mountLayout();
    await openMenu(layout);
    expect(document.body.querySelector('[data-test="menu-notification-settings"]')).toBeNull();
    expect(document.body.querySelector('[data-test="menu-area-follows"]')).toBeNull();
    layout.unmount();
  });
});

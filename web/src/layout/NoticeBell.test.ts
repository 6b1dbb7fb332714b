import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { nextTick } from 'vue';
import { i18n } from '@/i18n';
import { ApiError } from '@/api/client';
import { calls, resetCalls } from '@/pages/admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import NoticeBell from './NoticeBell.vue';
import { NOTICE_POLL_MS, NOTICE_PANEL_SIZE, type Notice } from './notices_api';

const notice = (id: number, kind: string, read: boolean, extra: Partial<Notice> = {}): Notice => ({
  id,
  kind,
  case_id: 12,
  title: kind === 'case_resolved' ? '您反映的诉求已办结，请评价' : '您反映的诉求已受理',
  title_en: kind === 'case_resolved' ? 'Your report has been resolved: please rate it' : 'Your report has been accepted',
  body: '「楼道灯坏了」（编号 12）已办结：已更换灯泡',
  body_en: '"楼道灯坏了" (No. 12) has been resolved: bulb replaced',
  link: '/r/matters/12',
  created_at: '2026-03-02T09:30:00+08:00',
  read,
  ...extra,
});

// The server as the bell sees it: its notices and the unread count they give.
const server = { unread: 0, items: [] as Notice[], failCount: null as ApiError | null };

function serve(items: Notice[], unread = items.filter((n) => !n.read).length): void {
  server.items = items;
  server.unread = unread;
  server.failCount = null;
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'notices/unread-count') {
      if (server.failCount) throw server.failCount;
      return { unread: server.unread };
    }
    if (path === 'notices') return { items: server.items, total: server.items.length, page: 1, page_size: NOTICE_PANEL_SIZE, unread: server.unread };
    throw new Error(path);
  });
  calls.post.mockImplementation(async (path: string) => {
    const one = /^notices\/(\d+)\/read$/.exec(path);
    if (one) {
      server.items = server.items.map((n) => (n.id === Number(one[1]) ? { ...n, read: true } : n));
      server.unread = server.items.filter((n) => !n.read).length;
      return { unread: server.unread };
    }
    if (path === 'notices/read-all') {
      server.items = server.items.map((n) => ({ ...n, read: true }));
      server.unread = 0;
      return { unread: 0 };
    }
    throw new Error(path);
  });
}

const countCalls = () => calls.get.mock.calls.filter(([path]) => path === 'notices/unread-count').length;
const listCalls = () => calls.get.mock.calls.filter(([path]) => path === 'notices').length;
const shownCount = (bell: ReturnType<typeof mount>) => bell.find('[data-test="notice-count"]');
const items = () => Array.from(document.body.querySelectorAll<HTMLElement>('[data-test="notice-item"]'));

async function mountBell(): Promise<{ bell: ReturnType<typeof mount>; router: Router }> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: { template: '<div />' } }],
  });
  await router.push('/r/matters');
  await router.isReady();
  const bell = mount(NoticeBell, { attachTo: document.body, global: { plugins: [i18n, ElementPlus, router] } });
  await flushPromises();
  return { bell, router };
}

async function openPanel(bell: ReturnType<typeof mount>): Promise<void> {
  await bell.get('[data-test="notice-bell"]').trigger('click');
  await vi.waitFor(() => expect(document.body.querySelector('[data-test="notice-panel"]')).not.toBeNull());
  await flushPromises();
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('NoticeBell', () => {
  it('shows the unread count on the badge, 99+ above 99, and no badge at 0', async () => {
    serve([notice(1, 'case_accepted', false), notice(2, 'case_resolved', false)], 5);
    let { bell } = await mountBell();
    expect(shownCount(bell).text()).toBe('5');
    expect(bell.get('[data-test="notice-bell"]').attributes('aria-label')).toBe('通知，5 条未读');
    bell.unmount();

    serve([], 120);
    ({ bell } = await mountBell());
    expect(shownCount(bell).text()).toBe('99+');
    bell.unmount();

    serve([], 0);
    ({ bell } = await mountBell());
    expect(shownCount(bell).exists()).toBe(false);
    expect(bell.find('[data-test="notice-bell"]').exists()).toBe(true);
    bell.unmount();
  });

  it('picks up a new count by polling, on focus and on a change of page, without remounting', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    serve([notice(1, 'case_accepted', false)]);
    const { bell, router } = await mountBell();
    expect(shownCount(bell).text()).toBe('1');
    expect(countCalls()).toBe(1);

    server.unread = 3;
    vi.advanceTimersByTime(NOTICE_POLL_MS - 1);
    await flushPromises();
    expect(countCalls()).toBe(1);
    vi.advanceTimersByTime(1);
    await flushPromises();
    expect(countCalls()).toBe(2);
    expect(shownCount(bell).text()).toBe('3');

    server.unread = 4;
    window.dispatchEvent(new Event('focus'));
    await flushPromises();
    expect(shownCount(bell).text()).toBe('4');

    server.unread = 6;
    await router.push('/r/report');
    await flushPromises();
    expect(shownCount(bell).text()).toBe('6');

    // Unmounted (signed out): no more asking.
    const before = countCalls();
    bell.unmount();
    vi.advanceTimersByTime(NOTICE_POLL_MS * 3);
    await flushPromises();
    expect(countCalls()).toBe(before);
  });

  it('asks nothing while the tab is hidden and at once when it shows again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    serve([], 1);
    const { bell } = await mountBell();
    const state = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(NOTICE_POLL_MS * 2);
    await flushPromises();
    expect(countCalls()).toBe(1);

    server.unread = 2;
    state.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    expect(countCalls()).toBe(2);
    expect(shownCount(bell).text()).toBe('2');
    vi.advanceTimersByTime(NOTICE_POLL_MS);
    await flushPromises();
    expect(countCalls()).toBe(3);
    state.mockRestore();
    bell.unmount();
  });

  it('stops quietly once the server answers 401', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    serve([], 2);
    const { bell } = await mountBell();
    server.failCount = new ApiError(401, 'unauthenticated', '请先登录 sign in first');
    vi.advanceTimersByTime(NOTICE_POLL_MS);
    await flushPromises();
    expect(countCalls()).toBe(2);
    vi.advanceTimersByTime(NOTICE_POLL_MS * 4);
    window.dispatchEvent(new Event('focus'));
    await flushPromises();
    expect(countCalls()).toBe(2);
    expect(document.body.querySelector('.el-message--error')).toBeNull();
    bell.unmount();
  });

  it('refreshes the open list when the count grows', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    serve([notice(1, 'case_accepted', false)]);
    const { bell } = await mountBell();
    await openPanel(bell);
    expect(items()).toHaveLength(1);
    expect(listCalls()).toBe(1);

    server.items = [notice(2, 'case_resolved', false), ...server.items];
    server.unread = 2;
    vi.advanceTimersByTime(NOTICE_POLL_MS);
    await flushPromises();
    expect(listCalls()).toBe(2);
    expect(items().map((el) => el.dataset.kind)).toEqual(['case_resolved', 'case_accepted']);
    expect(shownCount(bell).text()).toBe('2');
    bell.unmount();
  });

  it('lists the notices, marks one read when clicked and opens its page', async () => {
    serve([notice(12, 'case_resolved', false), notice(11, 'case_accepted', true, { link: '/r/matters/11' })]);
    const { bell, router } = await mountBell();
    await openPanel(bell);
    expect(calls.get).toHaveBeenCalledWith('notices', { page: 1, page_size: NOTICE_PANEL_SIZE });
    const [resolved, accepted] = items();
    expect(resolved.dataset.kind).toBe('case_resolved');
    expect(resolved.dataset.read).toBe('false');
    expect(resolved.classList.contains('is-unread')).toBe(true);
    expect(resolved.textContent).toContain('您反映的诉求已办结，请评价');
    expect(resolved.textContent).toContain('已更换灯泡');
    expect(resolved.textContent).toContain('2026-03-02 09:30');
    expect(resolved.textContent).toContain('未读');
    expect(accepted.classList.contains('is-unread')).toBe(false);

    resolved.click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('notices/12/read');
    expect(router.currentRoute.value.fullPath).toBe('/r/matters/12');
    expect(shownCount(bell).exists()).toBe(false);
    bell.unmount();
  });

  it('opens a read notice without marking it again', async () => {
    serve([notice(11, 'case_accepted', true, { link: '/workbench/cases/11' })]);
    const { bell, router } = await mountBell();
    await openPanel(bell);
    items()[0].click();
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    expect(router.currentRoute.value.fullPath).toBe('/workbench/cases/11');
    bell.unmount();
  });

  it('marks all read', async () => {
    serve([notice(12, 'case_resolved', false), notice(11, 'case_accepted', false)]);
    const { bell } = await mountBell();
    expect(shownCount(bell).text()).toBe('2');
    await openPanel(bell);
    const button = document.body.querySelector<HTMLButtonElement>('[data-test="notice-read-all"]')!;
    expect(button.textContent).toContain('全部已读');
    button.click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('notices/read-all');
    expect(shownCount(bell).exists()).toBe(false);
    expect(items().map((el) => el.dataset.read)).toEqual(['true', 'true']);
    expect(document.body.querySelector<HTMLButtonElement>('[data-test="notice-read-all"]')!.disabled).toBe(true);
    bell.unmount();
  });

  it('says so when there is no notice', async () => {
    serve([]);
    const { bell } = await mountBell();
    await openPanel(bell);
    expect(items()).toHaveLength(0);
    expect(document.body.querySelector('[data-test="notice-panel"]')!.textContent).toContain('暂无通知');
    bell.unmount();
  });

  it('shows the English title and body after switching the language', async () => {
    serve([notice(12, 'case_resolved', false)]);
    const { bell } = await mountBell();
    await openPanel(bell);
    expect(items()[0].textContent).toContain('您反映的诉求已办结，请评价');
    i18n.global.locale.value = 'en';
    await nextTick();
    const text = items()[0].textContent ?? '';
    expect(text).toContain('Your report has been resolved: please rate it');
    expect(text).toContain('bulb replaced');
    expect(text).not.toContain('请评价');
    expect(document.body.querySelector('[data-test="notice-read-all"]')!.textContent).toContain('Mark all read');
    bell.unmount();
  });

  it('closes the popover on a press outside it, on Escape and on a second press of the bell', async () => {
    serve([notice(12, 'case_resolved', false)]);
    const { bell } = await mountBell();
    const button = bell.get('[data-test="notice-bell"]');
    await openPanel(bell);
    expect(button.attributes('aria-expanded')).toBe('true');
    // A press inside the panel keeps it.
    document.body.querySelector('[data-test="notice-panel"]')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await nextTick();
    expect(button.attributes('aria-expanded')).toBe('true');
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await nextTick();
    expect(button.attributes('aria-expanded')).toBe('false');

    await openPanel(bell);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await nextTick();
    expect(button.attributes('aria-expanded')).toBe('false');

    await openPanel(bell);
    button.element.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await button.trigger('click');
    expect(button.attributes('aria-expanded')).toBe('false');
    bell.unmount();
  });
});

describe('NoticeBell on a phone', () => {
  beforeEach(() => {
    window.matchMedia = vi.fn().mockReturnValue({ matches: true, addEventListener: vi.fn(), removeEventListener: vi.fn() });
  });
  afterEach(() => {
    // @ts-expect-error: jsdom has no matchMedia; the bell then uses the popover
    delete window.matchMedia;
  });

  it('lists the notices in a drawer that opens an item and closes', async () => {
    serve([notice(12, 'case_resolved', false)]);
    const { bell, router } = await mountBell();
    await openPanel(bell);
    expect(document.body.querySelector('.notice-popover [data-test="notice-panel"]')).toBeNull();
    expect(document.body.querySelector('.el-drawer [data-test="notice-panel"]')).not.toBeNull();
    document.body.querySelector<HTMLButtonElement>('[data-test="notice-close"]')!.click();
    await nextTick();
    expect(bell.get('[data-test="notice-bell"]').attributes('aria-expanded')).toBe('false');

    await openPanel(bell);
    items()[0].click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('notices/12/read');
    expect(router.currentRoute.value.fullPath).toBe('/r/matters/12');
    expect(bell.get('[data-test="notice-bell"]').attributes('aria-expanded')).toBe('false');
    bell.unmount();
  });
});

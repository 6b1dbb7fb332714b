import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { calls, mountPage, resetCalls } from '../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const replace = vi.fn();
vi.mock('vue-router', () => ({
  useRoute: () => ({ query: {} }),
  useRouter: () => ({ replace, push: vi.fn() }),
}));
import InboxPage from './InboxPage.vue';

const PAGE = { items: [], total: 0, page: 1, page_size: 20 };

function serve(counts: Record<string, unknown>): void {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'cases/tab-counts') return counts;
    if (path === 'cases') return PAGE;
    throw new Error(path);
  });
}

function listedTabs(): (string | undefined)[] {
  return calls.get.mock.calls.filter(([path]) => path === 'cases').map(([, query]) => (query as { tab?: string })?.tab);
}

beforeEach(() => {
  resetCalls();
  replace.mockReset();
  i18n.global.locale.value = 'zh';
});

describe('InboxPage', () => {
  it('shows the command center its dispatch queue first and lists that tab', async () => {
    serve({ to_dispatch: 3, in_progress: 0, due_soon: 0, overdue: 1, closed: 9, tabs: ['to_dispatch', 'in_progress', 'due_soon', 'overdue', 'closed'] });
    const page = mountPage(InboxPage);
    await flushPromises();
    const labels = page.findAll('[data-test^="tab-"]').map((el) => el.attributes('data-test'));
    expect(labels).toEqual(['tab-to_dispatch', 'tab-in_progress', 'tab-due_soon', 'tab-overdue', 'tab-closed']);
    expect(page.find('[data-test="tab-to_dispatch"]').text()).toContain('待派单 / 退单');
    expect(page.find('[data-test="tab-to_dispatch"]').text()).toContain('3');
    expect(listedTabs()).toEqual(['to_dispatch']);
    expect(page.find('[data-test="bulk-accept"]').exists()).toBe(false);
    page.unmount();
  });

  it('gives other staff their sign-for tab and never asks for a tab they lack', async () => {
    serve({ to_accept: 2, in_progress: 1, due_soon: 0, overdue: 0, closed: 4, tabs: ['to_accept', 'in_progress', 'due_soon', 'overdue', 'closed'] });
    const page = mountPage(InboxPage);
    await flushPromises();
    expect(page.find('[data-test="tab-to_dispatch"]').exists()).toBe(false);
    expect(page.find('[data-test="tab-to_accept"]').text()).toContain('待签收');
    expect(listedTabs()).toEqual(['to_accept']);
    expect(page.find('[data-test="bulk-accept"]').exists()).toBe(true);
    page.unmount();
  });
});

describe('InboxPage on a phone', () => {
  // In 待签收 the deadline that counts is the one for signing.
  const CASE = (id: number, actions: string[], acceptDue: string) => ({
    id, title: `案件${id}`, state: 'accepted', open: true, overdue: false, item: null, unit: null, grid: { id: 7, code: 'G1', name: '一网格', kind: 'grid' },
    accept_due: acceptDue, resolve_due: '2026-12-03T09:00:00+08:00', created_at: '2026-11-30T09:00:00+08:00', allowed_actions: actions,
  });

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T09:00:00+08:00'));
    window.matchMedia = vi.fn().mockReturnValue({ matches: true, addEventListener: vi.fn(), removeEventListener: vi.fn() });
  });
  afterEach(() => {
    vi.useRealTimers();
    // @ts-expect-error: jsdom has no matchMedia; the page then shows the table
    delete window.matchMedia;
  });

  it('shows cards nearest deadline first with the time left and one-tap actions', async () => {
    const items = [CASE(5, ['resolve', 'request_extension'], '2026-11-30T08:00:00+08:00'), CASE(9, ['accept', 'return'], '2026-11-30T12:30:00+08:00')];
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'cases/tab-counts') return { to_accept: 1, in_progress: 1, due_soon: 0, overdue: 1, closed: 0, tabs: ['to_accept', 'in_progress', 'due_soon', 'overdue', 'closed'] };
      if (path === 'cases') return { items, total: 2, page: 1, page_size: 20 };
      throw new Error(path);
    });
    calls.post.mockResolvedValue({});
    const page = mountPage(InboxPage);
    await flushPromises();
    const query = calls.get.mock.calls.find(([path]) => path === 'cases')?.[1] as { sort?: string };
    expect(query.sort).toBe('deadline');
    expect(page.find('[data-test="inbox-table"]').exists()).toBe(false);
    const cards = page.findAll('[data-test^="card-"][data-test$="5"], [data-test^="card-"][data-test$="9"]');
    expect(cards.map((c) => c.attributes('data-test'))).toEqual(['card-5', 'card-9']);
    expect(page.find('[data-test="card-5"] [data-test="card-left"]').text()).toBe('已超期 1 小时');
    expect(page.find('[data-test="card-9"] [data-test="card-left"]').text()).toBe('还剩 3 小时');
    expect(page.find('[data-test="card-5"] [data-test="card-accept"]').exists()).toBe(false);
    expect(page.find('[data-test="card-5"] [data-test="card-resolve"]').exists()).toBe(true);

    await page.find('[data-test="card-9"] [data-test="card-accept"]').trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('cases/9/transitions', { action: 'accept' });
    page.unmount();
  });
});

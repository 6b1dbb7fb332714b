import { describe, it, expect, vi, beforeEach } from 'vitest';
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

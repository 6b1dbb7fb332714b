import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '@/i18n';
import { calls, resetCalls } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import LedgerPage from './LedgerPage.vue';

const OUTLINE = { programmes: [], states: [{ name: 'in_progress', label: '推进中 In progress', open: true }], actions: [] };
const MILESTONE = {
  id: 7,
  programme: { id: 1, name: '“1369”工程' },
  project: { id: 10, name: '基层治理' },
  task: { id: 100, name: '网格化治理提升', starts_on: '2026-01-01' },
  name: '完成网格员培训',
  deliverables: '培训记录',
  due_on: '2026-06-30',
  unit: { code: '411002001', name: '西大街街道' },
  leader: null,
  weight: 25,
  state: 'in_progress',
  state_label: '推进中 In progress',
  open: true,
  overdue: false,
  percent: 50,
  last_note: '',
  reported_at: null,
  accepted_at: null,
  created_at: '2026-01-01T09:00:00+08:00',
  depends_on: [],
  allowed_actions: [],
  demo: false,
  events: [],
};

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'ledger') return OUTLINE;
    if (path === 'ledger/milestones') return { items: [], total: 0, page: 1, page_size: 20 };
    if (path === 'ledger/milestones/7') return MILESTONE;
    throw new Error(path);
  });
});

async function mountAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/ledger', name: 'ledger', component: LedgerPage },
      { path: '/ledger/gantt', name: 'ledger-gantt', component: { template: '<div />' } },
    ],
  });
  await router.push(path);
  const page = mount(LedgerPage, { attachTo: document.body, global: { plugins: [i18n, ElementPlus, router] } });
  await flushPromises();
  return page;
}

describe('LedgerPage', () => {
  it('opens the milestone the Gantt timeline names in the address', async () => {
    const page = await mountAt('/ledger?milestone=7');
    expect(calls.get).toHaveBeenCalledWith('ledger/milestones/7');
    expect(document.body.querySelector('[data-test="milestone-drawer"]')?.textContent).toContain('培训记录');
    expect(page.get('[data-test="ledger-to-gantt"]').attributes('href')).toBe('/ledger/gantt');
    page.unmount();
  });

  it('opens no milestone without one in the address', async () => {
    const page = await mountAt('/ledger?milestone=abc');
    expect(calls.get.mock.calls.filter(([path]) => String(path).startsWith('ledger/milestones/'))).toEqual([]);
    page.unmount();
  });
});

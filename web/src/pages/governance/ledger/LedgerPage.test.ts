import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '@/i18n';
import { calls, chooseFile, resetCalls } from '../../admin/test_support';

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
  evidence: [],
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

const REPORT = { action: 'report', label: '报告进度 Report progress', note_required: true };
const EVENT = { id: 31, at: '2026-11-30T09:00:00+08:00', username: 'community', role: 'community_staff', action: 'report', from_state: 'planned', to_state: 'in_progress', percent: 50, note: '已培训' };
function evidence(id: number, event_id: number | null, file_name: string) {
  return { id, event_id, file_name, content_type: 'application/pdf', size_bytes: 2048, sha256: 'a'.repeat(64), uploaded_by: 'community', uploaded_at: EVENT.at, url: `/api/v1/ledger/milestones/7/evidence/${id}` };
}

describe('LedgerPage', () => {
  it('lists the evidence of each report in the history and offers the unit a file picker for its next report', async () => {
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'ledger') return { ...OUTLINE, actions: [REPORT] };
      if (path === 'ledger/milestones') return { items: [], total: 0, page: 1, page_size: 20 };
      if (path === 'ledger/milestones/7')
        return { ...MILESTONE, allowed_actions: ['report'], events: [EVENT], evidence: [evidence(1, 31, '签到表.pdf'), evidence(2, null, '现场.pdf')] };
      throw new Error(path);
    });
    calls.post.mockResolvedValue(evidence(3, null, '总结.pdf'));
    const page = await mountAt('/ledger?milestone=7');
    const links = [...document.body.querySelectorAll('[data-test="milestone-evidence"] a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['签到表.pdf', '/api/v1/ledger/milestones/7/evidence/1']]);
    expect(document.body.querySelector('[data-test="evidence-pending"]')?.textContent).toContain('现场.pdf');

    const input = document.body.querySelector<HTMLInputElement>('[data-test="evidence-input"]')!;
    chooseFile(input, new File(['%PDF-1.4 %%EOF'], '总结.pdf', { type: 'application/pdf' }));
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('ledger/milestones/7/evidence', expect.any(File), 'application/pdf');
    expect(document.body.querySelector('[data-test="evidence-pending"]')?.textContent).toContain('总结.pdf');

    chooseFile(input, new File(['x'], 'IMG_0001.HEIC', { type: 'image/heic' }));
    await flushPromises();
    expect(calls.post).toHaveBeenCalledTimes(1); // refused before it is sent
    page.unmount();
  });


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

  it("shows a leader's list (责任田) from a click on their name, and the whole ledger again when the filter closes", async () => {
    const led = { ...MILESTONE, leader: { username: 'leader07', name: '张副区长' } };
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'ledger') return OUTLINE;
      if (path === 'ledger/milestones') return { items: [led], total: 1, page: 1, page_size: 20 };
      throw new Error(path);
    });
    const page = await mountAt('/ledger');
    const lastList = () => {
      const lists = calls.get.mock.calls.filter(([path]) => path === 'ledger/milestones');
      return lists[lists.length - 1]?.[1];
    };
    await page.get('[data-test="ledger-by-leader"]').trigger('click');
    await flushPromises();
    expect(lastList()).toMatchObject({ leader: 'leader07', page: 1 });
    expect(page.get('[data-test="ledger-leader-filter"]').text()).toContain('张副区长');
    expect(calls.get).not.toHaveBeenCalledWith('ledger/milestones/7'); // the click does not open the row
    await page.get('[data-test="ledger-leader-filter"] .el-tag__close').trigger('click');
    await flushPromises();
    expect(lastList()).not.toHaveProperty('leader');
    expect(page.find('[data-test="ledger-leader-filter"]').exists()).toBe(false);
    page.unmount();
  });

  it("opens a leader's list named in the address", async () => {
    const page = await mountAt('/ledger?leader=leader07');
    const first = calls.get.mock.calls.find(([path]) => path === 'ledger/milestones');
    expect(first?.[1]).toMatchObject({ leader: 'leader07' });
    page.unmount();
  });
});

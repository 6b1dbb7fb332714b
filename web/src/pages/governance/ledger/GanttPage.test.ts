import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '@/i18n';
import { calls, resetCalls } from '../../admin/test_support';
import { MILESTONE_PAGE_LIMIT } from './ledger_api';
import { shanghaiToday } from './gantt_layout';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
vi.mock('@/api/session', () => ({
  session: {
    checked: true,
    user: { id: 3, username: 'supervisor', role: 'supervisor', unit: { id: 1, code: '411002', name: '魏都区', kind: 'district' }, can: { ledger: true, district_wide: true } },
  },
}));
import GanttPage from './GanttPage.vue';

const UNITS = [
  { id: 1, code: '411002', kind: 'district', name: '魏都区', name_en: 'Weidu', parent_id: null, demo_geometry: false },
  { id: 2, code: '411002001', kind: 'street', name: '西大街街道', name_en: '', parent_id: 1, demo_geometry: false },
  { id: 3, code: '411002002', kind: 'street', name: '南关街道', name_en: '', parent_id: 1, demo_geometry: false },
];
const street = { code: '411002001', name: '西大街街道' };

// Dates around today, so one open milestone is late and one is not, whatever day the test runs.
function dayFromToday(days: number): string {
  return shanghaiToday(new Date(Date.now() + days * 86_400_000));
}

const OUTLINE = {
  programmes: [
    {
      id: 1,
      name: '“1369”工程',
      description: '',
      demo: false,
      projects: [
        {
          id: 10,
          name: '基层治理',
          description: '',
          tasks: [{ id: 100, project_id: 10, name: '网格化治理提升', starts_on: dayFromToday(-60), ends_on: dayFromToday(60), unit: street }],
        },
      ],
    },
  ],
  states: [
    { name: 'in_progress', label: '推进中 In progress', open: true },
    { name: 'accepted', label: '已验收 Accepted', open: false },
  ],
  actions: [],
};

function milestone(id: number, due: number, more: Record<string, unknown> = {}) {
  return {
    id,
    programme: { id: 1, name: '“1369”工程' },
    project: { id: 10, name: '基层治理' },
    task: { id: 100, name: '网格化治理提升', starts_on: dayFromToday(-60) },
    name: `节点${id}`,
    deliverables: '',
    due_on: dayFromToday(due),
    unit: street,
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
    depends_on: [] as number[],
    allowed_actions: [],
    demo: false,
    ...more,
  };
}

const MILESTONES = [
  milestone(1, -40, { state: 'accepted', state_label: '已验收 Accepted', open: false, percent: 100 }),
  milestone(2, -5, { overdue: true, depends_on: [1] }),
  milestone(3, 30, { depends_on: [2] }),
];

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  // The server answers two milestones on the first page and the third on the next; a unit
  // keeps those of that unit and the units below it.
  calls.get.mockImplementation(async (path: string, query?: { page?: number; unit?: string }) => {
    if (path === 'ledger') return OUTLINE;
    if (path === 'ledger/milestones') {
      const matching = MILESTONES.filter((m) => m.unit.code.startsWith(query?.unit ?? ''));
      const items = query?.page === 1 ? matching.slice(0, 2) : query?.page === 2 ? matching.slice(2) : [];
      return { items, total: matching.length, page: query?.page, page_size: MILESTONE_PAGE_LIMIT };
    }
    if (path === 'org/units') return { items: UNITS };
    throw new Error(path);
  });
});

async function mountGantt() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/ledger', name: 'ledger', component: { template: '<div />' } },
      { path: '/ledger/gantt', name: 'ledger-gantt', component: GanttPage },
    ],
  });
  await router.push('/ledger/gantt');
  const page = mount(GanttPage, { attachTo: document.body, global: { plugins: [i18n, ElementPlus, router] } });
  await flushPromises();
  return { page, router };
}

describe('GanttPage', () => {
  it('pages through the milestones and draws each on its task’s row, coloured by state', async () => {
    const { page } = await mountGantt();
    const asked = calls.get.mock.calls.filter(([path]) => path === 'ledger/milestones').map(([, q]) => q);
    expect(asked).toEqual([
      { page: 1, page_size: MILESTONE_PAGE_LIMIT },
      { page: 2, page_size: MILESTONE_PAGE_LIMIT },
    ]);
    expect(page.findAll('[data-test="gantt-row"]').map((r) => r.text())).toEqual(['“1369”工程', '基层治理', '网格化治理提升西大街街道']);
    const marks = page.findAll('[data-test="gantt-milestone"]').map((m) => m.attributes('data-mark'));
    expect(marks).toEqual(['accepted', 'overdue', 'open']);
    expect(page.findAll('[data-test="gantt-milestone"]')[1].text()).toContain('50%');
    expect(page.findAll('[data-test="gantt-arrow"]')).toHaveLength(2);
    expect(page.findAll('[data-test="gantt-bar"]')).toHaveLength(1);
    page.unmount();
  });

  it('scrolls today into view even when the outline arrives after the milestones', async () => {
    let sendOutline: (outline: typeof OUTLINE) => void = () => undefined;
    const answer = calls.get.getMockImplementation()!;
    calls.get.mockImplementation(async (path: string, query?: { page?: number; unit?: string }) =>
      path === 'ledger' ? new Promise((resolve) => (sendOutline = resolve)) : answer(path, query),
    );
    const { page } = await mountGantt();
    expect(page.find('[data-test="gantt-timeline"]').exists()).toBe(false);
    sendOutline(OUTLINE);
    await flushPromises();
    const timeline = page.get('[data-test="gantt-timeline"]').element as HTMLElement;
    const todayX = Number(page.get('[data-test="gantt-today"] line').attributes('x1'));
    // Today a quarter of the way into the visible part, not the chart's first day.
    expect(timeline.scrollLeft).toBeGreaterThan(0);
    expect(timeline.scrollLeft).toBeLessThan(todayX);
    page.unmount();
  });

  it('draws today’s line between the late milestone and the next one', async () => {
    const { page } = await mountGantt();
    const today = page.get('[data-test="gantt-today"]');
    expect(today.attributes('data-day')).toBe(dayFromToday(0));
    const todayX = Number(today.get('line').attributes('x1'));
    const xs = page.findAll('[data-test="gantt-milestone"]').map((m) => Number(/translate\(([\d.]+)/.exec(m.attributes('transform')!)![1]));
    expect(xs[1]).toBeLessThan(todayX);
    expect(xs[2]).toBeGreaterThan(todayX);
    page.unmount();
  });

  it('spreads four times as many days over the width when zoomed out to a year', async () => {
    const { page } = await mountGantt();
    const xs = () => page.findAll('[data-test="gantt-milestone"]').map((m) => Number(/translate\(([\d.]+)/.exec(m.attributes('transform')!)![1]));
    const [first, , last] = xs();
    await page.get('[data-test="gantt-zoom-year"] input').setValue(true);
    await flushPromises();
    const [yearFirst, , yearLast] = xs();
    expect((last - first) / (yearLast - yearFirst)).toBeCloseTo(365 / 91, 1);
    page.unmount();
  });

  it('opens a milestone in the ledger table', async () => {
    const { page, router } = await mountGantt();
    await page.findAll('[data-test="gantt-milestone"]')[2].trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('ledger');
    expect(router.currentRoute.value.query.milestone).toBe('3');
    page.unmount();
  });

  it('asks for the milestones of the unit chosen, and draws only the tasks that unit leads or has milestones of', async () => {
    const { page } = await mountGantt();
    const choose = async (name: string) => {
      calls.get.mockClear();
      [...document.body.querySelectorAll<HTMLElement>('.el-tree-node__content')].find((o) => o.textContent?.trim() === name)!.click();
      await flushPromises();
      return calls.get.mock.calls.filter(([path]) => path === 'ledger/milestones').map(([, q]) => q);
    };
    expect(await choose('南关街道')).toEqual([{ unit: '411002002', page: 1, page_size: MILESTONE_PAGE_LIMIT }]);
    expect(page.find('[data-test="gantt-row"]').exists()).toBe(false);
    expect(page.text()).toContain('没有符合条件的任务');
    expect((await choose('西大街街道'))[0]).toEqual({ unit: '411002001', page: 1, page_size: MILESTONE_PAGE_LIMIT });
    expect(page.findAll('[data-test="gantt-milestone"]')).toHaveLength(MILESTONES.length);
    page.unmount();
  });

  it('shows how many milestones have come while a long ledger loads', async () => {
    calls.get.mockImplementation(async (path: string, query?: { page?: number }) => {
      if (path === 'ledger') return OUTLINE;
      if (path === 'ledger/milestones') {
        if (query?.page === 1) return { items: MILESTONES, total: 1200, page: 1, page_size: MILESTONE_PAGE_LIMIT };
        return new Promise(() => {}); // the second page is still on its way
      }
      if (path === 'org/units') return { items: UNITS };
      throw new Error(path);
    });
    const { page } = await mountGantt();
    expect(page.get('[data-test="gantt-progress"]').text()).toContain(`${MILESTONES.length} / 1200`);
    expect(page.find('[data-test="gantt-milestone"]').exists()).toBe(false);
    page.unmount();
  });

  it('says so when no task matches', async () => {
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'ledger') return { ...OUTLINE, programmes: [] };
      if (path === 'ledger/milestones') return { items: [], total: 0, page: 1, page_size: MILESTONE_PAGE_LIMIT };
      if (path === 'org/units') return { items: UNITS };
      throw new Error(path);
    });
    const { page } = await mountGantt();
    expect(page.text()).toContain('没有符合条件的任务');
    expect(page.find('[data-test="gantt-milestone"]').exists()).toBe(false);
    page.unmount();
  });
});

import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n } from '@/i18n';
import { api, ApiError } from '@/api/client';
import { bytesOf } from '@/test_support/blob_bytes';
import DashboardPage from './DashboardPage.vue';
import type { Dashboard, Rankings } from './dashboard_api';

vi.setConfig({ testTimeout: 20000 });

vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const get = vi.mocked(api.get);

const DASHBOARD: Dashboard = {
  unit: { code: '411002', name: '魏都区' },
  from: '2026-11-01',
  to: '2026-11-30',
  today: { new: 7, open: 42, overdue: 3 },
  rates: { on_time_acceptance: 0.95, on_time_resolution: 0.8125, satisfaction: null, rated: 0, mean_stars: null },
  by_day: [
    { date: '2026-11-01', new: 5, resolved: 2, overdue: 0 },
    { date: '2026-11-02', new: 4, resolved: 6, overdue: 1 },
  ],
  by_aspect: [
    { code: 'A01', name_zh: '环境卫生', name_en: 'Sanitation', count: 9 },
    { code: 'A02', name_zh: '市政设施', name_en: 'Facilities', count: 12 },
  ],
};

const RANKINGS: Rankings = {
  level: 'community',
  from: '2026-11-01',
  to: '2026-11-30',
  min_cases: 0,
  rows: [{ rank: 1, code: '411002001001', name: '东社区', cases: 30, on_time_acceptance: 1, on_time_resolution: 0.9, satisfaction: 0.85, rated: 0, mean_stars: null, overdue: 0, score: 93.5 }],
};

function answer(path: string): unknown {
  if (path === 'dashboard') return DASHBOARD;
  if (path === 'rankings') return RANKINGS;
  if (path === 'org/units') return { items: [] };
  throw new Error(`unexpected ${path}`);
}

// jsdom's Blob: read it the way a page would.
function mountPage() {
  return mount(DashboardPage, { global: { plugins: [i18n, ElementPlus], stubs: { EChart: true } } });
}

beforeEach(() => {
  get.mockReset();
  i18n.global.locale.value = 'zh';
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('DashboardPage', () => {
  it('shows today\'s counters and the rates under stable data-test names', async () => {
    get.mockImplementation(async (path: string) => answer(path));
    const page = mountPage();
    await flushPromises();
    expect(page.get('[data-test="dashboard-today-new"]').text()).toBe('7');
    expect(page.get('[data-test="dashboard-today-open"]').text()).toBe('42');
    expect(page.get('[data-test="dashboard-today-overdue"]').text()).toBe('3');
    expect(page.get('[data-test="dashboard-rate-on-time-acceptance"]').text()).toBe('95.0%');
    expect(page.get('[data-test="dashboard-rate-on-time-resolution"]').text()).toBe('81.3%');
    expect(page.get('[data-test="dashboard-rate-satisfaction"]').text()).toBe('—');
    expect(page.find('[data-test="chart-trend"]').exists()).toBe(true);
    expect(page.text()).toContain('东社区');
  });

  it('asks the server for the chosen period and the community ranking', async () => {
    // 10:00 on 30 November in Shanghai: the default period is the 30 days ending that day.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T10:00:00+08:00'));
    get.mockImplementation(async (path: string) => answer(path));
    const page = mountPage();
    await flushPromises();
    expect(get).toHaveBeenCalledWith('dashboard', { unit: undefined, from: '2026-11-01', to: '2026-11-30' });
    expect(get.mock.calls.find((c) => c[0] === 'rankings')?.[1]).toMatchObject({ level: 'community' });

    get.mockClear();
    page.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', ['2026-10-03', '2026-10-17']);
    await flushPromises();
    expect(get).toHaveBeenCalledWith('dashboard', { unit: undefined, from: '2026-10-03', to: '2026-10-17' });
    expect(get).toHaveBeenCalledWith('rankings', { level: 'community', unit: undefined, from: '2026-10-03', to: '2026-10-17' });
  });

  it('shows an error with a retry when the dashboard route is missing', async () => {
    get.mockImplementation(async (path: string) => {
      if (path === 'dashboard') throw new ApiError(404, 'not_found', 'no route GET /api/v1/dashboard');
      return answer(path);
    });
    const page = mountPage();
    await flushPromises();
    const alert = page.get('[role="alert"]');
    expect(alert.text()).toContain('未找到');
    expect(page.find('[data-test="dashboard-today-new"]').exists()).toBe(false);
    get.mockImplementation(async (path: string) => answer(path));
    await alert.get('button').trigger('click');
    await flushPromises();
    expect(page.get('[data-test="dashboard-today-new"]').text()).toBe('7');
  });

  it('exports the trend as CSV with a byte order mark for Excel', async () => {
    get.mockImplementation(async (path: string) => answer(path));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const page = mountPage();
    await flushPromises();
    await page.get('[data-test="export-trend"]').trigger('click');
    expect(click).toHaveBeenCalled();
    const bytes = await bytesOf(blobs[0]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('日期,新增,办结,超期');
    expect(text).toContain('2026-11-02,4,6,1');
  });

  it('speaks English when switched', async () => {
    get.mockImplementation(async (path: string) => answer(path));
    i18n.global.locale.value = 'en';
    const page = mountPage();
    await flushPromises();
    expect(page.text()).toContain('New today');
    expect(page.text()).toContain('On-time acceptance');
  });

  it('shows units below the case minimum unranked, with the rule, and leaves them out of the chart', async () => {
    const rankings: Rankings = {
      level: 'community',
      from: '2026-11-01',
      to: '2026-11-30',
      min_cases: 5,
      rows: [
        { rank: 1, code: 'C1', name: '东社区', cases: 30, on_time_acceptance: 1, on_time_resolution: 0.9, satisfaction: 0.85, rated: 0, mean_stars: null, overdue: 0, score: 93.5 },
        { rank: null, code: 'C2', name: '西社区', cases: 1, on_time_acceptance: 1, on_time_resolution: 1, satisfaction: 1, rated: 0, mean_stars: null, overdue: 0, score: 100 },
        { rank: null, code: 'C3', name: '北社区', cases: 0, on_time_acceptance: null, on_time_resolution: null, satisfaction: null, rated: 0, mean_stars: null, overdue: 0, score: null },
      ],
    };
    get.mockImplementation(async (path: string) => (path === 'rankings' ? rankings : answer(path)));
    const page = mountPage();
    await flushPromises();
    const cells = page.get('[data-test="ranking-table"]').findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(cells.map((c) => [c[0], c[1], c[c.length - 1]])).toEqual([
      ['1', '东社区', '93.5'],
      ['—', '西社区', '100.0'],
      ['—', '北社区', '—'],
    ]);
    expect(page.get('[data-test="ranking-minimum"]').text()).toContain('5');
  });
});

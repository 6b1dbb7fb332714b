import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
// An organizer of a sub-district: the unit picker offers that sub-district and its communities.
vi.mock('@/api/session', () => ({
  session: {
    checked: true,
    user: { id: 9, username: 'street-411002001', role: 'street_staff', unit: { id: 2, code: '411002001', name: '西大街街道', kind: 'street' }, can: {} },
  },
}));
import ActivityManagePage from './ActivityManagePage.vue';

const UNITS = [
  { id: 1, code: '411002', kind: 'district', name: '魏都区', name_en: 'Weidu', parent_id: null, demo_geometry: false },
  { id: 2, code: '411002001', kind: 'street', name: '西大街街道', name_en: '', parent_id: 1, demo_geometry: false },
  { id: 3, code: '411002001001', kind: 'community', name: '东社区', name_en: '', parent_id: 2, demo_geometry: false },
  { id: 4, code: '411002001001001', kind: 'grid', name: '东社区第一网格', name_en: '', parent_id: 3, demo_geometry: false },
  { id: 5, code: '411002002', kind: 'street', name: '南关街道', name_en: '', parent_id: 1, demo_geometry: false },
];

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'activities') return { items: [] };
    if (path === 'party-members/registrations') return { items: [] };
    if (path === 'activities/hours/report') return { year: 2099, total_minutes: 0, items: [] };
    if (path === 'org/units') return { items: UNITS };
    throw new Error(path);
  });
});

function options(): HTMLElement[] {
  return [...document.body.querySelectorAll<HTMLElement>('.el-tree-node__content')];
}

function option(text: string): HTMLElement {
  const found = options().find((o) => o.textContent?.trim() === text);
  if (!found) throw new Error(`no option ${text} among ${options().map((o) => o.textContent?.trim()).join(', ')}`);
  return found;
}

// Opens the select found by data-test and answers its list: the element its input names in
// aria-controls (every select's list stays in the page once rendered).
async function openSelect(selector: string): Promise<HTMLElement> {
  const host = inBody(selector);
  host.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  const id = host.querySelector('input')?.getAttribute('aria-controls');
  const list = id ? document.getElementById(id) : null;
  if (!list) throw new Error(`${selector} names no list`);
  return list;
}

function item(list: HTMLElement, text: string): HTMLElement {
  const found = [...list.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === text);
  if (!found) throw new Error(`no item ${text}`);
  return found;
}

async function choose(selector: string, text: string) {
  item(await openSelect(selector), text).click();
  await flushPromises();
}

async function openPublishForm() {
  const page = mountPage(ActivityManagePage);
  await flushPromises();
  await page.get('[data-test="publish"]').trigger('click');
  await flushPromises();
  return page;
}

async function typeText(selector: string, value: string) {
  typeInto(selector, value);
  await flushPromises();
}

describe('ActivityManagePage publish form', () => {
  it('offers the organizer’s own sub-district and its communities, not grids or other sub-districts', async () => {
    const page = await openPublishForm();
    const labels = options().map((o) => o.textContent?.trim());
    expect(labels).toContain('西大街街道');
    expect(labels).toContain('东社区');
    expect(labels).not.toContain('东社区第一网格');
    expect(labels).not.toContain('南关街道');
    page.unmount();
  });

  it('sends the chosen unit, day and times as ISO 8601 in the district’s time', async () => {
    calls.post.mockResolvedValue({ id: 1 });
    const page = await openPublishForm();
    option('东社区').click();
    await flushPromises();
    await typeText('[data-test="activity-title"]', '楼道清洁');
    await typeText('[data-test="activity-place"]', '党群服务中心');

    const date = inBody('#activity-date') as HTMLInputElement;
    date.value = '2099-06-01';
    date.dispatchEvent(new Event('input'));
    date.dispatchEvent(new Event('change'));
    await flushPromises();
    await choose('[data-test="activity-from"]', '14:30');
    await choose('[data-test="activity-to"]', '16:00');

    (inBody('[data-test="publish-submit"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith(
      'activities',
      expect.objectContaining({
        unit_code: '411002001001',
        title: '楼道清洁',
        place: '党群服务中心',
        starts_at: '2099-06-01T14:30:00+08:00',
        ends_at: '2099-06-01T16:00:00+08:00',
      }),
    );
    page.unmount();
  });

  it('offers as an end only times after the chosen start', async () => {
    const page = await openPublishForm();
    await choose('[data-test="activity-from"]', '14:30');
    const end = await openSelect('[data-test="activity-to"]');
    const disabled = (text: string) => item(end, text).classList.contains('is-disabled');
    expect(disabled('14:00')).toBe(true);
    expect(disabled('14:30')).toBe(true);
    expect(disabled('14:45')).toBe(false);
    page.unmount();
  });
});

describe('ActivityManagePage hours report', () => {
  it('links the workbook of the year whose hours it shows', async () => {
    const page = mountPage(ActivityManagePage);
    await flushPromises();
    const asked = calls.get.mock.calls.find(([path]) => path === 'activities/hours/report');
    const year = (asked?.[1] as { year: number }).year;
    const link = page.get('[data-test="hours-xlsx"]');
    expect(link.attributes('href')).toBe(`/api/v1/activities/hours/report.xlsx?year=${year}`);
    expect(link.text()).toBe('下载 Excel');
    page.unmount();
  });
});

describe('ActivityManagePage registrations', () => {
  it('lists them a page at a time and fetches the page turned to', async () => {
    const registration = {
      id: 7, user_id: 3, name: '张*', phone: '138****0000', community: { id: 3, code: '411002001001', name: '东社区' },
      workplace: '区财政局', party_branch: '机关第一党支部', state: 'pending', reason: '', created_at: '2026-11-30T09:00:00+08:00',
      decided_at: null, may_manage: true,
    };
    calls.get.mockImplementation(async (path: string, query?: { page?: number }) => {
      if (path === 'party-members/registrations') return { items: [{ ...registration, id: query?.page ?? 1 }], total: 45, page: query?.page ?? 1, page_size: 20 };
      if (path === 'activities') return { items: [] };
      if (path === 'activities/hours/report') return { year: 2099, total_minutes: 0, items: [] };
      if (path === 'org/units') return { items: UNITS };
      throw new Error(path);
    });
    const page = mountPage(ActivityManagePage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('party-members/registrations', { state: 'pending', page: 1, page_size: 20 });
    inBody('[data-test="registrations-pager"] .btn-next').click();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('party-members/registrations', { state: 'pending', page: 2, page_size: 20 });
    page.unmount();
  });
});

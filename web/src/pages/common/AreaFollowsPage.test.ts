// The followed-areas page (关注区域) against a stand-in server: it lists unit and circle follows
// with their aspects and feeds, follows an area or a circle with what was chosen, shows a
// refusal under the field the server names, and unfollows after a confirmation; for staff it
// also lists the cases they follow (关注的案件), each linking to it, and unfollows one.
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterLinkStub, flushPromises, mount } from '@vue/test-utils';
import ElementPlus, { ElMessageBox } from 'element-plus';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls } from '../admin/test_support';
import type { AreaFollow, AreaFollowList } from './area_follows';
import type { OrgUnit } from '../admin/org_tree';
import type { CaseWatchList } from '../workbench/case_watches';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
// The signed-in account: none (the area tests), a resident or a staff member, by what the
// server says it may do.
const account = vi.hoisted(() => ({ user: null as null | { can: Record<string, boolean> } }));
vi.mock('@/api/session', () => ({ session: account }));
import AreaFollowsPage from './AreaFollowsPage.vue';
import UnitPicker from '@/components/UnitPicker.vue';

const UNITS: OrgUnit[] = [
  { id: 1, code: '411002', kind: 'district', name: '魏都区', name_en: 'Weidu', parent_id: null, demo_geometry: false },
  { id: 2, code: '411002001', kind: 'street', name: '西大街街道', name_en: '', parent_id: 1, demo_geometry: false },
  { id: 3, code: '411002001001', kind: 'community', name: '和平社区', name_en: 'Heping', parent_id: 2, demo_geometry: false },
];

const CATALOG = {
  aspects: [
    { code: 'A01', name: '环境卫生', name_en: 'Sanitation', items: [] },
    { code: 'A02', name: '市政设施', name_en: 'Public works', items: [] },
  ],
};

const unitFollow: AreaFollow = {
  id: 7,
  area: 'unit',
  unit: { code: '411002001001', name: '和平社区', kind: 'community' },
  lon: null,
  lat: null,
  radius_m: null,
  aspects: [],
  feed: '/api/v1/areas/411002001001/reports.atom',
  created_at: '2026-03-02T09:30:00+08:00',
};

const circleFollow: AreaFollow = {
  id: 8,
  area: 'circle',
  unit: null,
  lon: 113.8265912,
  lat: 34.0276389,
  radius_m: 500,
  aspects: [{ code: 'A01', name: '环境卫生', name_en: 'Sanitation' }],
  feed: '/api/v1/areas/circle.atom?lon=113.8265912&lat=34.0276389&radius_m=500',
  created_at: '2026-03-03T10:00:00+08:00',
};

const STAFF = { can: { workbench: true, report: false } };
const RESIDENT = { can: { report: true } };

const WATCHES: CaseWatchList = {
  items: [
    { id: 42, title: '小区门口路灯不亮', state: 'accepted', state_label: '办理中 In progress', open: true, updated_at: '2026-03-04T08:00:00+08:00', since: '2026-03-02T09:30:00+08:00' },
    { id: 43, title: '井盖缺失', state: 'closed', state_label: '已关闭 Closed', open: false, updated_at: '2026-03-05T08:00:00+08:00', since: '2026-03-03T14:05:00+08:00' },
  ],
  max: 500,
};

// The map picker draws Leaflet, which jsdom cannot: a stand-in that sets a point when clicked.
const PickerStub = defineComponent({
  name: 'LocationPicker',
  props: { modelValue: { type: Object, default: null }, label: { type: String, default: '' }, outsideText: { type: String, default: '' } },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    return () => h('button', { type: 'button', 'data-test': 'pick-point', onClick: () => emit('update:modelValue', { lon: 113.82, lat: 34.03 }) }, 'pick');
  },
});

// The server: GET answers the list, POST adds what it is given, remove answers what remains.
function serve(stored: AreaFollowList, watches: CaseWatchList | Error = WATCHES): void {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'me/area-follows') return stored;
    if (path === 'me/case-watches') {
      if (watches instanceof Error) throw watches;
      return watches;
    }
    if (path === 'catalog') return CATALOG;
    if (path === 'org/units') return { items: UNITS };
    throw new Error(path);
  });
  calls.post.mockImplementation(async (path: string, sent?: unknown) => {
    const body = sent as Record<string, unknown> | undefined;
    if (path === 'me/area-follows') {
      if (body?.unit_code) return { ...unitFollow, id: 20, aspects: [] };
      return { ...circleFollow, id: 21, lon: body?.lon, lat: body?.lat, radius_m: body?.radius_m, aspects: [] };
    }
    const unwatched = /^cases\/(\d+)\/unwatch$/.exec(path);
    if (unwatched) return { id: Number(unwatched[1]), watching: false };
    const removed = /^me\/area-follows\/(\d+)\/remove$/.exec(path);
    if (removed) return { ...stored, items: stored.items.filter((f) => f.id !== Number(removed[1])) };
    throw new Error(path);
  });
}

async function openPage() {
  const page = mount(AreaFollowsPage, {
    attachTo: document.body,
    global: { plugins: [i18n, ElementPlus], stubs: { LocationPicker: PickerStub, RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return page;
}

type Page = Awaited<ReturnType<typeof openPage>>;

async function submit(page: Page): Promise<void> {
  await page.get('[data-test="follow-form"]').trigger('submit');
  await flushPromises();
}

async function chooseCircle(page: Page): Promise<void> {
  await page.get('[data-test="follow-by-circle"] input').setValue(true);
  await flushPromises();
}

const sent = () => calls.post.mock.calls.filter(([path]) => path === 'me/area-follows').map(([, body]) => body);

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  account.user = null;
});

describe('AreaFollowsPage', () => {
  it('lists a unit with its kind and feed and a circle with its radius, centre and aspects', async () => {
    serve({ items: [unitFollow, circleFollow], max: 20 });
    const page = await openPage();
    expect(calls.get).toHaveBeenCalledWith('me/area-follows');
    expect(page.get('[data-test="follow-count"]').text()).toBe('2 / 20');

    const unit = page.get('[data-test="follow-7"]');
    expect(unit.get('[data-test="follow-name"]').text()).toBe('和平社区');
    expect(unit.get('[data-test="follow-kind"]').text()).toBe('社区');
    expect(unit.get('[data-test="follow-aspects"]').text()).toContain('全部领域');
    expect(unit.get('[data-test="follow-feed"]').attributes('href')).toBe('/api/v1/areas/411002001001/reports.atom');
    expect(unit.get('[data-test="follow-feed"]').text()).toContain('订阅源');
    expect(unit.find('[data-test="follow-centre"]').exists()).toBe(false);

    const circle = page.get('[data-test="follow-8"]');
    expect(circle.get('[data-test="follow-name"]').text()).toBe('半径 500 米');
    expect(circle.get('[data-test="follow-centre"]').text()).toContain('113.82659, 34.02764');
    expect(circle.get('[data-test="follow-aspects"]').text()).toContain('环境卫生');
    expect(circle.get('[data-test="follow-feed"]').attributes('href')).toBe('/api/v1/areas/circle.atom?lon=113.8265912&lat=34.0276389&radius_m=500');
    expect(circle.get('[data-test="follow-feed"]').attributes('aria-label')).toContain('半径 500 米');

    i18n.global.locale.value = 'en';
    await flushPromises();
    expect(unit.get('[data-test="follow-kind"]').text()).toBe('Community');
    expect(unit.get('[data-test="follow-aspects"]').text()).toContain('All aspects');
    expect(circle.get('[data-test="follow-name"]').text()).toBe('Within 500 m');
    expect(circle.get('[data-test="follow-aspects"]').text()).toContain('Sanitation');
    page.unmount();
  });

  it('says when nothing is followed yet', async () => {
    serve({ items: [], max: 20 });
    const page = await openPage();
    expect(page.text()).toContain('还没有关注任何区域');
    expect(page.get('[data-test="follow-count"]').text()).toBe('0 / 20');
    expect(page.find('[data-test="follow-form"]').exists()).toBe(true);
    page.unmount();
  });

  it('follows an area with the aspects ticked, and lists it', async () => {
    serve({ items: [], max: 20 });
    const page = await openPage();
    page.findComponent(UnitPicker).vm.$emit('update:modelValue', '411002001001');
    await page.get('[data-test="aspect-A02"] input').setValue(true);
    await submit(page);
    expect(sent()).toEqual([{ unit_code: '411002001001', aspects: ['A02'] }]);
    expect(page.find('[data-test="follow-20"]').exists()).toBe(true);
    expect(page.get('[data-test="follow-count"]').text()).toBe('1 / 20');
    expect(inBody('.el-message--success').textContent).toContain('和平社区');
    page.unmount();
  });

  it('follows a circle around the point picked, within the radius chosen, for all aspects', async () => {
    serve({ items: [unitFollow], max: 20 });
    const page = await openPage();
    await chooseCircle(page);
    expect(page.findComponent(UnitPicker).exists()).toBe(false);
    await page.get('[data-test="pick-point"]').trigger('click');
    await page.get('[data-test="follow-radius"]').trigger('click');
    await flushPromises();
    const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === '1000 米');
    option!.click();
    await flushPromises();
    await submit(page);
    expect(sent()).toEqual([{ lon: 113.82, lat: 34.03, radius_m: 1000, aspects: [] }]);
    expect(page.get('[data-test="follow-21"] [data-test="follow-name"]').text()).toBe('半径 1000 米');
    page.unmount();
  });

  it('asks for an area or a point before sending anything', async () => {
    serve({ items: [], max: 20 });
    const page = await openPage();
    await submit(page);
    expect(page.get('[data-test="error-unit_code"]').text()).toBe('请选择一个辖区');
    await chooseCircle(page);
    await submit(page);
    expect(page.get('[data-test="error-point"]').text()).toContain('请在地图上点选');
    expect(sent()).toEqual([]);
    page.unmount();
  });

  it('shows a refusal under the field the server names, and one it has no place for above the button', async () => {
    serve({ items: [], max: 20 });
    const page = await openPage();
    page.findComponent(UnitPicker).vm.$emit('update:modelValue', '411002009');
    calls.post.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', '没有这个辖区 no such area', 'unit_code'));
    await submit(page);
    expect(page.get('[data-test="error-unit_code"]').text()).toBe('输入有误: 没有这个辖区');
    expect(page.get('[data-test="error-unit_code"]').element.closest('.el-form-item')?.classList.contains('is-error')).toBe(true);
    expect(page.find('[data-test="follow-error"]').exists()).toBe(false);

    await chooseCircle(page);
    await page.get('[data-test="pick-point"]').trigger('click');
    calls.post.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', '圆心须在本区的网格内 the centre must lie in a grid of the district', 'lon'));
    await submit(page);
    expect(page.get('[data-test="error-point"]').text()).toContain('圆心须在本区的网格内');
    expect(page.find('[data-test="error-unit_code"]').exists()).toBe(false);

    calls.post.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', '半径超出范围 radius_m is out of range', 'radius_m'));
    await submit(page);
    expect(page.get('[data-test="error-radius_m"]').text()).toContain('半径超出范围');
    expect(page.find('[data-test="error-point"]').exists()).toBe(false);

    i18n.global.locale.value = 'en';
    calls.post.mockRejectedValueOnce(new ApiError(409, 'already_exists', '您已关注该区域 you follow this area for these aspects already'));
    await submit(page);
    expect(page.find('[data-test="error-radius_m"]').exists()).toBe(false);
    expect(page.get('[data-test="follow-error"]').text()).toContain('you follow this area for these aspects already');
    page.unmount();
  });

  it('offers no form at the most follows', async () => {
    serve({ items: [unitFollow, circleFollow], max: 2 });
    const page = await openPage();
    expect(page.get('[data-test="follow-count"]').text()).toBe('2 / 2');
    expect(page.get('[data-test="follows-full"]').text()).toContain('达到上限');
    expect(page.find('[data-test="follow-form"]').exists()).toBe(false);
    page.unmount();
  });

  it('unfollows after confirming, and shows what remains', async () => {
    serve({ items: [unitFollow, circleFollow], max: 20 });
    const page = await openPage();
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
    await page.get('[data-test="follow-7"] [data-test="follow-remove"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(String(confirm.mock.calls[0][0])).toContain('和平社区');
    expect(calls.post).toHaveBeenCalledWith('me/area-follows/7/remove');
    expect(page.find('[data-test="follow-7"]').exists()).toBe(false);
    expect(page.find('[data-test="follow-8"]').exists()).toBe(true);
    expect(page.get('[data-test="follow-count"]').text()).toBe('1 / 20');
    confirm.mockRestore();
    page.unmount();
  });

  it('keeps the follow when the confirmation is cancelled', async () => {
    serve({ items: [unitFollow], max: 20 });
    const page = await openPage();
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel');
    await page.get('[data-test="follow-remove"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(calls.post).not.toHaveBeenCalled();
    expect(page.find('[data-test="follow-7"]').exists()).toBe(true);
    confirm.mockRestore();
    page.unmount();
  });

  it('offers no feed link for a follow the server gives none', async () => {
    serve({ items: [{ ...circleFollow, feed: null }], max: 20 });
    const page = await openPage();
    expect(page.find('[data-test="follow-8"] [data-test="follow-feed"]').exists()).toBe(false);
    page.unmount();
  });
});

describe('AreaFollowsPage: cases followed (关注的案件)', () => {
  it('lists a staff member’s followed cases, each linking to its page, with its state and since when', async () => {
    account.user = STAFF;
    serve({ items: [], max: 20 });
    const page = await openPage();
    expect(calls.get).toHaveBeenCalledWith('me/case-watches');
    const section = page.get('[data-test="case-watches"]');
    expect(section.text()).toContain('关注的案件');
    expect(section.get('[data-test="case-watch-count"]').text()).toBe('2 / 500');

    const first = page.get('[data-test="case-watch-42"]');
    expect(first.getComponent(RouterLinkStub).props('to')).toBe('/workbench/cases/42');
    expect(first.get('[data-test="case-watch-link"]').text()).toBe('#42 小区门口路灯不亮');
    expect(first.get('[data-test="case-watch-state"]').text()).toBe('办理中');
    expect(first.get('[data-test="case-watch-since"]').text()).toBe('关注于 2026-03-02 09:30');
    expect(page.get('[data-test="case-watch-43"]').getComponent(RouterLinkStub).props('to')).toBe('/workbench/cases/43');

    i18n.global.locale.value = 'en';
    await flushPromises();
    expect(section.text()).toContain('Cases I follow');
    expect(first.get('[data-test="case-watch-state"]').text()).toBe('In progress');
    expect(first.get('[data-test="case-watch-remove"]').text()).toBe('Unfollow');
    page.unmount();
  });

  it('unfollows a case and shows what remains', async () => {
    account.user = STAFF;
    serve({ items: [], max: 20 });
    const page = await openPage();
    await page.get('[data-test="case-watch-42"] [data-test="case-watch-remove"]').trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('cases/42/unwatch');
    expect(page.find('[data-test="case-watch-42"]').exists()).toBe(false);
    expect(page.find('[data-test="case-watch-43"]').exists()).toBe(true);
    expect(page.get('[data-test="case-watch-count"]').text()).toBe('1 / 500');
    expect(inBody('.el-message--success').textContent).toContain('小区门口路灯不亮');
    page.unmount();
  });

  it('shows a refused unfollow and keeps the case', async () => {
    account.user = STAFF;
    serve({ items: [], max: 20 });
    const page = await openPage();
    calls.post.mockRejectedValueOnce(new ApiError(503, 'unavailable', '数据库忙 database busy'));
    await page.get('[data-test="case-watch-42"] [data-test="case-watch-remove"]').trigger('click');
    await flushPromises();
    expect(inBody('.el-message--error').textContent).toContain('数据库忙');
    expect(page.find('[data-test="case-watch-42"]').exists()).toBe(true);
    page.unmount();
  });

  it('says when no case is followed yet', async () => {
    account.user = STAFF;
    serve({ items: [], max: 20 }, { items: [], max: 500 });
    const page = await openPage();
    expect(page.get('[data-test="case-watches"]').text()).toContain('还没有关注任何案件');
    page.unmount();
  });

  it('asks only for those who work cases, and hides the section when the server refuses the account', async () => {
    for (const user of [RESIDENT, { can: { dashboard: true, workbench: false } }]) {
      account.user = user;
      serve({ items: [unitFollow], max: 20 });
      const page = await openPage();
      expect(calls.get).not.toHaveBeenCalledWith('me/case-watches');
      expect(page.find('[data-test="case-watches"]').exists()).toBe(false);
      page.unmount();
    }

    account.user = STAFF;
    serve({ items: [unitFollow], max: 20 }, new ApiError(403, 'permission_denied', '没有权限 staff only'));
    const page = await openPage();
    expect(calls.get).toHaveBeenCalledWith('me/case-watches');
    expect(page.find('[data-test="case-watches"]').exists()).toBe(false);
    expect(page.find('[data-test="follow-7"]').exists()).toBe(true);
    page.unmount();
  });

  it('shows an error with a retry when the list cannot be had', async () => {
    account.user = STAFF;
    serve({ items: [], max: 20 }, new ApiError(503, 'unavailable', 'database busy'));
    const page = await openPage();
    expect(page.get('[data-test="case-watches"]').text()).toContain('服务暂不可用');
    serve({ items: [], max: 20 });
    await page.get('[data-test="case-watches"] .el-alert button').trigger('click');
    await flushPromises();
    expect(page.find('[data-test="case-watch-42"]').exists()).toBe(true);
    page.unmount();
  });
});

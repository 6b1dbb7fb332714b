import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
// A resident whose account sits in one grid: the community they live in may be another one,
// so the picker offers every community of the net, not the account's scope.
vi.mock('@/api/session', () => ({
  session: {
    checked: true,
    user: { id: 7, username: 'resident1', role: 'resident', unit: { id: 4, code: '411002001001001', name: '东社区第一网格', kind: 'grid' }, can: {} },
  },
}));
import ActivitiesPage from './ActivitiesPage.vue';

const UNITS = [
  { id: 1, code: '411002', kind: 'district', name: '魏都区', name_en: 'Weidu', parent_id: null, demo_geometry: false },
  { id: 2, code: '411002001', kind: 'street', name: '西大街街道', name_en: '', parent_id: 1, demo_geometry: false },
  { id: 3, code: '411002001001', kind: 'community', name: '东社区', name_en: '', parent_id: 2, demo_geometry: false },
  { id: 4, code: '411002001001001', kind: 'grid', name: '东社区第一网格', name_en: '', parent_id: 3, demo_geometry: false },
  { id: 5, code: '411002002', kind: 'street', name: '南关街道', name_en: '', parent_id: 1, demo_geometry: false },
  { id: 6, code: '411002002003', kind: 'community', name: '南关社区', name_en: 'Nanguan', parent_id: 5, demo_geometry: false },
];

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'activities') return { items: [] };
    if (path === 'party-members/registrations/mine') return { registration: null, may_register: true };
    if (path === 'org/units') return { items: UNITS };
    if (path === 'me/calendar-link') return { active: false, created_at: null };
    throw new Error(path);
  });
});

function node(text: string): HTMLElement {
  const nodes = [...document.body.querySelectorAll<HTMLElement>('.el-tree-node__content')];
  const found = nodes.find((o) => o.textContent?.trim() === text);
  if (!found) throw new Error(`no node ${text} among ${nodes.map((o) => o.textContent?.trim()).join(', ')}`);
  return found;
}

async function submit() {
  (inBody('[data-test="registration-submit"]') as HTMLButtonElement).click();
  await flushPromises();
}

describe('ActivitiesPage party-member registration', () => {
  it('registers with a community chosen by name from the whole net', async () => {
    calls.post.mockResolvedValue({});
    const page = mountPage(ActivitiesPage);
    await flushPromises();
    node('南关社区').click();
    await flushPromises();
    typeInto('[data-test="workplace"]', '市一中');
    typeInto('[data-test="party-branch"]', '市一中党支部');
    await submit();
    expect(calls.post).toHaveBeenCalledWith('party-members/registrations', {
      community_code: '411002002003',
      workplace: '市一中',
      party_branch: '市一中党支部',
    });
    page.unmount();
  });

  it('offers communities only: a sub-district or a grid cannot be chosen', async () => {
    calls.post.mockResolvedValue({});
    const page = mountPage(ActivitiesPage);
    await flushPromises();
    const labels = [...document.body.querySelectorAll('.el-tree-node__content')].map((o) => o.textContent?.trim());
    expect(labels).not.toContain('东社区第一网格');
    node('南关街道').click();
    await flushPromises();
    typeInto('[data-test="workplace"]', '市一中');
    typeInto('[data-test="party-branch"]', '市一中党支部');
    await submit();
    // Nothing chosen: the server takes the community of the account's unit.
    expect(calls.post).toHaveBeenCalledWith('party-members/registrations', expect.objectContaining({ community_code: undefined }));
    page.unmount();
  });
});

describe('ActivitiesPage paging', () => {
  const activity = (id: number) => ({
    id,
    title: `活动${id}`,
    unit: { id: 3, code: '411002001001', name: '东社区', kind: 'community' },
    starts_at: '2099-06-01T09:00:00+08:00',
    ends_at: '2099-06-01T11:00:00+08:00',
    place: '广场',
    places: 10,
    left: 5,
    open_to: 'public',
    state: 'published',
    signed_up: false,
    may_sign_up: false,
    may_withdraw: false,
  });

  it('asks the server for the page chosen in the pager', async () => {
    calls.get.mockImplementation(async (path: string, query?: { page?: number }) => {
      if (path === 'activities') {
        const page = query?.page ?? 1;
        return { items: [activity(page * 100)], total: 45, page, page_size: 20 };
      }
      if (path === 'party-members/registrations/mine') return { registration: null, may_register: false };
      if (path === 'me/calendar-link') return { active: false, created_at: null };
      if (path === 'org/units') return { items: UNITS };
      throw new Error(path);
    });
    const page = mountPage(ActivitiesPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('activities', { page: 1, page_size: 20 });
    expect(page.text()).toContain('活动100');
    const pager = page.get('[data-test="activities-pager"]');
    expect(pager.findAll('.number').map((n) => n.text())).toEqual(['1', '2', '3']);
    await pager.findAll('.number')[2].trigger('click');
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('activities', { page: 3, page_size: 20 });
    expect(page.text()).toContain('活动300');
    page.unmount();
  });
});

import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, chooseFile, inBody, mountPage, resetCalls, typeInto } from './test_support';
import type { OrgUnit } from './org_tree';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts

const UNITS: OrgUnit[] = [
  { id: 1, code: '411002', kind: 'district', name: '魏都区', name_en: 'Weidu', parent_id: null, demo_geometry: false },
  { id: 2, code: '411002001', kind: 'street', name: '西大街街道', name_en: '', parent_id: 1, demo_geometry: false },
  { id: 3, code: '411002001001', kind: 'community', name: '东社区', name_en: '', parent_id: 2, demo_geometry: true },
];
import OrgPage from './OrgPage.vue';
import { buildOrgTree, keepKinds, scopeTree } from './org_tree';

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'org/units') return { items: UNITS };
    if (path === 'org/units/1') return { ...UNITS[0], geometry: null, children: [UNITS[1]] };
    throw new Error(path);
  });
});

describe('org_tree', () => {
  it('nests units under their parents and cuts the tree to a user\'s scope', () => {
    const roots = buildOrgTree(UNITS);
    expect(roots).toHaveLength(1);
    expect(roots[0].children[0].children[0].code).toBe('411002001001');
    const staff = { id: 9, username: 'c', display_name: '', role: 'community_staff' as const, unit: { id: 3, code: '411002001001', name: '东社区', kind: 'community' as const }, disabled: false, phone: '', must_change_password: false };
    expect(scopeTree(roots, staff).map((n) => n.code)).toEqual(['411002001001']);
    const leader = { report: false, workbench: false, map: true, dashboard: true, plan: true, admin: false, accounts: false, accounts_add: false, audit: false, district_wide: true, book_venue: true, venues_manage: false, venue_usage: true, budget: true, roster: true, roster_manage: false, activities_manage: false, join_activities: false, ledger: true, ledger_plan: false, information: true, information_submit: false, information_review: false, campaigns: true, campaign_review: true, campaign_admin: false, surveys: true, survey_answer: false, survey_record: false, survey_results: true, survey_admin: false, two_factor: true };
    expect(scopeTree(roots, { ...staff, role: 'leader' as const, can: leader })).toBe(roots);
    expect(scopeTree(roots, null)).toEqual([]);
    expect(keepKinds(roots, ['district', 'street'])[0].children[0].children).toEqual([]);
  });
});

describe('OrgPage', () => {
  it('shows the tree and one unit\'s details', async () => {
    const page = mountPage(OrgPage);
    await flushPromises();
    const tree = page.get('[data-test="org-tree"]');
    expect(tree.text()).toContain('魏都区 (区)');
    await tree.get('.el-tree-node__content').trigger('click');
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('org/units/1');
    const detail = page.get('[data-test="org-detail"]');
    expect(detail.text()).toContain('411002');
    expect(detail.text()).toContain('无边界');
    page.unmount();
  });

  it('imports grid boundaries and names the bad feature when refused', async () => {
    calls.post.mockResolvedValueOnce({ grids: 620 });
    const page = mountPage(OrgPage);
    await flushPromises();
    const file = new File(['{"type":"FeatureCollection","features":[]}'], 'grids.geojson', { type: 'application/geo+json' });
    chooseFile(page.get('[data-test="file-input"]').element as HTMLInputElement, file);
    await flushPromises();
    await page.get('[data-test="file-upload"]').trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('org/grids/import', file, 'application/geo+json');
    expect(page.get('[data-test="upload-done"]').text()).toContain('已导入 620 个网格');
    calls.post.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', 'feature 3: polygon is not closed'));
    await page.get('[data-test="file-upload"]').trigger('click');
    await flushPromises();
    expect(page.get('[data-test="upload-error"]').text()).toContain('feature 3');
    page.unmount();
  });

  it('shows an error state when the units cannot be read', async () => {
    calls.get.mockRejectedValue(new ApiError(0, 'network', 'offline'));
    const page = mountPage(OrgPage);
    await flushPromises();
    expect(page.get('[role="alert"]').text()).toContain('网络连接失败');
    page.unmount();
  });
});

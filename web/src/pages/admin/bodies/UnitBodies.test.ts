import { describe, it, expect, vi, beforeEach } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../test_support';
import type { PartyOrg, SocialOrg } from './bodies_api';
import { buildPartyTree, parentChoices } from './party_tree';
import { checkSocial, emptySocial } from './body_form';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts

import UnitBodies from './UnitBodies.vue';

const party = (p: Partial<PartyOrg> & Pick<PartyOrg, 'id' | 'kind' | 'name'>): PartyOrg => ({
  unit_code: '411002001001', unit_name: '东社区', host: '', parent_id: null, parent_name: '', secretary: '李强',
  has_account: false, secretary_username: '', members: 30, founded_on: '', demo: false, may_edit: true, ...p,
});
const COMMITTEE = party({ id: 1, kind: 'party_committee', name: '中共西大街街道工作委员会', unit_code: '411002001', unit_name: '西大街街道' });
const GENERAL = party({ id: 2, kind: 'general_branch', name: '中共东社区总支部委员会', parent_id: 1, parent_name: '中共西大街街道工作委员会' });
const BRANCH = party({ id: 3, kind: 'branch', name: '东社区第一党支部', parent_id: 2, members: 12 });
const SOCIAL: SocialOrg = {
  id: 7, kind: 'social_organization', name: '夕阳红养老服务中心', credit_code: '91350100M000100Y43', field: 'elder_care',
  field_note: '', contact_name: '王芳', contact_phone: '138****5678', contact_masked: true, community_code: '411002001001',
  community_name: '东社区', active: true, demo: false, may_edit: true,
};

const Panel = defineComponent(() => () => h(UnitBodies, { unitCode: '411002001001', unitKind: 'community' }));

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string, query?: { unit?: string }) => {
    if (path === 'party-orgs') return { items: query?.unit ? [GENERAL, BRANCH] : [COMMITTEE, GENERAL, BRANCH], may_add: true };
    if (path === 'social-orgs') return { items: [SOCIAL], may_add: true };
    throw new Error(path);
  });
});

describe('party_tree', () => {
  it('nests each organization under its parent and never offers its own subtree as a parent', () => {
    const roots = buildPartyTree([GENERAL, BRANCH]);
    expect(roots.map((n) => n.id)).toEqual([2]); // the street's committee is not in the community's list
    expect(roots[0].children.map((n) => n.id)).toEqual([3]);
    expect(parentChoices([COMMITTEE, GENERAL, BRANCH], COMMITTEE).map((o) => o.id)).toEqual([]);
    expect(parentChoices([COMMITTEE, GENERAL, BRANCH], BRANCH).map((o) => o.id)).toEqual([1, 2]);
    expect(parentChoices([COMMITTEE, GENERAL, BRANCH], null).map((o) => o.id)).toEqual([1, 2]);
  });

  it('checks the social organization form before sending', () => {
    const t = (k: string) => k;
    const form = { ...emptySocial('411002001001'), name: '新社团', contact_name: '王芳', contact_phone: '13812345678' };
    expect(checkSocial(form, t)).toEqual({ credit_code: 'bodies.badCreditCode' });
    expect(checkSocial({ ...form, kind: 'activity_group' }, t)).toEqual({});
    expect(checkSocial({ ...form, kind: 'activity_group', contact_phone: '138****5678' }, t).contact_phone).toBe('bodies.badPhone');
    expect(checkSocial({ ...form, kind: 'activity_group', contact_phone: '138****5678' }, t, true)).toEqual({});
  });
});

describe('UnitBodies', () => {
  it('shows the unit\'s party tree and the social organizations serving it, phones as the server sent them', async () => {
    const page = mountPage(Panel);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('party-orgs', { unit: '411002001001' });
    const tree = page.get('[data-test="party-tree"]');
    expect(tree.text()).toContain('中共东社区总支部委员会');
    expect(tree.text()).toContain('党总支');
    expect(tree.findAll('.el-tree-node__children .el-tree-node').length).toBe(1); // the branch under the general branch
    expect(page.get('[data-test="social-list"]').text()).toContain('138****5678');
    page.unmount();
  });

  it('adds a branch under the general branch and shows the server\'s refusal beside the field', async () => {
    const page = mountPage(Panel);
    await flushPromises();
    await page.get('[data-test="party-add"]').trigger('click');
    await flushPromises();
    typeInto('[data-test="party-name"]', '东社区第二党支部');
    typeInto('[data-test="party-secretary"]', '赵敏');
    calls.post.mockRejectedValueOnce(new ApiError(409, 'already_exists', '该名称已被使用 an organization of that name is already listed', 'name'));
    inBody('[data-test="party-save"]').click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('party-orgs', expect.objectContaining({ name: '东社区第二党支部', kind: 'branch', unit_code: '411002001001', secretary: '赵敏', parent_id: null }));
    expect(inBody('[data-test="party-dialog"]').textContent).toContain('该名称已被使用');

    calls.post.mockResolvedValueOnce(party({ id: 4, kind: 'branch', name: '东社区第三党支部' }));
    typeInto('[data-test="party-name"]', '东社区第三党支部');
    inBody('[data-test="party-save"]').click();
    await flushPromises();
    expect(calls.post).toHaveBeenLastCalledWith('party-orgs', expect.objectContaining({ name: '东社区第三党支部' }));
    expect(calls.get.mock.calls.filter(([path]) => path === 'party-orgs').length).toBeGreaterThanOrEqual(3); // reloaded
    page.unmount();
  });

  it('edits a social organization keeping the masked phone as it came', async () => {
    const page = mountPage(Panel);
    await flushPromises();
    await page.findAll('.el-tabs__item')[1].trigger('click');
    await flushPromises();
    await page.get('[data-test="social-list"] button').trigger('click');
    await flushPromises();
    calls.put.mockResolvedValueOnce({ ...SOCIAL, name: '夕阳红互助会' });
    typeInto('[data-test="social-name"]', '夕阳红互助会');
    inBody('[data-test="social-save"]').click();
    await flushPromises();
    expect(calls.put).toHaveBeenCalledWith('social-orgs/7', expect.objectContaining({ name: '夕阳红互助会', contact_phone: '138****5678' }));
    page.unmount();
  });
});

import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import CampaignCommittee from './CampaignCommittee.vue';
import type { Campaign } from './campaign_api';

const TIERS = [
  { code: 'first', name: '一等奖', quota: 1, floor: null },
  { code: 'mention', name: '优秀奖', quota: null, floor: 60 },
];
function campaign(state: string): Campaign {
  return { id: 4, title: '征文', theme: '', rules: '', issuer: '', opens_at: '2026-05-28T00:00:00+08:00', closes_at: '2026-09-01T00:00:00+08:00', formats: ['txt'], max_bytes: 1000, reviews_per_entry: 2, rubric: [], scale: 100, tiers: TIERS, state, state_label: '', created_at: '', demo: false, may: { organize: true, enter: false, review: false } } as unknown as Campaign;
}
function row(id: number, title: string) {
  return { entry: { id, campaign_id: 4, title, author_name: `作者${id}`, unit: null, file_name: 'a.txt', content_type: 'text/plain', size_bytes: 1, sha256: '', submitted_at: '' }, reviews: 2, reviews_assigned: 2, raw_mean: 80, z: 0, score: 80, awarded: null };
}
let standings: Record<string, unknown>;

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  standings = { entries: [row(1, '甲'), row(2, '乙')], reviews_missing: 0, proposal: [], tie: { tier: 'first', places: 1, entries: [1, 2], score: 80 } };
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'campaigns/4/reviewers') return { reviewers: [], candidates: [] };
    if (path === 'campaigns/4/standings') return standings;
    throw new Error(`unexpected GET ${path}`);
  });
  calls.put.mockImplementation(async () => standings);
});

describe('CampaignCommittee', () => {
  it('shows a tie across a quota and will not take the proposal until it is decided', async () => {
    const wrapper = mount(CampaignCommittee, { props: { campaign: campaign('deciding') }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
    await flushPromises();
    expect(inBody('[data-test="committee-tie"]').textContent).toContain('一等奖剩余 1 个名额，有 2 件作品同分');
    expect(inBody('[data-test="committee-take"]').hasAttribute('disabled') || inBody('[data-test="committee-take"]').classList.contains('is-disabled')).toBe(true);
    expect(inBody('[data-test="committee-standings"]').textContent).toContain('作者1');
    wrapper.unmount();
  });

  it('saves the proposal as the awards once there is no tie', async () => {
    standings = { ...standings, tie: null, proposal: [{ entry_id: 1, tier: 'first' }, { entry_id: 2, tier: 'mention' }] };
    const wrapper = mount(CampaignCommittee, { props: { campaign: campaign('deciding') }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
    await flushPromises();
    inBody('[data-test="committee-take"]').click();
    await flushPromises();
    expect(calls.put).toHaveBeenCalledWith('campaigns/4/awards', { awards: [{ entry_id: 1, tier: 'first' }, { entry_id: 2, tier: 'mention' }] });
    wrapper.unmount();
  });
});

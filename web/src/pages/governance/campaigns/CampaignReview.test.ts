import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls, typeInto } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import CampaignReview from './CampaignReview.vue';
import type { Campaign } from './campaign_api';

const RUBRIC = [
  { code: 'content', name: '思想内容', most: 60 },
  { code: 'language', name: '文字表达', most: 40 },
];
function campaign(state: string): Campaign {
  return { id: 4, title: '征文', theme: '我与政协', rules: '', issuer: '区政协办公室', opens_at: '2026-05-28T00:00:00+08:00', closes_at: '2026-09-01T00:00:00+08:00', formats: ['txt'], max_bytes: 1000, reviews_per_entry: 2, rubric: RUBRIC, scale: 100, tiers: [], state, state_label: '', created_at: '', demo: false, may: { organize: false, enter: false, review: true } } as unknown as Campaign;
}
const BLIND = { id: 12, title: '委员走进社区', content_type: 'text/plain', size_bytes: 30, my_review: null, others: [] };

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'campaigns/4/reviews') return { items: [BLIND] };
    if (path === 'campaign-entries/12/blind') return { ...BLIND, text: '那年春天，社区召开协商议事会。', has_file: false };
    throw new Error(`unexpected GET ${path}`);
  });
  calls.put.mockResolvedValue({ ...BLIND, my_review: { scores: { content: 50, language: 30 }, total: 80, comment: '', submitted_at: '' } });
});

describe('CampaignReview', () => {
  it('shows an entry blind, totals the rubric and sends every criterion', async () => {
    const wrapper = mount(CampaignReview, { props: { campaign: campaign('reviewing') }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
    await flushPromises();
    inBody('[data-test="review-item"]').click();
    await flushPromises();
    expect(inBody('[data-test="review-text"]').textContent).toContain('协商议事会');
    expect(inBody('[data-test="review-entry"]').textContent).not.toContain('作者');
    // A criterion left out: nothing is sent.
    typeInto('[data-test="score-content"]', '50');
    await flushPromises();
    inBody('[data-test="review-save"]').click();
    await flushPromises();
    expect(calls.put).not.toHaveBeenCalled();
    typeInto('[data-test="score-language"]', '30');
    typeInto('[data-test="review-comment"]', '立意鲜明');
    await flushPromises();
    expect(inBody('[data-test="review-total"]').textContent).toContain('80 / 100');
    inBody('[data-test="review-save"]').click();
    await flushPromises();
    expect(calls.put).toHaveBeenCalledWith('campaign-entries/12/review', { scores: { content: 50, language: 30 }, comment: '立意鲜明' });
    wrapper.unmount();
  });

  it('offers no saving once the reviews are closed', async () => {
    const wrapper = mount(CampaignReview, { props: { campaign: campaign('published') }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
    await flushPromises();
    inBody('[data-test="review-item"]').click();
    await flushPromises();
    expect(document.body.querySelector('[data-test="review-save"]')).toBeNull();
    wrapper.unmount();
  });
});

import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '@/i18n';
import { ApiError } from '@/api/client';
import { calls, inBody, resetCalls } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import SurveyLinkPage from './SurveyLinkPage.vue';

const SURVEY = {
  title: '2026年上半年群众满意度测评',
  intro: '请根据您的实际感受作答。',
  period: '2026年上半年',
  closes_at: '2026-06-30T18:00:00+08:00',
  questions: [{ code: 'satisfied', kind: 'likert', text: '您对社区的总体满意程度', required: true, show_when: null }],
};

async function open(token: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/s/:token', component: SurveyLinkPage }] });
  await router.push(`/s/${token}`);
  await router.isReady();
  const wrapper = mount(SurveyLinkPage, { attachTo: document.body, global: { plugins: [i18n, ElementPlus, router] } });
  await flushPromises();
  return wrapper;
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('SurveyLinkPage', () => {
  it('answers through the link once and thanks the holder', async () => {
    calls.get.mockResolvedValue(SURVEY);
    calls.post.mockResolvedValue({ id: 1 });
    const wrapper = await open('ab12');
    expect(calls.get).toHaveBeenCalledWith('survey-links/ab12');
    expect(inBody('[data-test="link-title"]').textContent).toBe(SURVEY.title);
    const five = inBody('[data-test="answer-satisfied-5"] input') as HTMLInputElement;
    five.checked = true;
    five.dispatchEvent(new Event('change'));
    await flushPromises();
    inBody('[data-test="answer-submit"]').click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('survey-links/ab12', { answers: { satisfied: 5 } });
    expect(inBody('[data-test="link-thanks"]').textContent).toContain('感谢您的参与');
    wrapper.unmount();
  });

  it('says plainly when a link is unknown or used', async () => {
    calls.get.mockRejectedValueOnce(new ApiError(404, 'not_found', '没有这个链接 no such link'));
    let wrapper = await open('00');
    expect(inBody('[data-test="link-invalid"]').textContent).toContain('链接无效');
    wrapper.unmount();
    calls.get.mockRejectedValueOnce(new ApiError(409, 'conflict', '链接已使用 the link was used'));
    wrapper = await open('01');
    expect(inBody('[data-test="link-used"]').textContent).toContain('链接已使用');
    wrapper.unmount();
  });
});

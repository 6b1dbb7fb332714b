import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import SurveyPage from './SurveyPage.vue';
import type { Survey } from './survey_api';

const NONE = { edit: false, open: false, close: false, answer: false, answered: false, record: false, issue_links: false, results: false, export: false };
function survey(state: Survey['state'], may: Partial<Survey['may']>): Survey {
  return {
    id: 4,
    title: '2026年上半年群众满意度测评',
    intro: '',
    series: '群众满意度',
    period: '2026年上半年',
    area: { id: 1, code: '411002', name: '示范区' },
    opens_at: '2026-06-01T09:00:00+08:00',
    closes_at: '2026-06-30T18:00:00+08:00',
    state,
    state_label: state,
    questions: [{ code: 'satisfied', kind: 'likert', text: '总体满意程度', required: true, show_when: null }],
    indices: [],
    created_at: '',
    demo: false,
    communities: [{ id: 11, code: '411002001001', name: '西大街社区' }],
    may: { ...NONE, ...may },
  };
}

async function open(s: Survey) {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'surveys/4') return s;
    throw new Error(`unexpected GET ${path}`);
  });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/surveys/:id', component: SurveyPage }] });
  await router.push('/surveys/4');
  await router.isReady();
  const wrapper = mount(SurveyPage, { attachTo: document.body, global: { plugins: [i18n, ElementPlus, router] } });
  await flushPromises();
  return wrapper;
}

const tabs = () => Array.from(document.body.querySelectorAll('.el-tabs__item')).map((e) => e.textContent?.trim());

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('SurveyPage', () => {
  it('gives a recorder the recording tab alone, with the communities the server names', async () => {
    const wrapper = await open(survey('open', { record: true }));
    expect(tabs()).toEqual(['录入']);
    expect(inBody('[data-test="answer-form"]')).toBeTruthy();
    calls.post.mockResolvedValue({ id: 1 });
    const three = inBody('[data-test="answer-satisfied-3"] input') as HTMLInputElement;
    three.checked = true;
    three.dispatchEvent(new Event('change'));
    await flushPromises();
    inBody('[data-test="answer-submit"]').click();
    await flushPromises();
    // The only community offered is chosen already; paper is the default channel.
    expect(calls.post).toHaveBeenCalledWith('surveys/4/recorded', { community_id: 11, channel: 'paper', answers: { satisfied: 3 } });
    expect(inBody('[data-test="record-count"]').textContent).toContain('本次已录入 1 份');
    wrapper.unmount();
  });

  it('offers the organizer what the draft allows, and tells a resident who answered', async () => {
    let wrapper = await open(survey('draft', { edit: true, open: true, results: true }));
    expect(tabs()).toEqual(['结果', '管理']);
    expect(inBody('[data-test="survey-edit"]')).toBeTruthy();
    expect(inBody('[data-test="survey-open"]')).toBeTruthy();
    expect(document.body.querySelector('[data-test="survey-close"]')).toBeNull();
    expect(document.body.querySelector('[data-test="links-block"]')).toBeNull();
    wrapper.unmount();
    wrapper = await open(survey('open', { answered: true }));
    expect(tabs()).toEqual(['作答']);
    expect(inBody('[data-test="answer-already"]').textContent).toContain('您已参加本次测评');
    expect(document.body.querySelector('[data-test="answer-form"]')).toBeNull();
    wrapper.unmount();
  });
});

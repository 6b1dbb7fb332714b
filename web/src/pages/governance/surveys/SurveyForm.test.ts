import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n } from '@/i18n';
import { ApiError } from '@/api/client';
import { calls, inBody, resetCalls, typeInto } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import SurveyForm from './SurveyForm.vue';

const UNITS = [
  { id: 1, code: '411002', kind: 'district', name: '示范区', name_en: 'Model District', parent_id: null, demo_geometry: false },
  { id: 2, code: '411002001', kind: 'street', name: '东街道', name_en: 'East', parent_id: 1, demo_geometry: false },
  { id: 3, code: '411002001001', kind: 'community', name: '西大街社区', name_en: 'Xidajie', parent_id: 2, demo_geometry: false },
];

function native(test: string, value: string) {
  const input = inBody(`[data-test="${test}"]`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'org/units') return { items: UNITS };
    throw new Error(`unexpected GET ${path}`);
  });
});

describe('SurveyForm', () => {
  it('sends the questionnaire over the district with its window in Shanghai, and shows a refusal beside the questions', async () => {
    calls.post.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', '题目 q2：选项须有 1 到 50 个 question q2: needs 1 to 50 options', 'questions'));
    calls.post.mockResolvedValueOnce({ id: 9 });
    const wrapper = mount(SurveyForm, { attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
    await flushPromises();
    typeInto('[data-test="survey-title"]', '2026年上半年群众满意度测评');
    typeInto('[data-test="survey-series"]', '群众满意度');
    typeInto('[data-test="survey-period"]', '2026年上半年');
    native('survey-opens', '2026-06-01T09:00');
    native('survey-closes', '2026-06-30T18:00');
    inBody('[data-test="builder-add-question"]').click();
    await flushPromises();
    typeInto('[data-test="builder-text-1"]', '您是否居住在本社区');
    typeInto('[data-test="builder-option-1-0"]', '是');
    typeInto('[data-test="builder-option-1-1"]', '否');
    await flushPromises();

    inBody('[data-test="survey-save"]').click();
    await flushPromises();
    expect(inBody('[data-test="survey-questions-error"]').textContent).toContain('题目 q2：选项须有 1 到 50 个');
    expect(inBody('[data-test="survey-questions-error"]').textContent).not.toContain('needs 1 to 50');

    inBody('[data-test="survey-save"]').click();
    await flushPromises();
    expect(calls.post).toHaveBeenLastCalledWith('surveys', {
      title: '2026年上半年群众满意度测评',
      intro: '',
      series: '群众满意度',
      period: '2026年上半年',
      area_unit_id: 1,
      opens_at: '2026-06-01T09:00:00+08:00',
      closes_at: '2026-06-30T18:00:00+08:00',
      questions: [
        { code: 'q1', kind: 'likert', text: '您对所在社区的总体满意程度', required: true, show_when: null },
        { code: 'q2', kind: 'single', text: '您是否居住在本社区', required: true, options: [{ code: 'o1', label: '是' }, { code: 'o2', label: '否' }], show_when: null },
      ],
      indices: [{ code: 'satisfaction', name: '总体满意度', min_sample: 30, questions: [{ code: 'q1', weight: 1 }] }],
    });
    expect(wrapper.emitted('saved')).toEqual([[9]]);
    wrapper.unmount();
  });

  it('asks for the title, series, period and window before sending', async () => {
    const wrapper = mount(SurveyForm, { attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
    await flushPromises();
    inBody('[data-test="survey-save"]').click();
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    for (const field of ['title', 'series', 'period', 'window']) expect(inBody(`[data-test="error-${field}"]`).textContent).not.toBe('');
    wrapper.unmount();
  });
});

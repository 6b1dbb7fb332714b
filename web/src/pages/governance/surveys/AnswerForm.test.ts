import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n } from '@/i18n';
import { inBody, resetCalls, typeInto } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import AnswerForm from './AnswerForm.vue';
import type { Question } from './survey_api';

const QUESTIONS: Question[] = [
  { code: 'lives', kind: 'single', text: '您是否居住在本社区', required: true, options: [{ code: 'yes', label: '是' }, { code: 'no', label: '否' }], show_when: null },
  { code: 'years', kind: 'number', text: '居住了几年', required: true, minimum: 0, maximum: 80, show_when: { question: 'lives', any_of: ['yes'] } },
  { code: 'satisfied', kind: 'likert', text: '您对社区的总体满意程度', required: true, show_when: null },
  { code: 'services', kind: 'matrix', text: '各项服务', required: true, options: [{ code: 'clean', label: '环境卫生' }, { code: 'safe', label: '治安' }], show_when: null },
  { code: 'needs', kind: 'multiple', text: '最需要的服务', required: false, options: [{ code: 'elder', label: '养老' }, { code: 'child', label: '托育' }], show_when: null },
  { code: 'comment', kind: 'text', text: '意见建议', required: false, show_when: null },
];

// Ticks an Element Plus radio or checkbox found by data-test (the attribute sits on its label).
function choose(test: string) {
  const input = inBody(`[data-test="${test}"] input`) as HTMLInputElement;
  input.checked = !input.checked || input.type === 'radio';
  input.dispatchEvent(new Event('change'));
}

const shown = () => Array.from(document.body.querySelectorAll('[data-question]')).map((e) => e.getAttribute('data-question'));

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('AnswerForm', () => {
  it('renders each kind, follows the skip logic live and emits only the shown answers', async () => {
    const wrapper = mount(AnswerForm, { props: { questions: QUESTIONS }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
    await flushPromises();
    expect(shown()).toEqual(['lives', 'satisfied', 'services', 'needs', 'comment']);
    expect(inBody('[data-test="question-satisfied"]').textContent).toContain('很满意');
    expect(inBody('[data-test="question-satisfied"]').textContent).toContain('很不满意');

    choose('answer-lives-yes');
    await flushPromises();
    expect(shown()).toEqual(['lives', 'years', 'satisfied', 'services', 'needs', 'comment']);
    typeInto('[data-test="answer-years"]', '12');
    inBody('[data-test="answer-years"] input').dispatchEvent(new Event('change'));
    await flushPromises();

    // Turning the answer to no hides the number again, and its answer goes with it.
    choose('answer-lives-no');
    await flushPromises();
    expect(shown()).toEqual(['lives', 'satisfied', 'services', 'needs', 'comment']);

    choose('answer-satisfied-4');
    choose('answer-services-clean-3');
    choose('answer-services-safe-5');
    choose('answer-needs-elder');
    typeInto('[data-test="answer-comment"]', '希望多建停车位');
    await flushPromises();
    inBody('[data-test="answer-submit"]').click();
    await flushPromises();
    expect(wrapper.emitted('submit')).toEqual([[{ lives: 'no', satisfied: 4, services: { clean: 3, safe: 5 }, needs: ['elder'], comment: '希望多建停车位' }]]);
    wrapper.unmount();
  });

  it('sends nothing while a required shown question is unanswered and marks it', async () => {
    const wrapper = mount(AnswerForm, { props: { questions: QUESTIONS }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
    await flushPromises();
    choose('answer-lives-no');
    choose('answer-satisfied-2');
    choose('answer-services-clean-3');
    await flushPromises();
    inBody('[data-test="answer-submit"]').click();
    await flushPromises();
    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(inBody('[data-test="question-services"]').classList.contains('answer-form__card--missing')).toBe(true);
    expect(inBody('[data-test="question-satisfied"]').classList.contains('answer-form__card--missing')).toBe(false);
    expect(inBody('[data-test="answer-missing"]').textContent).toContain('还有 1 道必答题未作答');
    choose('answer-services-safe-1');
    await flushPromises();
    inBody('[data-test="answer-submit"]').click();
    await flushPromises();
    expect(wrapper.emitted('submit')).toEqual([[{ lives: 'no', satisfied: 2, services: { clean: 3, safe: 1 } }]]);
    wrapper.unmount();
  });
});

import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import SurveyResults from './SurveyResults.vue';
import type { Survey } from './survey_api';

const survey = { id: 4, title: '2026年上半年群众满意度测评', indices: [], questions: [], communities: [], may: { results: true } } as unknown as Survey;
function estimate(value: number | null, sample: number, low = value, high = value) {
  return { value, ci_low: low, ci_high: high, sample, strata: 1, strata_answered: sample ? 1 : 0, small_sample: sample < 30 };
}
const community = (unit_id: number, name: string, e: ReturnType<typeof estimate>) => ({ unit_id, name, kind: 'community', estimate: e });
const RESULTS = {
  responses: 101,
  by_channel: { app: 80, paper: 21, link: 0, telephone: 0 },
  indices: [
    {
      code: 'livability',
      name: '宜居度',
      min_sample: 30,
      area: { unit_id: 1, name: '示范区', kind: 'district', estimate: { ...estimate(72.46, 101, 68.1, 76.94), strata: 4, strata_answered: 3 } },
      streets: [{ unit_id: 2, name: '东街道', kind: 'street', estimate: estimate(72.46, 101, 68.1, 76.94) }],
      communities: [
        community(11, '西大街社区', estimate(65, 40, 60, 70)),
        community(12, '北大社区', estimate(88.2, 12, 70, 100)),
        community(13, '和平社区', estimate(74, 49, 70, 78)),
        community(14, '新村社区', estimate(null, 0)),
      ],
    },
    { code: 'happiness', name: '幸福感', min_sample: 30, area: { unit_id: 1, name: '示范区', kind: 'district', estimate: estimate(80, 101) }, streets: [], communities: [community(11, '西大街社区', estimate(80, 40))] },
  ],
};
const TREND = { items: [{ survey_id: 3, period: '2025年下半年', opens_at: '', indices: { livability: estimate(70, 90, 66, 74) } }, { survey_id: 4, period: '2026年上半年', opens_at: '', indices: { livability: estimate(72.46, 101, 68.1, 76.94) } }] };
const TEXTS = { items: [{ topic: '停车管理 Parking', count: 2, answers: [{ question: 'comment', community: '西大街社区', text: '停车位太少' }, { question: 'comment', community: '和平社区', text: '晚上乱停车' }] }] };

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'surveys/4/results') return RESULTS;
    if (path === 'surveys/4/map') return { type: 'FeatureCollection', features: [] };
    if (path === 'surveys/4/trend') return TREND;
    if (path === 'surveys/4/texts') return TEXTS;
    throw new Error(`unexpected GET ${path}`);
  });
});

const rows = () => Array.from(document.body.querySelectorAll('[data-test="ranking-community"] [data-test="ranking-row"]'));

describe('SurveyResults', () => {
  it('gives the area with its interval and ranks the communities best first, flagging small samples', async () => {
    const wrapper = mount(SurveyResults, { props: { survey }, attachTo: document.body, global: { plugins: [i18n, ElementPlus], stubs: { SurveyMap: true } } });
    await flushPromises();
    expect(inBody('[data-test="results-area-value"]').textContent).toBe('72.5');
    expect(inBody('[data-test="results-area"]').textContent).toContain('95% 区间 68.1–76.9');
    expect(inBody('[data-test="ranking-street"]').textContent).toContain('东街道');
    expect(inBody('[data-test="results-area-sample"]').textContent).toContain('有效样本 101 份，覆盖 3/4 个社区');
    expect(inBody('[data-test="results-responses"]').textContent).toContain('共 101 份答卷');
    expect(Array.from(document.body.querySelectorAll('[data-test="results-channel"]')).map((e) => e.textContent)).toEqual(['手机作答 80', '纸质问卷 21']);

    expect(rows().map((r) => r.querySelector('[data-test="ranking-name"]')!.textContent)).toEqual(['北大社区', '和平社区', '西大街社区']);
    expect(rows().map((r) => r.querySelector('[data-test="ranking-value"]')!.textContent)).toEqual(['88.2', '74.0', '65.0']);
    // The best value rests on 12 answers: it is flagged.
    expect(rows().map((r) => r.querySelector('[data-test="small-sample"]') !== null)).toEqual([true, false, false]);
    // The community without answers is counted, and listed last on request.
    expect(inBody('[data-test="ranking-community"] + .estimate-ranking__silent').textContent).toContain('另有 1 个社区暂无答卷');
    (document.body.querySelectorAll<HTMLElement>('[data-test="ranking-toggle"]')[0]).click();
    await flushPromises();
    expect(rows().map((r) => r.querySelector('[data-test="ranking-name"]')!.textContent)).toEqual(['北大社区', '和平社区', '西大街社区', '新村社区']);
    expect(rows()[3].querySelector('[data-test="ranking-value"]')!.textContent).toBe('—');

    expect(inBody('[data-test="survey-trend"]').textContent).toContain('2025年下半年');
    expect(inBody('[data-test="results-texts"]').textContent).toContain('停车管理');
    wrapper.unmount();
  });

  it('switches to another index', async () => {
    const wrapper = mount(SurveyResults, { props: { survey }, attachTo: document.body, global: { plugins: [i18n, ElementPlus], stubs: { SurveyMap: true } } });
    await flushPromises();
    const happiness = Array.from(document.body.querySelectorAll<HTMLElement>('[data-test="results-index-pick"] label')).find((l) => l.textContent?.includes('幸福感'))!;
    const input = happiness.querySelector('input') as HTMLInputElement;
    input.checked = true;
    input.dispatchEvent(new Event('change'));
    await flushPromises();
    expect(inBody('[data-test="results-area"]').textContent).toContain('幸福感');
    expect(rows().map((r) => r.querySelector('[data-test="ranking-name"]')!.textContent)).toEqual(['西大街社区']);
    wrapper.unmount();
  });
});

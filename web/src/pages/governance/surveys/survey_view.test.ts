import { describe, expect, it } from 'vitest';
import type { AreaResult, Question, Trend } from './survey_api';
import {
  formatEstimate,
  intervalText,
  fromLocalInput,
  indicesForSave,
  isComplete,
  missingQuestions,
  nextCode,
  pruneHidden,
  rankCommunities,
  repairSkips,
  scoredCodes,
  toLocalInput,
  trendPoints,
  valueColor,
  valueSteps,
  visibleQuestions,
  windowText,
} from './survey_view';

// Lives here? → (yes) for how long → (a year or more) since when; then a Likert question, a
// matrix, a multiple choice and a comment, none of them conditional.
const QUESTIONS: Question[] = [
  { code: 'lives', kind: 'single', text: '您是否居住在本社区', required: true, options: [{ code: 'yes', label: '是' }, { code: 'no', label: '否' }], show_when: null },
  { code: 'years', kind: 'single', text: '居住年限', required: true, options: [{ code: 'short', label: '不满1年' }, { code: 'long', label: '1年以上' }], show_when: { question: 'lives', any_of: ['yes'] } },
  { code: 'since', kind: 'number', text: '入住年份', required: true, minimum: 1950, maximum: 2026, show_when: { question: 'years', any_of: ['long'] } },
  { code: 'satisfied', kind: 'likert', text: '总体满意程度', required: true, show_when: null },
  { code: 'services', kind: 'matrix', text: '各项服务', required: true, options: [{ code: 'clean', label: '环境卫生' }, { code: 'safe', label: '治安' }], show_when: null },
  { code: 'needs', kind: 'multiple', text: '最需要的服务', required: false, options: [{ code: 'elder', label: '养老' }, { code: 'child', label: '托育' }], show_when: null },
  { code: 'comment', kind: 'text', text: '意见建议', required: false, show_when: null },
];
const codes = (qs: Question[]) => qs.map((q) => q.code);

describe('survey view: skip logic', () => {
  it('shows a question only when its earlier single choice has one of the options, and hides what hangs on a hidden one', () => {
    expect(codes(visibleQuestions(QUESTIONS, {}))).toEqual(['lives', 'satisfied', 'services', 'needs', 'comment']);
    expect(codes(visibleQuestions(QUESTIONS, { lives: 'yes' }))).toEqual(['lives', 'years', 'satisfied', 'services', 'needs', 'comment']);
    expect(codes(visibleQuestions(QUESTIONS, { lives: 'yes', years: 'long' }))).toContain('since');
    // "years" still holds "long", but "lives" turned to no: both years and since go.
    expect(codes(visibleQuestions(QUESTIONS, { lives: 'no', years: 'long', since: 2001 }))).toEqual(['lives', 'satisfied', 'services', 'needs', 'comment']);
  });

  it('prunes the answers of hidden questions and the empty ones before sending', () => {
    const answers = { lives: 'no', years: 'long', since: 2001, satisfied: 4, services: { clean: 3, safe: 5, gone: 2 }, needs: [], comment: '  ' };
    expect(pruneHidden(QUESTIONS, answers)).toEqual({ lives: 'no', satisfied: 4, services: { clean: 3, safe: 5 } });
    expect(pruneHidden(QUESTIONS, { lives: 'yes', years: 'long', since: 2001, comment: ' 多建停车位 ' })).toEqual({ lives: 'yes', years: 'long', since: 2001, comment: '多建停车位' });
  });

  it('is complete only when every shown required question is answered, a matrix in every row', () => {
    const partial = { lives: 'yes', satisfied: 4, services: { clean: 3 } };
    expect(isComplete(QUESTIONS, partial)).toBe(false);
    expect(codes(missingQuestions(QUESTIONS, partial))).toEqual(['years', 'services']);
    // Hidden required questions are not asked for; optional ones never are.
    expect(isComplete(QUESTIONS, { lives: 'no', satisfied: 1, services: { clean: 3, safe: 2 } })).toBe(true);
    expect(isComplete(QUESTIONS, { lives: 'yes', years: 'long', satisfied: 1, services: { clean: 3, safe: 2 } })).toBe(false);
  });
});

describe('survey view: numbers and places', () => {
  it('writes an estimate with its 95% interval in either language', () => {
    expect(formatEstimate({ value: 72.46, ci_low: 68.1, ci_high: 76.94 })).toBe('72.5（95% 区间 68.1–76.9）');
    expect(formatEstimate({ value: 72.46, ci_low: 68.1, ci_high: 76.94 }, 'en')).toBe('72.5 (95% interval 68.1–76.9)');
    expect(formatEstimate({ value: null, ci_low: null, ci_high: null })).toBe('—');
    expect(intervalText({ ci_low: 0, ci_high: 100 })).toBe('95% 区间 0.0–100.0');
  });

  const area = (name: string, value: number | null, sample = 40): AreaResult => ({
    unit_id: name.length,
    name,
    kind: 'community',
    estimate: { value, ci_low: value, ci_high: value, sample, strata: 1, strata_answered: value === null ? 0 : 1, small_sample: sample < 30 },
  });

  it('ranks communities best first, ties sharing a place, those without answers last', () => {
    const ranked = rankCommunities([area('乙社区', 70), area('甲社区', 81.5), area('丙社区', null, 0), area('丁社区', 70, 3)]);
    expect(ranked.map((c) => [c.name, c.rank])).toEqual([
      ['甲社区', 1],
      ['丁社区', 2],
      ['乙社区', 2],
      ['丙社区', null],
    ]);
    expect(ranked[1].estimate.small_sample).toBe(true);
  });

  it('reads and writes times in Shanghai whatever the device zone', () => {
    expect(toLocalInput('2026-05-28T01:00:00Z')).toBe('2026-05-28T09:00');
    expect(fromLocalInput('2026-05-28T09:00')).toBe('2026-05-28T09:00:00+08:00');
    expect(fromLocalInput('')).toBe('');
    expect(windowText({ opens_at: '2026-05-28T09:00:00+08:00', closes_at: '2026-06-30T18:00:00+08:00' })).toBe('2026-05-28 09:00 – 2026-06-30 18:00');
  });

  it('colours values in five steps over the range shown, grey without a value', () => {
    const steps = valueSteps([60, 85, null]);
    expect(steps.map((s) => s.from)).toEqual([60, 65, 70, 75, 80]);
    expect(valueColor(84, steps)).toBe(steps[4].color);
    expect(valueColor(60, steps)).toBe(steps[0].color);
    expect(valueColor(null, steps)).toBe('#cccccc');
    expect(valueSteps([null])).toEqual([]);
    // One value alone sits in the middle of ten points.
    const one = valueSteps([62.5]);
    expect(one.map((s) => s.from)).toEqual([58, 60, 62, 64, 66]);
    expect(valueColor(62.5, one)).toBe(one[2].color);
  });

  it('follows one index over the rounds', () => {
    const estimate = { value: 70, ci_low: 65, ci_high: 75, sample: 50, strata: 3, strata_answered: 3, small_sample: false };
    const trend: Trend = { items: [{ survey_id: 1, period: '2025年', opens_at: '', indices: { sat: estimate } }, { survey_id: 2, period: '2026年', opens_at: '', indices: {} }] };
    expect(trendPoints(trend, 'sat')).toEqual([
      { period: '2025年', value: 70, low: 65, high: 75, sample: 50 },
      { period: '2026年', value: null, low: null, high: null, sample: 0 },
    ]);
  });
});

describe('survey view: the builder', () => {
  it('offers Likert questions and matrix rows to indices and keeps only those', () => {
    expect(scoredCodes(QUESTIONS).map((c) => c.code)).toEqual(['satisfied', 'services.clean', 'services.safe']);
    const indices = [{ code: 'livability', name: '宜居度', min_sample: 30, questions: [{ code: 'satisfied', weight: 2 }, { code: 'lives' }, { code: 'services.safe' }] }];
    expect(indicesForSave(indices, QUESTIONS)[0].questions).toEqual([{ code: 'satisfied', weight: 2 }, { code: 'services.safe', weight: 1 }]);
  });

  it('drops a skip condition that no longer looks back at a single choice, and options gone', () => {
    const qs: Question[] = JSON.parse(JSON.stringify(QUESTIONS.slice(0, 3)));
    qs[0].options = [{ code: 'yes', label: '是' }];
    qs[1].show_when = { question: 'lives', any_of: ['yes', 'no'] };
    repairSkips(qs);
    expect(qs[1].show_when).toEqual({ question: 'lives', any_of: ['yes'] });
    // "since" moved above "years": its condition no longer looks back.
    const moved = [qs[0], qs[2], qs[1]];
    repairSkips(moved);
    expect(moved[1].show_when).toBeNull();
    expect(nextCode('q', ['q1', 'q3'])).toBe('q2');
  });
});

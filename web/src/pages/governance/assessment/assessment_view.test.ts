import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import type { ResultSummary, Scheme } from './assessment_api';
import {
  barPercent,
  computablePeriods,
  fieldLocation,
  formOf,
  isPeriodOf,
  manualIndicators,
  mayConfirm,
  movementLabel,
  periodChoices,
  periodOf,
  previousPeriod,
  rankLabel,
  schemeOf,
  weightSum,
  type Label,
} from './assessment_view';

// The scheme of docs/governance.md §4, every rule kind once.
const SCHEME: Scheme = {
  name: '社区月度目标考评',
  period: 'month',
  unit_kind: 'community',
  bonus_cap: 2.5,
  indicators: [
    { code: 'Q1', name: '按时受理率', source: 'cases_on_time_acceptance', weight: 20, rule: { kind: 'linear', floor: 60, target: 95 } },
    { code: 'Q2', name: '超期率', source: 'cases_overdue_share', weight: 20, rule: { kind: 'linear', floor: 20, target: 5 } },
    {
      code: 'Q3',
      name: '满意率',
      source: 'cases_satisfaction',
      weight: 30,
      rule: { kind: 'thresholds', steps: [{ bound: 80, fraction: 0.5 }, { bound: 90, fraction: 0.8 }, { bound: 95, fraction: 1 }] },
    },
    { code: 'Q4', name: '信息采用数', source: 'information_adopted', weight: 30, rule: { kind: 'rank', step: 7, floor: 10 } },
    { code: 'B1', name: '表彰加分', source: 'manual', rule: { kind: 'bonus', per_occurrence: 1, cap: 3 } },
    { code: 'D1', name: '重复投诉', source: 'cases_repeat_reports', rule: { kind: 'deduction', per_occurrence: 0.5, cap: 2 } },
  ],
};

function result(id: number, period: string, published: boolean): ResultSummary {
  return {
    id,
    scheme_id: 1,
    scheme_name: 'S',
    scheme_version: 1,
    period,
    computed_at: '2026-12-01T09:00:00+08:00',
    published_at: published ? '2026-12-02T09:00:00+08:00' : null,
    number: published ? '魏都区目标考评通报〔2026〕第 1 期' : null,
    report_id: published ? 1 : null,
    demo: false,
    unit_count: 3,
  };
}

const say = (l: Label) => i18n.global.t(l.key, l.params ?? {});

describe('assessment view', () => {
  it('says how a unit moved against the period before', () => {
    i18n.global.locale.value = 'zh';
    expect(say(movementLabel({ movement: 'up', movement_places: 2 }))).toBe('↑2');
    expect(say(movementLabel({ movement: 'down', movement_places: 1 }))).toBe('↓1');
    expect(say(movementLabel({ movement: 'same', movement_places: 0 }))).toBe('持平');
    expect(say(movementLabel({ movement: 'new', movement_places: 0 }))).toBe('新上榜');
    i18n.global.locale.value = 'en';
    expect(say(movementLabel({ movement: 'new', movement_places: 0 }))).toBe('New');
    i18n.global.locale.value = 'zh';
  });

  it('marks a shared place as tied and leaves a place of one alone', () => {
    expect(say(rankLabel({ rank: 2, tied: true }))).toBe('2 并列');
    expect(say(rankLabel({ rank: 4, tied: false }))).toBe('4');
  });

  it('sums the base weights exactly and leaves bonus and deduction items out', () => {
    const rows = formOf(SCHEME).rows;
    expect(weightSum(rows)).toBe(100);
    rows[0].weight = 10.1;
    rows[1].weight = 20.2;
    expect(weightSum(rows)).toBe(90.3); // 0.1 + 0.2 in floating point would not be exact
    rows[4].weight = 50; // a bonus item's weight is not counted
    expect(weightSum(rows)).toBe(90.3);
    rows[0].weight = null;
    expect(weightSum(rows)).toBe(80.2);
  });

  it('turns a scheme into its form and back unchanged', () => {
    const form = formOf(SCHEME);
    expect(form.rows.map((r) => r.kind)).toEqual(['linear', 'linear', 'thresholds', 'rank', 'bonus', 'deduction']);
    expect(form.bonus_cap).toBe(2.5);
    expect(form.deduction_cap).toBeNull();
    expect(schemeOf(form)).toEqual(SCHEME);
    // The form is a copy: editing a step leaves the scheme as it was.
    form.rows[2].steps[0].bound = 70;
    expect((SCHEME.indicators[2].rule as { steps: { bound: number }[] }).steps[0].bound).toBe(80);
  });

  it('sends only the chosen rule kind’s parameters, and no weight for bonus and deduction items', () => {
    const form = formOf(SCHEME);
    form.rows[0].kind = 'rank';
    form.rows[0].step = 5;
    form.rows[0].lower_is_better = true;
    form.rows[3].kind = 'deduction';
    form.rows[3].per_occurrence = 1;
    form.rows[3].cap = null;
    form.rows[1].code = '  Q2 ';
    const scheme = schemeOf(form);
    expect(scheme.indicators[0]).toEqual({
      code: 'Q1',
      name: '按时受理率',
      source: 'cases_on_time_acceptance',
      weight: 20,
      rule: { kind: 'rank', step: 5, floor: 60, lower_is_better: true },
    });
    expect(scheme.indicators[3]).toEqual({ code: 'Q4', name: '信息采用数', source: 'information_adopted', rule: { kind: 'deduction', per_occurrence: 1, cap: 0 } });
    expect(scheme.indicators[1].code).toBe('Q2');
  });

  it('finds the row and the field a refusal names', () => {
    expect(fieldLocation('indicators[2].rule.steps[1].bound')).toEqual({ row: 2, field: 'rule.steps[1].bound' });
    expect(fieldLocation('indicators[0]')).toEqual({ row: 0, field: '' });
    expect(fieldLocation('bonus_cap')).toEqual({ row: null, field: 'bonus_cap' });
    expect(fieldLocation(undefined)).toBeNull();
  });

  it('offers the computed periods newest first and says which are published', () => {
    const results = [result(3, '2026-Q4', false), result(2, '2026-Q3', true)];
    expect(periodChoices(results)).toEqual([
      { period: '2026-Q4', published: false, id: 3 },
      { period: '2026-Q3', published: true, id: 2 },
    ]);
  });

  it('works out the periods of each kind in Shanghai time', () => {
    // 2026-12-31 16:30 UTC is already 2027-01-01 in Shanghai.
    const newYear = new Date('2026-12-31T16:30:00Z');
    expect(periodOf('month', newYear)).toBe('2027-01');
    expect(periodOf('quarter', newYear)).toBe('2027-Q1');
    expect(periodOf('year', newYear)).toBe('2027');
    expect(periodOf('quarter', new Date('2026-12-31T15:30:00Z'))).toBe('2026-Q4');
    expect(previousPeriod('2027-Q1')).toBe('2026-Q4');
    expect(previousPeriod('2026-Q3')).toBe('2026-Q2');
    expect(previousPeriod('2027-01')).toBe('2026-12');
    expect(previousPeriod('2026-11')).toBe('2026-10');
    expect(previousPeriod('2027')).toBe('2026');
  });

  it('offers to compute the recent periods that are not published', () => {
    const now = new Date('2026-12-05T02:00:00Z');
    expect(computablePeriods('quarter', now, [result(2, '2026-Q3', true), result(3, '2026-Q4', false)], 4)).toEqual(['2026-Q4', '2026-Q2', '2026-Q1']);
    expect(computablePeriods('month', now, [], 3)).toEqual(['2026-12', '2026-11', '2026-10']);
  });

  it('checks a typed period against the scheme’s kind', () => {
    expect(isPeriodOf('quarter', '2026-Q4')).toBe(true);
    expect(isPeriodOf('quarter', '2026-11')).toBe(false);
    expect(isPeriodOf('month', '2026-13')).toBe(false);
    expect(isPeriodOf('month', ' 2026-01 ')).toBe(true);
    expect(isPeriodOf('year', '2026')).toBe(true);
  });

  it('fills an indicator’s bar by its share of the most it could earn', () => {
    expect(barPercent(18.57, 20)).toBe(92.9);
    expect(barPercent(25, 20)).toBe(100);
    expect(barPercent(-1.5, 2)).toBe(75);
    expect(barPercent(3, 0)).toBe(0);
  });

  it('lists the hand-entered indicators and who may confirm a value', () => {
    expect(manualIndicators(SCHEME).map((i) => i.code)).toEqual(['B1']);
    expect(mayConfirm({ entered_by: 'supervisor', confirmed_at: null }, 'admin')).toBe(true);
    expect(mayConfirm({ entered_by: 'admin', confirmed_at: null }, 'admin')).toBe(false);
    expect(mayConfirm({ entered_by: 'supervisor', confirmed_at: '2026-12-01T09:00:00+08:00' }, 'admin')).toBe(false);
  });
});

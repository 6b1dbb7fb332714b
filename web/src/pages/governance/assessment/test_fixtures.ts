// Answers of the assessment routes for the page tests: a quarterly scheme of three
// communities, two sharing first place, one with no data on an indicator.
import { mount, RouterLinkStub } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import type { Component } from 'vue';
import { i18n } from '@/i18n';
import type { Report, Result, ResultSummary, ResultUnit, Scheme, SchemeDetail, Value } from './assessment_api';

export function mountWithLinks(page: Component) {
  return mount(page, { attachTo: document.body, global: { plugins: [i18n, ElementPlus], stubs: { RouterLink: RouterLinkStub } } });
}

export const SCHEME: Scheme = {
  name: '社区季度目标考评',
  period: 'quarter',
  unit_kind: 'community',
  bonus_cap: 3,
  indicators: [
    { code: 'Q1', name: '按时受理率', source: 'cases_on_time_acceptance', weight: 40, rule: { kind: 'linear', floor: 60, target: 95 } },
    { code: 'Q2', name: '信息采用数', source: 'information_adopted', weight: 30, rule: { kind: 'rank', step: 7, floor: 10 } },
    {
      code: 'Q3',
      name: '满意率',
      source: 'cases_satisfaction',
      weight: 30,
      rule: { kind: 'thresholds', steps: [{ bound: 80, fraction: 0.5 }, { bound: 90, fraction: 1 }] },
    },
    { code: 'B1', name: '表彰加分', source: 'manual', rule: { kind: 'bonus', per_occurrence: 1, cap: 3 } },
  ],
};

export function schemeDetail(version = 2, scheme: Scheme = SCHEME): SchemeDetail {
  return {
    id: 1,
    name: scheme.name,
    version,
    period_kind: scheme.period,
    unit_kind: scheme.unit_kind,
    saved_at: '2026-10-01T09:00:00+08:00',
    saved_by: 'supervisor',
    demo: false,
    scheme,
    versions: [
      { version: 2, saved_at: '2026-10-01T09:00:00+08:00', saved_by: 'supervisor' },
      { version: 1, saved_at: '2026-07-01T09:00:00+08:00', saved_by: 'admin' },
    ],
  };
}

export function summary(id: number, period: string, number: string | null): ResultSummary {
  return {
    id,
    scheme_id: 1,
    scheme_name: SCHEME.name,
    scheme_version: 2,
    period,
    computed_at: '2026-12-01T09:00:00+08:00',
    published_at: number ? '2026-12-02T10:00:00+08:00' : null,
    number,
    report_id: number ? 30 + id : null,
    demo: false,
    unit_count: 3,
  };
}

function unit(code: string, name: string, rank: number, extra: Partial<ResultUnit> = {}): ResultUnit {
  return {
    unit: { code, name },
    rank,
    tied: false,
    incomplete: false,
    total: 80,
    movement: 'same',
    movement_places: 0,
    breakdown: {
      base: 79,
      bonus: 1,
      deduction: 0,
      total: 80,
      indicators: [
        {
          code: 'Q1',
          name: '按时受理率',
          raw: 92.5,
          points: 55.71,
          max_points: 60,
          explanation: '按时受理率 92.5%，介于下限 60% 与目标 95% 之间，得 55.71 / 60 分',
        },
        { code: 'Q2', name: '信息采用数', raw: null, points: 0, max_points: 40, explanation: '无数据，不得分' },
      ],
    },
    ...extra,
  };
}

export function result(id: number, period: string, number: string | null): Result {
  return {
    ...summary(id, period, number),
    units: [
      unit('411002001001', '东社区', 1, { tied: true, total: 91.5, movement: 'up', movement_places: 2 }),
      unit('411002001002', '西社区', 1, { tied: true, total: 91.5, movement: 'down', movement_places: 1 }),
      unit('411002001003', '南社区', 3, { total: 70.25, movement: 'new', incomplete: true }),
    ],
  };
}

export function report(id: number, number: string): Report {
  return {
    id,
    number,
    title: '关于2026年第四季度社区目标考评结果的通报',
    period: '2026-Q4',
    scheme_id: 1,
    result_id: 8,
    published_at: '2026-12-05T10:00:00+08:00',
    pdf_url: `/api/v1/assessment/reports/${id}/pdf`,
    xlsx_url: `/api/v1/assessment/reports/${id}/xlsx`,
    pdf_sha256: 'a'.repeat(64),
    xlsx_sha256: 'b'.repeat(64),
    demo: false,
  };
}

export function value(id: number, enteredBy: string, confirmedBy: string | null): Value {
  return {
    id,
    scheme_id: 1,
    period: '2026-Q4',
    unit: { code: '411002001001', name: '东社区' },
    indicator: 'B1',
    value: 2,
    evidence: '区委表彰决定〔2026〕5 号',
    entered_by: enteredBy,
    entered_at: '2026-12-01T09:00:00+08:00',
    confirmed_by: confirmedBy,
    confirmed_at: confirmedBy ? '2026-12-01T10:00:00+08:00' : null,
  };
}

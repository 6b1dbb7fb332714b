// The target assessment routes of the governance layer (目标考评, docs/governance.md §4–6):
// stored schemes and their versions, computed results and their ranking, hand-entered
// values and their confirmation, publishing a result as its numbered notice (考评通报) and
// the public list of notices.
//
// The shapes below are declared here by hand, all in this one place, until the routes are in
// the OpenAPI document (src/api/openapi.json); the calls go through client.ts's request(),
// the same cookie, CSRF token and ApiError as the typed client.
import { request } from '@/api/client';

export type PeriodKind = 'month' | 'quarter' | 'year';
export type UnitKind = 'street' | 'community' | 'grid' | 'department';
export type Movement = 'new' | 'up' | 'down' | 'same';

export const SOURCES = [
  'cases_on_time_acceptance',
  'cases_on_time_resolution',
  'cases_satisfaction',
  'cases_repeat_reports',
  'cases_overdue_share',
  'ledger_milestones_on_time',
  'information_submitted',
  'information_adopted',
  'information_adoption_rate',
  'manual',
] as const;
export type Source = (typeof SOURCES)[number];

export interface ThresholdStep {
  bound: number;
  fraction: number;
}
export type Rule =
  | { kind: 'linear'; floor: number; target: number }
  | { kind: 'thresholds'; steps: ThresholdStep[]; lower_is_better?: boolean }
  | { kind: 'rank'; step: number; floor: number; lower_is_better?: boolean }
  | { kind: 'bonus'; per_occurrence: number; cap: number }
  | { kind: 'deduction'; per_occurrence: number; cap: number };
export type RuleKind = Rule['kind'];

export interface Indicator {
  code: string;
  name: string;
  source: Source;
  weight?: number;
  rule: Rule;
}

// A scheme as it is stored and saved (its JSON, docs/governance.md §4).
export interface Scheme {
  name: string;
  period: PeriodKind;
  unit_kind: UnitKind;
  bonus_cap?: number;
  deduction_cap?: number;
  indicators: Indicator[];
}

export interface SchemeSummary {
  id: number;
  name: string;
  version: number;
  period_kind: PeriodKind;
  unit_kind: UnitKind;
  saved_at: string;
  saved_by: string | null;
  demo: boolean;
}
export interface SchemeVersion {
  version: number;
  saved_at: string;
  saved_by: string | null;
}
export interface SchemeDetail extends SchemeSummary {
  scheme: Scheme;
  versions: SchemeVersion[];
}

export interface UnitName {
  code: string;
  name: string;
}

export interface ResultSummary {
  id: number;
  scheme_id: number;
  scheme_name: string;
  scheme_version: number;
  period: string;
  computed_at: string;
  published_at: string | null;
  number: string | null;
  report_id: number | null;
  demo: boolean;
  unit_count: number;
}
export interface IndicatorLine {
  code: string;
  name: string;
  raw: number | null;
  points: number;
  max_points: number;
  place?: number | null;
  explanation: string;
}
export interface ResultUnit {
  unit: UnitName;
  rank: number;
  tied: boolean;
  incomplete: boolean;
  total: number;
  movement: Movement;
  movement_places: number;
  breakdown: { base: number; bonus: number; deduction: number; total: number; indicators: IndicatorLine[] };
}
export interface Result extends ResultSummary {
  units: ResultUnit[];
}

export interface Value {
  id: number;
  scheme_id: number;
  period: string;
  unit: UnitName;
  indicator: string;
  value: number;
  evidence: string;
  entered_by: string;
  entered_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
}
export interface NewValue {
  scheme_id: number;
  period: string;
  unit: string;
  indicator: string;
  value: number;
  evidence: string;
}

export interface Report {
  id: number;
  number: string;
  title: string;
  period: string;
  scheme_id: number;
  result_id: number;
  published_at: string;
  pdf_url: string;
  xlsx_url: string;
  pdf_sha256: string;
  xlsx_sha256: string;
  demo: boolean;
}
export interface PublishText {
  opening?: string;
  closing?: string;
}

interface Items<T> {
  items: T[];
}

const BASE = '/api/v1/assessment';

export const listSchemes = () => request<Items<SchemeSummary>>('GET', `${BASE}/schemes`);
export const getScheme = (id: number, version?: number) =>
  request<SchemeDetail>('GET', `${BASE}/schemes/${id}`, version === undefined ? {} : { query: { version } });
export const saveScheme = (scheme: Scheme) => request<SchemeDetail>('POST', `${BASE}/schemes`, { body: scheme });

export const listResults = (scheme: number) => request<Items<ResultSummary>>('GET', `${BASE}/results`, { query: { scheme } });
export const getResult = (id: number) => request<Result>('GET', `${BASE}/results/${id}`);
export const computeResult = (scheme_id: number, period: string) =>
  request<Result>('POST', `${BASE}/results`, { body: { scheme_id, period } });
export const publishResult = (id: number, text: PublishText) =>
  request<Report>('POST', `${BASE}/results/${id}/publish`, { body: text });

export const listValues = (scheme: number, period: string) =>
  request<Items<Value>>('GET', `${BASE}/values`, { query: { scheme, period } });
export const enterValue = (value: NewValue) => request<Value>('POST', `${BASE}/values`, { body: value });
export const confirmValue = (id: number) => request<Value>('POST', `${BASE}/values/${id}/confirm`);

export const listReports = () => request<Items<Report>>('GET', `${BASE}/reports`);

// The frozen files of a published notice, for an <a href download>.
export const reportFile = (id: number, kind: 'pdf' | 'xlsx') => `${BASE}/reports/${id}/${kind}`;

// The target assessment routes of the governance layer (目标考评, docs/governance.md §4–6,
// src/governance/api/assessment_routes.cc): stored schemes and their versions, computed
// results and their ranking, hand-entered values and their confirmation, publishing a result
// as its numbered notice (考评通报) and the public list of notices. The shapes are the
// server's own (src/api/openapi.json, see '@/api/types').
import { call, linkTo } from '@/api/typed_client';
import type { RequestBody, Schemas } from '@/api/types';

export type Scheme = Schemas['AssessmentScheme'];
export type SchemeSummary = Schemas['AssessmentSchemeSummary'];
export type SchemeDetail = Schemas['AssessmentSchemeDetail'];
export type SchemeVersion = SchemeDetail['versions'][number];
export type Indicator = Scheme['indicators'][number];
export type Rule = Indicator['rule'];
export type RuleKind = Rule['kind'];
export type ThresholdStep = Extract<Rule, { kind: 'thresholds' }>['steps'][number];
export type Source = Indicator['source'];
export type PeriodKind = Scheme['period'];
export type UnitKind = Scheme['unit_kind'];

export type ResultSummary = Schemas['AssessmentResultSummary'];
export type Result = Schemas['AssessmentResult'];
export type ResultUnit = Result['units'][number];
export type IndicatorLine = ResultUnit['breakdown']['indicators'][number];
export type Movement = ResultUnit['movement'];

export type Value = Schemas['AssessmentValue'];
export type NewValue = RequestBody<'enterAssessmentValue'>;
export type Report = Schemas['AssessmentReport'];
export type PublishText = RequestBody<'publishAssessment'>;

// Every source the server knows, in the order the scheme editor offers them; a source the
// document adds or drops fails the type check here.
const SOURCE_ORDER: Record<Source, number> = {
  cases_on_time_acceptance: 0,
  cases_on_time_resolution: 1,
  cases_satisfaction: 2,
  cases_repeat_reports: 3,
  cases_overdue_share: 4,
  ledger_milestones_on_time: 5,
  information_submitted: 6,
  information_adopted: 7,
  information_adoption_rate: 8,
  manual: 9,
};
export const SOURCES = (Object.keys(SOURCE_ORDER) as Source[]).sort((a, b) => SOURCE_ORDER[a] - SOURCE_ORDER[b]);

export const listSchemes = () => call('get', '/api/v1/assessment/schemes');
export const getScheme = (id: number, version?: number) =>
  call('get', '/api/v1/assessment/schemes/{id}', { path: { id }, query: version === undefined ? undefined : { version } });
export const saveScheme = (scheme: Scheme) => call('post', '/api/v1/assessment/schemes', { body: scheme });

export const listResults = (scheme: number) => call('get', '/api/v1/assessment/results', { query: { scheme } });
export const getResult = (id: number) => call('get', '/api/v1/assessment/results/{id}', { path: { id } });
export const computeResult = (scheme_id: number, period: string) =>
  call('post', '/api/v1/assessment/results', { body: { scheme_id, period } });
export const publishResult = (id: number, text: PublishText) =>
  call('post', '/api/v1/assessment/results/{id}/publish', { path: { id }, body: text });

export const listValues = (scheme: number, period: string) => call('get', '/api/v1/assessment/values', { query: { scheme, period } });
export const enterValue = (value: NewValue) => call('post', '/api/v1/assessment/values', { body: value });
export const confirmValue = (id: number) => call('post', '/api/v1/assessment/values/{id}/confirm', { path: { id } });

export const listReports = () => call('get', '/api/v1/assessment/reports');

// The frozen files of a published notice, for an <a href download>.
export const reportFile = (id: number, kind: 'pdf' | 'xlsx') =>
  kind === 'pdf' ? linkTo('/api/v1/assessment/reports/{id}/pdf', { id }) : linkTo('/api/v1/assessment/reports/{id}/xlsx', { id });

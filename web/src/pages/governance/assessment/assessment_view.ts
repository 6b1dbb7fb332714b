// What the assessment pages show and send, from the server's answers: a unit's rank and
// movement, the periods to choose from, the bar of an indicator's points, the sum of the base
// weights, a scheme as an editable form and back to its JSON, and where the server's refusal
// of a scheme points. Pure, so it is tested without a browser.
import type { TagType } from '@/utils/format';
import type { Indicator, PeriodKind, ResultSummary, ResultUnit, Rule, RuleKind, Scheme, Source, ThresholdStep, UnitKind, Value } from './assessment_api';

// An i18n key and its parameters.
export interface Label {
  key: string;
  params?: Record<string, number | string>;
}

// ↑2, ↓1, 持平 or 新上榜 against the period before.
export function movementLabel(u: Pick<ResultUnit, 'movement' | 'movement_places'>): Label {
  if (u.movement === 'up' || u.movement === 'down') return { key: `assessment.movement.${u.movement}`, params: { n: u.movement_places } };
  return { key: `assessment.movement.${u.movement}` };
}

export function movementTag(movement: ResultUnit['movement']): TagType {
  if (movement === 'up') return 'success';
  if (movement === 'down') return 'danger';
  return movement === 'new' ? 'primary' : 'info';
}

// "2" alone, or "2 并列" when others share the place (standard competition ranking).
export function rankLabel(u: Pick<ResultUnit, 'rank' | 'tied'>): Label {
  return u.tied ? { key: 'assessment.rankTied', params: { n: u.rank } } : { key: 'assessment.rank', params: { n: u.rank } };
}

// Points to two decimals, as the notice prints them.
export function points(value: number): string {
  return value.toFixed(2);
}

// How much of the bar an indicator's points fill, 0–100; a deduction fills by what it took.
export function barPercent(earned: number, most: number): number {
  if (most <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((Math.abs(earned) / most) * 1000) / 10));
}

// The periods that have a result, newest first (the server's order), published or not.
export function periodChoices(results: readonly ResultSummary[]): { period: string; published: boolean; id: number }[] {
  return results.map((r) => ({ period: r.period, published: r.published_at !== null, id: r.id }));
}

// The key of the period of `kind` that holds `now` in Asia/Shanghai: "2026-11", "2026-Q4", "2026".
export function periodOf(kind: PeriodKind, now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3600 * 1000);
  const year = shanghai.getUTCFullYear();
  const month = shanghai.getUTCMonth() + 1;
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

// The period before: 2026-Q1 → 2025-Q4, 2026-01 → 2025-12, 2026 → 2025.
export function previousPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
  }
  return String(Number(period) - 1);
}

// The periods the office may compute: the current one and those before it, newest first,
// without those already published (the server refuses to recompute them).
export function computablePeriods(kind: PeriodKind, now: Date, results: readonly ResultSummary[], count = 6): string[] {
  const published = new Set(results.filter((r) => r.published_at !== null).map((r) => r.period));
  const periods: string[] = [];
  for (let p = periodOf(kind, now); periods.length < count; p = previousPeriod(p)) periods.push(p);
  return periods.filter((p) => !published.has(p));
}

// Whether `text` is a period of `kind`.
export function isPeriodOf(kind: PeriodKind, text: string): boolean {
  const pattern = { month: /^\d{4}-(0[1-9]|1[0-2])$/, quarter: /^\d{4}-Q[1-4]$/, year: /^\d{4}$/ }[kind];
  return pattern.test(text.trim());
}

export function isBaseRule(kind: RuleKind): boolean {
  return kind !== 'bonus' && kind !== 'deduction';
}

// The sum of the base indicators' weights, exact to the hundredth (the server wants 100).
export function weightSum(rows: readonly { kind: RuleKind; weight: number | null }[]): number {
  const hundredths = rows.filter((r) => isBaseRule(r.kind)).reduce((sum, r) => sum + Math.round((r.weight ?? 0) * 100), 0);
  return hundredths / 100;
}

// The indicators whose values are entered by hand.
export function manualIndicators(scheme: Scheme): Indicator[] {
  return scheme.indicators.filter((i) => i.source === 'manual');
}

// The office may confirm a value someone else entered and nobody confirmed yet.
export function mayConfirm(v: Pick<Value, 'entered_by' | 'confirmed_at'>, me: string | undefined): boolean {
  return v.confirmed_at === null && v.entered_by !== me;
}

// ---- The scheme as an editable form ----

// One indicator as a table row: every rule's parameters at once, so switching the kind
// keeps what was typed; the JSON takes only the chosen kind's.
export interface IndicatorRow {
  code: string;
  name: string;
  source: Source;
  weight: number | null;
  kind: RuleKind;
  floor: number | null;
  target: number | null;
  steps: ThresholdStep[];
  step: number | null;
  per_occurrence: number | null;
  cap: number | null;
  lower_is_better: boolean;
}

export interface SchemeForm {
  name: string;
  period: PeriodKind;
  unit_kind: UnitKind;
  bonus_cap: number | null;
  deduction_cap: number | null;
  rows: IndicatorRow[];
}

export function emptyRow(): IndicatorRow {
  return {
    code: '',
    name: '',
    source: 'cases_on_time_acceptance',
    weight: null,
    kind: 'linear',
    floor: null,
    target: null,
    steps: [],
    step: null,
    per_occurrence: null,
    cap: null,
    lower_is_better: false,
  };
}

export function emptyForm(): SchemeForm {
  return { name: '', period: 'quarter', unit_kind: 'community', bonus_cap: null, deduction_cap: null, rows: [emptyRow()] };
}

function rowOf(i: Indicator): IndicatorRow {
  const row: IndicatorRow = { ...emptyRow(), code: i.code, name: i.name, source: i.source, weight: i.weight ?? null, kind: i.rule.kind };
  const r = i.rule;
  if (r.kind === 'linear') Object.assign(row, { floor: r.floor, target: r.target });
  if (r.kind === 'thresholds') Object.assign(row, { steps: r.steps.map((s) => ({ ...s })), lower_is_better: r.lower_is_better === true });
  if (r.kind === 'rank') Object.assign(row, { step: r.step, floor: r.floor, lower_is_better: r.lower_is_better === true });
  if (r.kind === 'bonus' || r.kind === 'deduction') Object.assign(row, { per_occurrence: r.per_occurrence, cap: r.cap });
  return row;
}

export function formOf(s: Scheme): SchemeForm {
  return {
    name: s.name,
    period: s.period,
    unit_kind: s.unit_kind,
    bonus_cap: s.bonus_cap ?? null,
    deduction_cap: s.deduction_cap ?? null,
    rows: s.indicators.map(rowOf),
  };
}

// An empty number field is sent as 0 rather than dropped: the server then names the field
// that is wrong instead of a field that is missing.
const num = (v: number | null) => v ?? 0;

function ruleOf(row: IndicatorRow): Rule {
  const lower = row.lower_is_better ? { lower_is_better: true } : {};
  switch (row.kind) {
    case 'linear':
      return { kind: 'linear', floor: num(row.floor), target: num(row.target) };
    case 'thresholds':
      return { kind: 'thresholds', steps: row.steps.map((s) => ({ bound: num(s.bound), fraction: num(s.fraction) })), ...lower };
    case 'rank':
      return { kind: 'rank', step: num(row.step), floor: num(row.floor), ...lower };
    default:
      return { kind: row.kind, per_occurrence: num(row.per_occurrence), cap: num(row.cap) };
  }
}

function indicatorOf(row: IndicatorRow): Indicator {
  const indicator: Indicator = { code: row.code.trim(), name: row.name.trim(), source: row.source, rule: ruleOf(row) };
  if (isBaseRule(row.kind)) indicator.weight = num(row.weight);
  return indicator;
}

export function schemeOf(f: SchemeForm): Scheme {
  const scheme: Scheme = { name: f.name.trim(), period: f.period, unit_kind: f.unit_kind, indicators: f.rows.map(indicatorOf) };
  if (f.bonus_cap !== null) scheme.bonus_cap = f.bonus_cap;
  if (f.deduction_cap !== null) scheme.deduction_cap = f.deduction_cap;
  return scheme;
}

// Where a refusal's field path points: "indicators[2].rule.steps[1].bound" → row 2, field
// "rule.steps[1].bound"; "bonus_cap" → no row, field "bonus_cap".
export function fieldLocation(path: string | undefined): { row: number | null; field: string } | null {
  if (!path) return null;
  const m = /^indicators\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (m) return { row: Number(m[1]), field: m[2] ?? '' };
  return { row: null, field: path };
}

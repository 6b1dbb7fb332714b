// Surveys as the pages show them: which questions the skip logic shows for the answers so
// far, the answers to send (never one for a hidden question), whether every required one
// is answered, estimates as text, communities ranked, the window in Shanghai's time, the
// builder's codes and its repairs after a question moves. Pure, so it is tested without a
// browser; the server checks every answer and questionnaire again.
import type { Answers, AnswerValue, AreaResult, Estimate, NewSurvey, Question, Survey, Trend } from './survey_api';

// Whether a value counts as an answer: an empty choice list, blank text or a matrix with
// no row rated is no answer at all.
export function isAnswered(value: AnswerValue | undefined | null): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  return Object.keys(value).length > 0;
}

// The questions shown, in order: one with `show_when` only when its earlier single-choice
// question is itself shown and answered with one of the listed options (so hiding a
// question hides the ones that hang on it).
export function visibleQuestions(questions: readonly Question[], answers: Answers): Question[] {
  const shown = new Set<string>();
  const out: Question[] = [];
  for (const q of questions) {
    const when = q.show_when;
    if (when) {
      const given = answers[when.question];
      if (!shown.has(when.question) || typeof given !== 'string' || !when.any_of.includes(given)) continue;
    }
    shown.add(q.code);
    out.push(q);
  }
  return out;
}

// The answers to send: those of shown questions that hold an answer; a matrix keeps only its
// rated rows of its own rows.
export function pruneHidden(questions: readonly Question[], answers: Answers): Answers {
  const out: Answers = {};
  for (const q of visibleQuestions(questions, answers)) {
    let value = answers[q.code];
    if (q.kind === 'matrix' && value && typeof value === 'object' && !Array.isArray(value)) {
      const rows = new Set((q.options ?? []).map((o) => o.code));
      value = Object.fromEntries(Object.entries(value).filter(([row, v]) => rows.has(row) && typeof v === 'number'));
    }
    if (typeof value === 'string' && q.kind === 'text') value = value.trim();
    if (isAnswered(value)) out[q.code] = value!;
  }
  return out;
}

// Whether one shown question is answered as it must be: a required matrix has every row.
function answeredFully(q: Question, value: AnswerValue | undefined): boolean {
  if (!isAnswered(value)) return false;
  if (q.kind === 'matrix') {
    const rated = value as Record<string, number>;
    return (q.options ?? []).every((o) => typeof rated[o.code] === 'number');
  }
  return true;
}

// The required shown questions still to answer, in order.
export function missingQuestions(questions: readonly Question[], answers: Answers): Question[] {
  return visibleQuestions(questions, answers).filter((q) => q.required !== false && !answeredFully(q, answers[q.code]));
}

export function isComplete(questions: readonly Question[], answers: Answers): boolean {
  return missingQuestions(questions, answers).length === 0;
}

// A number on 0–100 as the pages print it.
export function oneDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1);
}

// "95% 区间 68.1–76.9", or "95% interval 68.1–76.9"; empty without an interval.
export function intervalText(e: Pick<Estimate, 'ci_low' | 'ci_high'>, locale: string = 'zh'): string {
  if (e.ci_low === null || e.ci_high === null) return '';
  const range = `${oneDecimal(e.ci_low)}–${oneDecimal(e.ci_high)}`;
  return locale === 'en' ? `95% interval ${range}` : `95% 区间 ${range}`;
}

// "72.5（95% 区间 68.1–76.9）", or "72.5 (95% interval 68.1–76.9)"; a dash without a value.
export function formatEstimate(e: Pick<Estimate, 'value' | 'ci_low' | 'ci_high'>, locale: string = 'zh'): string {
  if (e.value === null) return '—';
  const interval = intervalText(e, locale);
  if (!interval) return oneDecimal(e.value);
  return locale === 'en' ? `${oneDecimal(e.value)} (${interval})` : `${oneDecimal(e.value)}（${interval}）`;
}

export interface RankedArea extends AreaResult {
  rank: number | null; // null for a community without a value
}

// Communities best first; equal values share a rank; those without a value come last,
// unranked. Ties and the unranked go by name so the order is stable.
export function rankCommunities(communities: readonly AreaResult[]): RankedArea[] {
  const byName = (a: AreaResult, b: AreaResult) => a.name.localeCompare(b.name, 'zh');
  const valued = communities.filter((c) => c.estimate.value !== null);
  const unvalued = communities.filter((c) => c.estimate.value === null).sort(byName);
  valued.sort((a, b) => b.estimate.value! - a.estimate.value! || byName(a, b));
  const ranked: RankedArea[] = [];
  valued.forEach((c, i) => {
    const before = ranked[i - 1];
    const rank = before && before.estimate.value === c.estimate.value ? before.rank : i + 1;
    ranked.push({ ...c, rank });
  });
  return [...ranked, ...unvalued.map((c) => ({ ...c, rank: null }))];
}

// A time as Shanghai's wall clock, "2026-05-28T09:00" (for <input type="datetime-local">).
export function toLocalInput(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 16);
}

// Shanghai's wall clock back to the time the server reads, "2026-05-28T09:00:00+08:00".
export function fromLocalInput(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return '';
  return `${local.slice(0, 16)}:00+08:00`;
}

// "2026-05-28 09:00 – 2026-06-30 18:00" in Shanghai.
export function windowText(s: Pick<Survey, 'opens_at' | 'closes_at'>): string {
  return `${toLocalInput(s.opens_at).replace('T', ' ')} – ${toLocalInput(s.closes_at).replace('T', ' ')}`;
}

// The codes an index may read: Likert questions, and each matrix row as "matrix.row".
export function scoredCodes(questions: readonly Question[]): { code: string; label: string }[] {
  return questions.flatMap((q) => {
    if (q.kind === 'likert') return [{ code: q.code, label: q.text }];
    if (q.kind === 'matrix') return (q.options ?? []).map((o) => ({ code: `${q.code}.${o.code}`, label: `${q.text} · ${o.label}` }));
    return [];
  });
}

// The first code "q1", "q2" … (or o…, i…) not yet taken.
export function nextCode(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; ++n) {
    if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
  }
}

export const NEEDS_OPTIONS: readonly Question['kind'][] = ['single', 'multiple', 'matrix'];

// After a question moved, changed kind, lost options or went away: a skip condition must
// still point at an earlier single-choice question and its own options, else it is dropped.
export function repairSkips(questions: Question[]): void {
  const earlier = new Map<string, Question>();
  for (const q of questions) {
    const when = q.show_when;
    if (when) {
      const source = earlier.get(when.question);
      const codes = new Set((source?.options ?? []).map((o) => o.code));
      const anyOf = when.any_of.filter((c) => codes.has(c));
      if (!source || source.kind !== 'single') q.show_when = null;
      else if (anyOf.length !== when.any_of.length) when.any_of = anyOf;
    }
    earlier.set(q.code, q);
  }
}

// The questionnaire as the server takes it: choices only where a kind has them, a range only
// for numbers, no condition without options.
export function questionsForSave(questions: readonly Question[]): Question[] {
  return questions.map((q) => {
    const out: Question = { code: q.code, kind: q.kind, text: q.text.trim(), required: q.required !== false };
    if (NEEDS_OPTIONS.includes(q.kind)) out.options = (q.options ?? []).map((o) => ({ code: o.code, label: o.label.trim() }));
    if (q.kind === 'number') {
      out.minimum = q.minimum ?? 0;
      out.maximum = q.maximum ?? 0;
    }
    out.show_when = q.show_when && q.show_when.any_of.length ? { question: q.show_when.question, any_of: [...q.show_when.any_of] } : null;
    return out;
  });
}

// The indices as the server takes them: only the codes the questionnaire still scores.
export function indicesForSave(indices: NewSurvey['indices'], questions: readonly Question[]): NewSurvey['indices'] {
  const scored = new Set(scoredCodes(questions).map((c) => c.code));
  return indices.map((i) => ({
    code: i.code.trim(),
    name: i.name.trim(),
    min_sample: i.min_sample,
    questions: i.questions.filter((q) => scored.has(q.code)).map((q) => ({ code: q.code, weight: q.weight ?? 1 })),
  }));
}

export interface TrendPoint {
  period: string;
  value: number | null;
  low: number | null;
  high: number | null;
  sample: number;
}

// One index over the rounds of the series, oldest first.
export function trendPoints(trend: Trend, code: string): TrendPoint[] {
  return trend.items.map((round) => {
    const e = round.indices[code];
    return { period: round.period, value: e?.value ?? null, low: e?.ci_low ?? null, high: e?.ci_high ?? null, sample: e?.sample ?? 0 };
  });
}

// Five colours from low to high over the values shown (red to green), with where each
// begins, so a map of communities that all score 70–85 still tells them apart.
const RAMP = ['#d73027', '#fc8d59', '#fee08b', '#91cf60', '#1a9850'];
export const NO_VALUE_COLOR = '#cccccc';

export function valueSteps(values: readonly (number | null)[]): { from: number; color: string }[] {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return [];
  let low = Math.floor(Math.min(...known));
  let high = Math.ceil(Math.max(...known));
  // Values close together (or one alone) get a span of ten points around them, so a
  // difference of a tenth is not painted as the whole way from red to green.
  if (high - low < 10) {
    low = Math.max(0, Math.min(90, Math.round((low + high) / 2 - 5)));
    high = low + 10;
  }
  const width = (high - low) / RAMP.length;
  return RAMP.map((color, i) => ({ from: Math.round((low + i * width) * 10) / 10, color }));
}

export function valueColor(value: number | null | undefined, steps: readonly { from: number; color: string }[]): string {
  if (value === null || value === undefined || !steps.length) return NO_VALUE_COLOR;
  let color = steps[0].color;
  for (const s of steps) if (value >= s.from) color = s.color;
  return color;
}

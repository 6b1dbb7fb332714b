import type { Transition } from '@/api/types';
// What each workflow action asks of the person taking it (config/workflows/resident_matter.toml):
// which fields the dialog shows and which are required. The server decides which actions
// the user may take now (GET /cases/{id} → allowed_actions); this only shapes the form.

export type ActionField = 'note' | 'photo' | 'hours' | 'target_unit' | 'item_code' | 'stars' | 'comment' | 'target_case_id';

export interface ActionSpec {
  fields: ActionField[];
  noteRequired: boolean;
  // Buttons for destructive or handing-away actions are shown in a quieter style.
  style: 'primary' | 'default' | 'warning' | 'danger';
}

const SPECS: Record<string, ActionSpec> = {
  accept: { fields: ['note'], noteRequired: false, style: 'primary' },
  resolve: { fields: ['note', 'photo'], noteRequired: true, style: 'primary' },
  return: { fields: ['note'], noteRequired: true, style: 'warning' },
  escalate: { fields: ['note'], noteRequired: true, style: 'warning' },
  request_extension: { fields: ['hours', 'note'], noteRequired: true, style: 'default' },
  approve_extension: { fields: ['note'], noteRequired: false, style: 'primary' },
  deny_extension: { fields: ['note'], noteRequired: true, style: 'warning' },
  redispatch: { fields: ['target_unit', 'note'], noteRequired: false, style: 'primary' },
  reclassify: { fields: ['item_code', 'note'], noteRequired: false, style: 'default' },
  merge: { fields: ['target_case_id', 'note'], noteRequired: false, style: 'warning' },
  visit: { fields: ['stars', 'comment', 'note'], noteRequired: false, style: 'default' },
  reply: { fields: ['note'], noteRequired: true, style: 'primary' },
  supervise: { fields: ['note'], noteRequired: true, style: 'danger' },
  route: { fields: ['note'], noteRequired: false, style: 'default' },
};

const FALLBACK: ActionSpec = { fields: ['note'], noteRequired: false, style: 'default' };

export function specFor(action: string): ActionSpec {
  return SPECS[action] ?? FALLBACK;
}

export interface ActionForm {
  note: string;
  hours: number | null;
  target_unit: string;
  item_code: string;
  stars: number; // 0: not chosen; a preselected rating would be counted unasked
  comment: string;
  target_case_id: number | null;
}

export function emptyForm(): ActionForm {
  return { note: '', hours: 8, target_unit: '', item_code: '', stars: 0, comment: '', target_case_id: null };
}

// The missing required field, if any (an i18n key under workbench.fields), before sending.
export function missingField(action: string, form: ActionForm): ActionField | null {
  const spec = specFor(action);
  if (spec.noteRequired && !form.note.trim()) return 'note';
  if (spec.fields.includes('hours') && (!form.hours || form.hours <= 0)) return 'hours';
  if (spec.fields.includes('target_unit') && !form.target_unit) return 'target_unit';
  if (spec.fields.includes('item_code') && !form.item_code) return 'item_code';
  if (spec.fields.includes('target_case_id') && !form.target_case_id) return 'target_case_id';
  if (spec.fields.includes('stars') && !(form.stars >= 1 && form.stars <= 5)) return 'stars';
  return null;
}

// The JSON body of POST /cases/{id}/transitions for this action and form.
export function transitionBody(action: string, form: ActionForm): Transition {
  const spec = specFor(action);
  const body: Transition = { action };
  if (form.note.trim()) body.note = form.note.trim();
  if (spec.fields.includes('hours') && form.hours) body.hours = Math.round(form.hours);
  if (spec.fields.includes('target_unit')) body.target_unit = form.target_unit;
  if (spec.fields.includes('item_code')) body.item_code = form.item_code;
  if (spec.fields.includes('stars')) body.stars = form.stars;
  if (spec.fields.includes('comment') && form.comment.trim()) body.comment = form.comment.trim();
  if (spec.fields.includes('target_case_id') && form.target_case_id) body.target_case_id = form.target_case_id;
  return body;
}

// Actions the workbench lists first, in the order staff expect them.
const ORDER = ['accept', 'resolve', 'request_extension', 'approve_extension', 'deny_extension', 'escalate', 'return',
  'redispatch', 'reclassify', 'merge', 'visit', 'reply', 'supervise'];

export function orderActions(allowed: readonly string[]): string[] {
  const rank = (a: string) => (ORDER.includes(a) ? ORDER.indexOf(a) : ORDER.length);
  // Rating, urging and commenting are the residents' own, on their pages.
  const residents = ['rate', 'urge', 'comment'];
  return [...allowed].filter((a) => !residents.includes(a)).sort((a, b) => rank(a) - rank(b));
}

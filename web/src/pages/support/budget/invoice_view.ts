// Invoice scans of a spending record as the budget page handles them: which files the
// server takes (the types and size of src/support/spending_files.h), the type to send for a
// chosen file, and what a record's history says in words. Pure, so it is tested without a
// browser.
import type { SpendingEvent } from './budget_api';

// The server's limit on one file (support::kMaxSpendingFileBytes).
export const MAX_INVOICE_BYTES = 10 * 1024 * 1024;

// By extension, for a browser or phone that gives a file no type.
const TYPE_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};
const INVOICE_TYPES = new Set(Object.values(TYPE_BY_EXTENSION));

// For <input type="file" accept>: a phone offers its camera and its files for these.
export const INVOICE_ACCEPT = [...INVOICE_TYPES, ...Object.keys(TYPE_BY_EXTENSION).map((e) => `.${e}`)].join(',');

// The type to send for a chosen file, or the i18n key of why it cannot be sent.
export function invoiceUpload(file: Pick<File, 'name' | 'type' | 'size'>): { type: string } | { problem: string } {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  const type = INVOICE_TYPES.has(file.type) ? file.type : TYPE_BY_EXTENSION[extension];
  if (!type) return { problem: 'support.budget.approval.badType' };
  if (file.size > MAX_INVOICE_BYTES) return { problem: 'support.budget.approval.tooLarge' };
  if (file.size === 0) return { problem: 'support.budget.approval.empty' };
  return { type };
}

// The tag colour of a record's state: waiting, returned, done, withdrawn.
export function stateTone(state: string): 'warning' | 'danger' | 'success' | 'info' {
  if (state === 'approved') return 'success';
  if (state === 'returned') return 'danger';
  if (state === 'withdrawn') return 'info';
  return 'warning';
}

// The i18n key of an event's verb: by the step's effect, whatever the workflow names it
// (community_approve, street_approve … all approve).
export function eventVerb(e: Pick<SpendingEvent, 'action'>): string {
  if (['submit', 'resubmit', 'withdraw', 'supervise'].includes(e.action)) return `support.budget.approval.did.${e.action}`;
  if (e.action.endsWith('_return') || e.action === 'return') return 'support.budget.approval.did.return';
  if (e.action.endsWith('_approve') || e.action === 'approve') return 'support.budget.approval.did.approve';
  return 'support.budget.approval.did.other';
}

// The words for a record's state in the page's language; the server's own label (the
// workflow file's, in both languages) for a state this page has no words for.
export function stateText(record: { state: string; state_label: string }, t: (key: string) => string, te: (key: string) => boolean): string {
  const key = `support.budget.approval.states.${record.state}`;
  return te(key) ? t(key) : record.state_label;
}

// A line on how the record's present step stands against its deadline: the i18n key (overdue
// or due by) and the deadline as the server gave it, or null for a step without one. The
// server says whether it is overdue; the page only words it.
export function dueNote(record: { step_due: string | null; overdue: boolean }): { key: string; at: string } | null {
  if (!record.step_due) return null;
  return { key: record.overdue ? 'support.budget.approval.overdue' : 'support.budget.approval.dueBy', at: record.step_due };
}

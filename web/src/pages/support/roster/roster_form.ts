// Checks of the worker dialog before it sends (the server checks all again and answers
// with the field): the ID number's GB 11643 check character, the 11-digit mobile, the
// fields a worker needs. Pure functions, tested without a browser.
import type { WorkerInput } from './roster_api';

type Translate = (key: string, named?: Record<string, unknown>) => string;
export type WorkerErrors = Partial<Record<keyof WorkerInput, string>>;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

// Whether an 18-character ID number has the right check character (a lower-case x counts
// as X; the server writes it upper-case).
export function idNumberValid(text: string): boolean {
  const id = text.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}

export const mobileValid = (text: string): boolean => /^1\d{10}$/.test(text.trim());

export function emptyWorker(): WorkerInput {
  return { kind: 'community_worker', name: '', post: '', unit_code: '', grid_code: '', started_on: '', qualification: 'none', id_number: '', phone: '', username: '', active: true };
}

export function checkWorker(w: WorkerInput, t: Translate, personalData = true): WorkerErrors {
  const errors: WorkerErrors = {};
  if (!w.name.trim()) errors.name = t('support.roster.required');
  if (!w.post.trim()) errors.post = t('support.roster.required');
  if (!w.unit_code) errors.unit_code = t('support.roster.required');
  if (w.kind === 'grid_worker' && !w.grid_code.trim()) errors.grid_code = t('support.roster.gridRequired');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(w.started_on)) errors.started_on = t('support.roster.dateInvalid');
  if (personalData && !idNumberValid(w.id_number)) errors.id_number = t('support.roster.idNumberInvalid');
  if (personalData && !mobileValid(w.phone)) errors.phone = t('support.roster.phoneInvalid');
  return errors;
}

// Total training hours of a worker, with one decimal.
export function totalHours(trainings: readonly { hours: number }[]): number {
  return Math.round(trainings.reduce((acc, x) => acc + x.hours * 10, 0)) / 10;
}

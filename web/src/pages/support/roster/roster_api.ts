// The workforce roster routes of the support net (src/support/api/roster_routes.cc).
import { api } from '@/api/client';

export const WORKER_KINDS = ['community_worker', 'grid_worker', 'social_worker'] as const;
export type WorkerKind = (typeof WORKER_KINDS)[number];
export const QUALIFICATIONS = ['none', 'assistant', 'intermediate', 'senior'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

export interface Training {
  id: number;
  worker_id: number;
  held_on: string; // YYYY-MM-DD
  title: string;
  hours: number; // one decimal
}

export interface Worker {
  id: number;
  kind: WorkerKind;
  name: string;
  post: string;
  unit_code: string;
  unit_name: string;
  grid_code: string;
  grid_name: string;
  started_on: string;
  qualification: Qualification;
  // Masked (410102********1230, 138****5678) as the server sends them; the page sets
  // `masked` false once a reveal has filled in the full values.
  id_number: string;
  phone: string;
  masked: boolean;
  has_account: boolean;
  username: string;
  active: boolean;
  demo: boolean;
  // The server's answers: whether this account may edit the worker and reveal its data.
  may_edit: boolean;
  may_reveal: boolean;
  trainings?: Training[];
}

// What the create and edit dialog sends.
export interface WorkerInput {
  kind: WorkerKind;
  name: string;
  post: string;
  unit_code: string;
  grid_code: string;
  started_on: string;
  qualification: Qualification;
  id_number: string;
  phone: string;
  username: string;
  active: boolean;
}

export interface UnitName {
  code: string;
  name: string;
}

export interface RosterGaps {
  households_per_worker: number;
  grids_without_worker: UnitName[];
  understaffed: (UnitName & { households: number; workers: number; needed: number })[];
  communities_without_households: UnitName[];
}

export const listWorkers = (query: { unit?: string; kind?: string } = {}) =>
  api.get<{ items: Worker[] }>('roster/workers', query).then((a) => a.items);
export const getWorker = (id: number) => api.get<Worker>(`roster/workers/${id}`);
export const createWorker = (w: WorkerInput) => api.post<Worker>('roster/workers', w);
export const updateWorker = (id: number, w: Partial<WorkerInput>) => api.put<Worker>(`roster/workers/${id}`, w);
export const revealWorker = (id: number) =>
  api.post<{ id: number; id_number: string; phone: string }>(`roster/workers/${id}/reveal`, {});
export const addTraining = (id: number, t: { held_on: string; title: string; hours: number }) =>
  api.post<Training>(`roster/workers/${id}/trainings`, t);
export const rosterGaps = (unit?: string) => api.get<RosterGaps>('roster/gaps', unit ? { unit } : {});

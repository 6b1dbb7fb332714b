// The workforce roster routes of the support net (src/support/api/roster_routes.cc). The
// shapes are the server's own (src/api/openapi.json, see '@/api/types').
import { call } from '@/api/typed_client';
import type { Answer, QueryOf, RequestBody, Schemas } from '@/api/types';

// A worker as lists show it. id_number and phone come masked (410102********1230,
// 138****5678) with `masked` set; a reveal fills in the full values. may_edit and may_reveal
// are the server's answers for the signed-in account.
export type Worker = Schemas['Worker'];
// A worker with its trainings: one worker's answer, and what creating or editing answers.
export type WorkerWithTrainings = Schemas['WorkerWithTrainings'];
export type Training = Schemas['Training'];
export type WorkerKind = Worker['kind'];
export type Qualification = Worker['qualification'];

export const WORKER_KINDS = ['community_worker', 'grid_worker', 'social_worker'] as const satisfies readonly WorkerKind[];
export const QUALIFICATIONS = ['none', 'assistant', 'intermediate', 'senior'] as const satisfies readonly Qualification[];

// The create and edit dialog's state: every field the server takes for a new worker,
// all filled in (an edit sends those that changed).
export type WorkerInput = Required<RequestBody<'createRosterWorker'>>;
export type WorkerChange = RequestBody<'updateRosterWorker'>;
export type NewTraining = RequestBody<'addRosterTraining'>;
export type WorkerReveal = Answer<'revealRosterWorker'>;

export type RosterGaps = Answer<'getRosterGaps'>;
export type UnitName = RosterGaps['grids_without_worker'][number];

export const listWorkers = (query: QueryOf<'listRosterWorkers'> = {}) =>
  call('get', '/api/v1/roster/workers', { query: query }).then((a) => a.items);
export const getWorker = (id: number) => call('get', '/api/v1/roster/workers/{id}', { path: { id } });
export const createWorker = (w: RequestBody<'createRosterWorker'>) =>
  call('post', '/api/v1/roster/workers', { body: w });
export const updateWorker = (id: number, w: WorkerChange) =>
  call('put', '/api/v1/roster/workers/{id}', { path: { id }, body: w });
export const revealWorker = (id: number) => call('post', '/api/v1/roster/workers/{id}/reveal', { path: { id } });
export const addTraining = (id: number, t: NewTraining) =>
  call('post', '/api/v1/roster/workers/{id}/trainings', { path: { id }, body: t });
export const rosterGaps = (unit?: string) =>
  call('get', '/api/v1/roster/gaps', { query: unit ? ({ unit } satisfies QueryOf<'getRosterGaps'>) : {} });

// 关注案件: the cases a staff member follows to be told of their every move (GET/POST
// /api/v1/cases/{id}/watch, POST …/unwatch, GET /api/v1/me/case-watches). Used by the case
// page's follow button and by the list on 关注区域 (/follows); kept apart from both so that
// what is sent is tested without a browser.
import { ApiError } from '@/api/client';
import { can } from '@/api/capabilities';
import { call } from '@/api/typed_client';
import type { Schemas, User } from '@/api/types';

export type CaseWatching = Schemas['CaseWatching'];
export type WatchedCase = Schemas['WatchedCase'];
export type CaseWatchList = Schemas['CaseWatchList'];

export const fetchWatching = (id: number) => call('get', '/api/v1/cases/{id}/watch', { path: { id } });
export const watchCase = (id: number) => call('post', '/api/v1/cases/{id}/watch', { path: { id } });
export const unwatchCase = (id: number) => call('post', '/api/v1/cases/{id}/unwatch', { path: { id } });
export const fetchCaseWatches = () => call('get', '/api/v1/me/case-watches');

// Whether the account follows cases at all: those who work cases (the server's `workbench`
// capability, the same roles its case watch routes admit). A refusal still hides the list
// (refusedToAccount).
export function mayAskForCaseWatches(user: Readonly<User> | null | undefined): boolean {
  return user != null && can(user, 'workbench');
}

// A refusal meaning "not for this account" (403) or "not this case" (404), which hides the
// follow button or the list instead of showing an error.
export function refusedToAccount(e: unknown): boolean {
  return e instanceof ApiError && (e.status === 403 || e.status === 404);
}

// The link to a followed case in the workbench.
export const casePath = (id: number) => `/workbench/cases/${id}`;

// The task ledger routes of the governance layer (src/governance/api/ledger_routes.cc). The
// shapes are the server's own (src/api/openapi.json, see '@/api/types').
import { request } from '@/api/client';
import { call } from '@/api/typed_client';
import type { Answer, QueryOf, RequestBody, Schemas } from '@/api/types';

// A milestone as the ledger table shows it: with its state's label, open and overdue, and
// the workflow's actions the signed-in account may take now (allowed_actions).
export type Milestone = Schemas['LedgerMilestone'];
export type MilestoneWithEvents = Answer<'getLedgerMilestone'>;
export type LedgerEvent = Schemas['LedgerEvent'];
// The outline: programmes → projects → tasks, and the workflow's states and actions.
export type LedgerOutline = Answer<'getLedgerOutline'>;
export type WorkflowState = LedgerOutline['states'][number];
export type WorkflowAction = LedgerOutline['actions'][number];
export type LedgerQuery = QueryOf<'listLedgerMilestones'>;
export type MilestoneAction = RequestBody<'actOnLedgerMilestone'>;
// A file given as evidence of progress, with the report (event) that claimed it.
export type Evidence = Schemas['LedgerEvidence'];

export const ledgerOutline = () => call('get', '/api/v1/ledger', {});
export const listMilestones = (query: LedgerQuery) => call('get', '/api/v1/ledger/milestones', { query });
export const getMilestone = (id: number) => call('get', '/api/v1/ledger/milestones/{id}', { path: { id } });
export const actOnMilestone = (id: number, action: MilestoneAction) =>
  call('post', '/api/v1/ledger/milestones/{id}/actions', { path: { id }, body: action });

// The file itself is the body, its checked type the Content-Type and its name a query
// parameter (the server keeps it made safe).
export const addEvidence = (id: number, file: Blob, name: string, type: string) =>
  request<Answer<'addLedgerEvidence', 201>>('POST', `/api/v1/ledger/milestones/${id}/evidence`, {
    query: { name },
    body: file,
    contentType: type,
  });

// The server's largest page of milestones (the list route's page_size maximum).
export const MILESTONE_PAGE_LIMIT = 500;

// Every milestone the query matches, page after page; `progress` hears how many have come
// of how many there are after each page, so a long ledger shows its loading.
export async function listAllMilestones(
  query: Omit<LedgerQuery, 'page' | 'page_size'>,
  progress: (loaded: number, total: number) => void = () => {},
): Promise<Milestone[]> {
  const items: Milestone[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await listMilestones({ ...query, page, page_size: MILESTONE_PAGE_LIMIT });
    items.push(...answer.items);
    progress(items.length, answer.total);
    if (!answer.items.length || items.length >= answer.total) return items;
  }
}

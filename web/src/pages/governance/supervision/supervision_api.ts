// The supervision routes of the task ledger (src/governance/api/supervision_routes.cc): the
// notices (督办单) an account sees, answering and escalating them, and the accountability
// list. The shapes are the server's own (src/api/openapi.json, see '@/api/types').
import { call } from '@/api/typed_client';
import type { Answer, QueryOf, Schemas } from '@/api/types';

export type Notice = Schemas['SupervisionNotice'];
export type NoticeQuery = QueryOf<'listSupervisionNotices'>;
export type AccountabilityRow = Answer<'getLedgerAccountability'>['items'][number];

export const listNotices = (query: NoticeQuery) => call('get', '/api/v1/ledger/notices', { query });
export const answerNotice = (id: number, answer: string) =>
  call('post', '/api/v1/ledger/notices/{id}/answer', { path: { id }, body: { answer } });
export const escalateNotice = (id: number, note: string) =>
  call('post', '/api/v1/ledger/notices/{id}/escalate', { path: { id }, body: { note } });
export const accountability = (page: number, pageSize: number) =>
  call('get', '/api/v1/ledger/accountability', { query: { page, page_size: pageSize } });

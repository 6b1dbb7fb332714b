// The budget routes of the support net (src/support/api/budget_routes.cc). Every amount is
// integer 分 (`*_fen`); money.ts turns it into 元 for people. The shapes are the server's own
// (src/api/openapi.json, see '@/api/types').
import { request } from '@/api/client';
import { call, linkTo } from '@/api/typed_client';
import type { Answer, QueryOf, RequestBody, Schemas } from '@/api/types';

export type Category = Schemas['BudgetCategory'];

// A budget line; may_spend and may_allocate are what the signed-in account may do with it,
// as the server's rules say.
export type BudgetLine = Schemas['BudgetLine'];
export type Spending = Schemas['Spending'];
// A spending record with its line and what the signed-in account may do with it now
// (may_approve, may_return, may_resubmit, may_withdraw, may_reverse, may_attach), as the
// server's approval chain says (config/workflows/budget_spending.toml).
export type SpendingInChain = Schemas['SpendingInChain'];
// One record with its events (submit, approvals, returns with their reasons, resubmissions
// with what they changed) and its attachments.
export type SpendingDetail = Schemas['SpendingDetail'];
export type SpendingEvent = SpendingDetail['events'][number];
export type SpendingFile = Schemas['SpendingFile'];
export type NewSpending = RequestBody<'recordBudgetSpending'>;
export type NewAllocation = RequestBody<'allocateBudget'>;
// What allocating answers: the allocation, with the line it made or topped up.
export type Allocation = Answer<'allocateBudget', 201>;

// One unit × category of a report: the unit itself (`own`) or a unit one tier below
// (`rows`). spent_fen counts the unit's subtree, own_spent_fen the unit alone; the execution
// rate is spent_fen ÷ amount_fen, 0 for a zero amount.
export type BudgetReport = Answer<'getBudgetReport'>;
export type ReportRow = Schemas['BudgetReportRow'];
export type MonthlySpending = BudgetReport['monthly'][number];

export const listCategories = () => call('get', '/api/v1/budget/categories').then((a) => a.items);
export const listLines = (year: number, unit: string) =>
  call('get', '/api/v1/budget/lines', { query: { year, unit } satisfies QueryOf<'listBudgetLines'> }).then((a) => a.items);
export const budgetReport = (year: number, unit: string) =>
  call('get', '/api/v1/budget/report', { query: { year, unit } satisfies QueryOf<'getBudgetReport'> });
export const reportXlsxUrl = (year: number, unit: string) =>
  linkTo('/api/v1/budget/report.xlsx', {}, { year, unit });
export const listSpending = (lineId: number) =>
  call('get', '/api/v1/budget/lines/{id}/spending', { path: { id: lineId } }).then((a) => a.items);
export const recordSpending = (lineId: number, s: NewSpending) =>
  call('post', '/api/v1/budget/lines/{id}/spending', { path: { id: lineId }, body: s });
export const reverseSpending = (id: number, reason: string) =>
  call('post', '/api/v1/budget/spending/{id}/reverse', { path: { id }, body: { reason } satisfies RequestBody<'reverseBudgetSpending'> });
export const allocate = (lineId: number, unitCode: string, amountFen: number, note: string) =>
  call('post', '/api/v1/budget/lines/{id}/allocations', { path: { id: lineId }, body: { unit_code: unitCode, amount_fen: amountFen, note } satisfies NewAllocation });

// The approval chain (支出审批): the caller's queue (待审批 and their returned records), one
// record, and its steps. Each answers the record as it now is, with its new may_* flags.
export const spendingToDo = () => call('get', '/api/v1/budget/spending/todo', {}).then((a) => a.items);
export const getSpending = (id: number) => call('get', '/api/v1/budget/spending/{id}', { path: { id } });
export const approveSpending = (id: number) => call('post', '/api/v1/budget/spending/{id}/approve', { path: { id }, body: {} });
export const returnSpending = (id: number, reason: string) =>
  call('post', '/api/v1/budget/spending/{id}/return', { path: { id }, body: { reason } satisfies RequestBody<'returnBudgetSpending'> });
export const withdrawSpending = (id: number, reason: string) =>
  call('post', '/api/v1/budget/spending/{id}/withdraw', { path: { id }, body: { reason } });
export const superviseSpending = (id: number, reason: string) =>
  call('post', '/api/v1/budget/spending/{id}/supervise', { path: { id }, body: { reason } satisfies RequestBody<'superviseBudgetSpending'> });
// 逾期未审批: the records past their step's deadline that the account sees, longest overdue first.
export const spendingOverdue = (page = 1, pageSize = 50) =>
  call('get', '/api/v1/budget/spending/overdue', { query: { page, page_size: pageSize } });
export const resubmitSpending = (id: number, s: NewSpending) =>
  call('post', '/api/v1/budget/spending/{id}/resubmit', { path: { id }, body: s satisfies RequestBody<'resubmitBudgetSpending'> });

// An invoice scan: the file itself is the body, its type the Content-Type and its name a
// query parameter (the server keeps it made safe).
export const addSpendingFile = (id: number, file: Blob, name: string, type: string) =>
  request<Answer<'addBudgetSpendingFile', 201>>('POST', `/api/v1/budget/spending/${id}/files`, {
    query: { name },
    body: file,
    contentType: type,
  });

// The budget routes of the support net (src/support/api/budget_routes.cc). Every amount is
// integer 分 (`*_fen`); money.ts turns it into 元 for people.
import { api } from '@/api/client';

export interface Category {
  code: string;
  name: string;
  name_en: string;
}

export interface BudgetLine {
  id: number;
  year: number;
  unit_code: string;
  unit_name: string;
  category: string;
  category_name: string;
  amount_fen: number;
  allocated_fen: number;
  spent_fen: number;
  remaining_fen: number;
  parent_id: number | null;
  // What the signed-in account may do with this line, as the server's rules say.
  may_spend: boolean;
  may_allocate: boolean;
}

export interface Spending {
  id: number;
  line_id: number;
  amount_fen: number;
  purpose: string;
  payee: string;
  spent_on: string;
  created_at: string;
  created_by_name: string;
  reverses_id: number | null;
  reversed: boolean;
}

// One unit × category of a report: the unit itself (`own`) or a unit one tier below
// (`rows`). spent_fen counts the unit's subtree, own_spent_fen the unit alone; the execution
// rate is spent_fen ÷ amount_fen.
export interface ReportRow {
  unit_code: string;
  unit_name: string;
  category: string;
  amount_fen: number;
  allocated_fen: number;
  spent_fen: number;
  own_spent_fen?: number;
  remaining_fen: number;
  execution_rate: number | null;
}

export interface MonthlySpending {
  month: string; // "2026-03"
  category: string;
  category_name: string;
  spent_fen: number;
}

export interface BudgetReport {
  year: number;
  unit_code: string;
  unit_name: string;
  own: ReportRow[];
  rows: ReportRow[];
  monthly: MonthlySpending[];
}

export interface NewSpending {
  amount_fen: number;
  purpose: string;
  payee: string;
  spent_on: string;
  note: string;
}

export const listCategories = () => api.get<{ items: Category[] }>('budget/categories').then((a) => a.items);
export const listLines = (year: number, unit: string) =>
  api.get<{ items: BudgetLine[] }>('budget/lines', { year, unit }).then((a) => a.items);
export const budgetReport = (year: number, unit: string) => api.get<BudgetReport>('budget/report', { year, unit });
export const reportXlsxUrl = (year: number, unit: string) =>
  `/api/v1/budget/report.xlsx?year=${year}${unit ? `&unit=${encodeURIComponent(unit)}` : ''}`;
export const listSpending = (lineId: number) =>
  api.get<{ items: Spending[] }>(`budget/lines/${lineId}/spending`).then((a) => a.items);
export const recordSpending = (lineId: number, s: NewSpending) => api.post<Spending>(`budget/lines/${lineId}/spending`, s);
export const reverseSpending = (id: number, reason: string) => api.post<Spending>(`budget/spending/${id}/reverse`, { reason });
export const allocate = (lineId: number, unitCode: string, amountFen: number, note: string) =>
  api.post<BudgetLine>(`budget/lines/${lineId}/allocations`, { unit_code: unitCode, amount_fen: amountFen, note });

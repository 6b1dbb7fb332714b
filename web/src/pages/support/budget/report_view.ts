// A budget report seen two ways: per child unit (summed over categories, for the drill-down
// table and the execution-rate chart) and per category. Sums are of integer fen, so totals
// are exact; a rate is spent over budget of the summed figures, not a mean of rates.
import type { MonthlySpending, ReportRow } from './budget_api';

// The figures summed: a report's rows, or the budget lines themselves. The rates are worked
// out again from the sums (null when there is no budget), never taken from a row.
type Figures = Pick<ReportRow, 'unit_code' | 'unit_name' | 'category' | 'amount_fen' | 'allocated_fen' | 'spent_fen' | 'pending_fen' | 'remaining_fen'>;

export interface Summary {
  key: string;
  name: string;
  amount_fen: number;
  allocated_fen: number;
  spent_fen: number; // approved
  pending_fen: number; // still in the approval chain, held on the line
  remaining_fen: number;
  execution_rate: number | null;
}

function summarize(rows: Figures[], keyOf: (r: Figures) => string, nameOf: (r: Figures) => string): Summary[] {
  const byKey = new Map<string, Summary>();
  for (const r of rows) {
    const key = keyOf(r);
    const s = byKey.get(key) ?? {
      key,
      name: nameOf(r),
      amount_fen: 0,
      allocated_fen: 0,
      spent_fen: 0,
      pending_fen: 0,
      remaining_fen: 0,
      execution_rate: null,
    };
    s.amount_fen += r.amount_fen;
    s.allocated_fen += r.allocated_fen;
    s.spent_fen += r.spent_fen;
    s.pending_fen += r.pending_fen;
    s.remaining_fen += r.remaining_fen;
    byKey.set(key, s);
  }
  const out = [...byKey.values()];
  for (const s of out) s.execution_rate = s.amount_fen > 0 ? s.spent_fen / s.amount_fen : null;
  return out;
}

export function byUnit(rows: Figures[]): Summary[] {
  return summarize(rows, (r) => r.unit_code, (r) => r.unit_name);
}

export function byCategory(rows: Figures[], categoryName: (code: string) => string): Summary[] {
  return summarize(rows, (r) => r.category, (r) => categoryName(r.category));
}

// Spending per month over every category, in month order.
export function byMonth(monthly: MonthlySpending[]): { month: string; spent_fen: number }[] {
  const sums = new Map<string, number>();
  for (const m of monthly) sums.set(m.month, (sums.get(m.month) ?? 0) + m.spent_fen);
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, spent_fen]) => ({ month, spent_fen }));
}

export function total(rows: Figures[]): Summary {
  return summarize(rows, () => 'total', () => '')[0] ?? {
    key: 'total',
    name: '',
    amount_fen: 0,
    allocated_fen: 0,
    spent_fen: 0,
    pending_fen: 0,
    remaining_fen: 0,
    execution_rate: null,
  };
}

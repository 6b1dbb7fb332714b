import { describe, expect, it } from 'vitest';
import type { ReportRow } from './budget_api';
import { byCategory, byMonth, byUnit, total } from './report_view';

function row(unit: string, category: string, amount: number, spent: number, pending = 0): ReportRow {
  return {
    unit_code: unit,
    unit_name: `${unit}街道`,
    category,
    category_name: category === 'personnel' ? '人员经费' : '党建经费',
    amount_fen: amount,
    allocated_fen: 0,
    spent_fen: spent,
    own_spent_fen: spent,
    pending_fen: pending,
    remaining_fen: amount - spent - pending,
    // The server's rate: 0 for a zero amount.
    execution_rate: amount ? spent / amount : 0,
  };
}

const rows = [row('A', 'party_building', 1000, 400, 100), row('A', 'personnel', 3000, 3000), row('B', 'party_building', 1000, 0)];

describe('budget report views', () => {
  it('sums categories per unit and takes the rate of the sums', () => {
    const units = byUnit(rows);
    expect(units.map((u) => u.key)).toEqual(['A', 'B']);
    expect(units[0].amount_fen).toBe(4000);
    expect(units[0].spent_fen).toBe(3400);
    expect(units[0].pending_fen).toBe(100); // waiting for approval: held, not spent
    expect(units[0].execution_rate).toBeCloseTo(0.85); // not the mean of 0.4 and 1.0
    expect(units[1].execution_rate).toBe(0);
  });
  it('sums units per category with the category’s name', () => {
    const cats = byCategory(rows, (c) => (c === 'personnel' ? '人员经费' : '党建经费'));
    expect(cats.find((c) => c.key === 'party_building')).toMatchObject({ name: '党建经费', amount_fen: 2000, spent_fen: 400, pending_fen: 100 });
  });
  it('sums the categories of each month, months in order', () => {
    const monthly = [
      { month: '2026-03', category: 'personnel', category_name: '人员经费', spent_fen: 500 },
      { month: '2026-01', category: 'personnel', category_name: '人员经费', spent_fen: 100 },
      { month: '2026-03', category: 'party_building', category_name: '党建经费', spent_fen: 7 },
    ];
    expect(byMonth(monthly)).toEqual([
      { month: '2026-01', spent_fen: 100 },
      { month: '2026-03', spent_fen: 507 },
    ]);
  });
  it('adds exactly, in fen', () => {
    const many = Array.from({ length: 10 }, () => row('A', 'x', 10, 1));
    expect(total(many).spent_fen).toBe(10);
    expect(total([]).execution_rate).toBeNull();
  });
});

// The dashboard's and rankings' answers (the contract agreed with the server).
import { api } from '@/api/client';

export interface DashboardFilter {
  unit?: string;
  from: string; // YYYY-MM-DD
  to: string;
}

export interface Rates {
  on_time_acceptance: number | null;
  on_time_resolution: number | null;
  satisfaction: number | null;
  /** Cases rated (评价 or 回访) in the period, and their mean stars (1–5; null when none). */
  rated?: number;
  mean_stars?: number | null;
}

export interface DayRow {
  date: string;
  new: number;
  resolved: number;
  overdue: number;
}

export interface AspectRow {
  code: string;
  name_zh: string;
  name_en: string;
  count: number;
}

export interface Dashboard {
  unit: { code: string; name: string } | null;
  from: string;
  to: string;
  today: { new: number; open: number; overdue: number };
  rates: Rates;
  by_day: DayRow[];
  by_aspect: AspectRow[];
}

export type RankingLevel = 'community' | 'grid';

export interface RankingRow extends Rates {
  /** null: fewer cases than the minimum (or none), listed after the ranked units. */
  rank: number | null;
  code: string;
  name: string;
  cases: number;
  overdue: number;
  score: number | null;
}

export interface Rankings {
  level: RankingLevel;
  /** Cases a unit needs in the period to be ranked. */
  min_cases: number;
  rows: RankingRow[];
}

export function fetchDashboard(f: DashboardFilter): Promise<Dashboard> {
  return api.get<Dashboard>('dashboard', { unit: f.unit, from: f.from, to: f.to });
}

export function fetchRankings(level: RankingLevel, f: DashboardFilter): Promise<Rankings> {
  return api.get<Rankings>('rankings', { level, unit: f.unit, from: f.from, to: f.to });
}

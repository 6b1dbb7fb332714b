// The dashboard's and rankings' answers. The shapes are the server's own
// (src/api/openapi.json, see '@/api/types').
import { call } from '@/api/typed_client';
import type { Answer, QueryOf } from '@/api/types';

// The period the page always asks for (YYYY-MM-DD, both ends), and the unit when one is
// chosen: the dashboard's query with its dates required.
type DashboardQuery = QueryOf<'getDashboard'>;
export type DashboardFilter = DashboardQuery & Required<Pick<DashboardQuery, 'from' | 'to'>>;

export type Dashboard = Answer<'getDashboard'>;
// The period's rates (null when nothing to rate), the cases rated (评价 or 回访) and their
// mean stars (1–5; null when none).
export type Rates = Dashboard['rates'];
export type DayRow = Dashboard['by_day'][number];
export type AspectRow = Dashboard['by_aspect'][number];

export type Rankings = Answer<'getRankings'>;
export type RankingLevel = Rankings['level'];
// rank is null for a unit with fewer cases than min_cases (or none), listed after the ranked.
export type RankingRow = Rankings['rows'][number];

export function fetchDashboard(f: DashboardFilter): Promise<Dashboard> {
  return call('get', '/api/v1/dashboard', { query: { unit: f.unit, from: f.from, to: f.to } satisfies DashboardQuery });
}

export function fetchRankings(level: RankingLevel, f: DashboardFilter): Promise<Rankings> {
  return call('get', '/api/v1/rankings', { query: { level, unit: f.unit, from: f.from, to: f.to } satisfies QueryOf<'getRankings'> });
}

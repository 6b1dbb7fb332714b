// What the information pages show, from the server's answers: the query the filters make,
// the colour of a state, the label of a category or level, the levels an adopted item may
// still be adopted at, the current month as a period, and the ranking as CSV. Pure, so it
// is tested without a browser.
import type { TagType } from '@/utils/format';
import { toCsv } from '@/pages/dashboard/csv_export';
import type { InformationItem, InformationLevel, InformationQuery, InformationRanking, InformationWords } from './information_api';

export interface InformationFilters {
  state: string;
  category: string;
  reviewQueue: boolean;
}

export function informationQuery(f: InformationFilters, page: number, pageSize: number): InformationQuery {
  const q: InformationQuery = { page, page_size: pageSize };
  if (f.reviewQueue) q.queue = 'review';
  else if (f.state) q.state = f.state;
  if (f.category) q.category = f.category;
  return q;
}

// Waiting grey, returned amber, adopted green, declined red; withdrawn grey.
export function stateTag(state: string): TagType {
  if (state === 'adopted') return 'success';
  if (state === 'returned') return 'warning';
  if (state === 'declined') return 'danger';
  return 'info';
}

// The word's name in the language shown (the English name when there is one).
export function wordLabel(words: InformationWords | null | undefined, kind: 'categories' | 'levels', code: string | null | undefined, english: boolean): string {
  if (!code) return '';
  const word = (words?.[kind] as { code: string; name: string; name_en: string }[] | undefined)?.find((w) => w.code === code);
  if (!word) return code;
  return english && word.name_en ? word.name_en : word.name;
}

// The levels the item may still be adopted at: every level above the one it reached.
export function levelsAbove(levels: readonly InformationLevel[], item: Pick<InformationItem, 'level'>): InformationLevel[] {
  const reached = levels.find((l) => l.code === item.level);
  return levels.filter((l) => !reached || l.rank > reached.rank);
}

// "2026-12": the month holding `now` in Asia/Shanghai.
export function currentMonth(now: Date = new Date()): string {
  const shanghai = new Date(now.getTime() + 8 * 3600 * 1000);
  return `${shanghai.getUTCFullYear()}-${String(shanghai.getUTCMonth() + 1).padStart(2, '0')}`;
}

export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-[Qq][1-4])?$/;

export function rankText(rank: number, tied: boolean, tiedWord: string): string {
  return tied ? `${rank} ${tiedWord}` : String(rank);
}

// The ranking as the notice's CSV: one column per level, headers in the language shown.
export function rankingCsv(ranking: InformationRanking, levels: readonly InformationLevel[], headers: Record<string, string>, tiedWord: string): string {
  type Row = InformationRanking['items'][number];
  return toCsv<Row>(ranking.items, [
    { header: headers.rank, value: (r) => rankText(r.rank, r.tied, tiedWord) },
    { header: headers.unit, value: (r) => r.unit.name },
    { header: headers.submitted, value: (r) => r.submitted },
    { header: headers.adopted, value: (r) => r.adopted },
    ...levels.map((l) => ({ header: l.name, value: (r: Row) => r.adopted_at_level[l.code] ?? 0 })),
    { header: headers.rate, value: (r) => (r.adoption_rate_percent === null ? '' : r.adoption_rate_percent.toFixed(2)) },
    { header: headers.points, value: (r) => r.points },
  ]);
}

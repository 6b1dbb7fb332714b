// The booking calendar of one venue as a grid: rows are half hours, columns are days, each
// cell closed, past, free, taken by someone else, or the viewer's own. Bookings are on the
// server's 30-minute grid, so a cell is exactly one slot. Everything is in the district's
// time (Asia/Shanghai, UTC+8, no daylight saving) whatever the device's zone.
import type { Booking, VenueDay } from './venue_api';

export const SLOT_MINUTES = 30;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

export type CellState = 'closed' | 'past' | 'free' | 'taken' | 'mine' | 'pending';

export interface DayColumn {
  date: string;
  cells: Map<number, CellState>; // minute of the day → state, for every row
}

export interface WeekGrid {
  rows: number[]; // minutes of the day at which a slot starts, earliest first
  columns: DayColumn[];
}

// "08:30-21:00" → [510, 1260]; null when closed or unreadable.
export function parseHours(hours: string): [number, number] | null {
  const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(hours.trim());
  if (!match) return null;
  const open = Number(match[1]) * 60 + Number(match[2]);
  const close = Number(match[3]) * 60 + Number(match[4]);
  return close > open ? [open, close] : null;
}

// "2026-12-07" + 510 → "2026-12-07T08:30:00+08:00".
export function isoAt(date: string, minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00+08:00`;
}

// An instant → its date and minute of the day in Shanghai.
export function shanghaiDateMinute(iso: string): { date: string; minute: number } {
  const local = new Date(new Date(iso).getTime() + SHANGHAI_OFFSET_MS);
  const date = local.toISOString().slice(0, 10);
  return { date, minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

// The Monday of the week holding `date`, and the seven dates from it.
export function weekOf(date: string): string[] {
  const day = new Date(`${date}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86400000);
  return Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * 86400000).toISOString().slice(0, 10));
}

export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86400000).toISOString().slice(0, 10);
}

export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function holding(booking: Booking): boolean {
  return booking.state === 'accepted' || booking.state === 'pending';
}

function stateOfBooking(booking: Booking): CellState {
  if (booking.mine) return booking.state === 'pending' ? 'pending' : 'mine';
  return 'taken';
}

export function buildWeekGrid(days: VenueDay[], bookings: Booking[], now: Date): WeekGrid {
  const spans = days.map((d) => parseHours(d.hours));
  const opens = spans.filter((s): s is [number, number] => s !== null);
  const first = opens.length ? Math.min(...opens.map((s) => s[0])) : 0;
  const last = opens.length ? Math.max(...opens.map((s) => s[1])) : 0;
  const rows: number[] = [];
  for (let m = first - (first % SLOT_MINUTES); m < last; m += SLOT_MINUTES) rows.push(m);

  const taken = new Map<string, CellState>();
  for (const b of bookings.filter(holding)) {
    const start = new Date(b.starts_at).getTime();
    const end = new Date(b.ends_at).getTime();
    for (let t = start; t < end; t += SLOT_MINUTES * 60000) {
      const at = shanghaiDateMinute(new Date(t).toISOString());
      taken.set(`${at.date} ${at.minute}`, stateOfBooking(b));
    }
  }
  const nowMs = now.getTime();
  const columns = days.map((day, i) => {
    const cells = new Map<number, CellState>();
    const span = spans[i];
    for (const m of rows) {
      let state: CellState;
      if (!span || m < span[0] || m + SLOT_MINUTES > span[1]) state = 'closed';
      else if (new Date(isoAt(day.date, m)).getTime() < nowMs) state = 'past';
      else state = taken.get(`${day.date} ${m}`) ?? 'free';
      cells.set(m, state);
    }
    return { date: day.date, cells };
  });
  return { rows, columns };
}

export interface Selection {
  date: string;
  from: number; // minute of the first slot
  to: number; // minute after the last slot
}

// Extends a selection by a tapped cell: a first tap picks one slot; a second tap on the
// same day makes the range between them, if every slot in it is free and it is no longer
// than the venue allows; anything else starts again at the tapped cell.
export function extendSelection(
  grid: WeekGrid,
  current: Selection | null,
  date: string,
  minute: number,
  maxMinutes: number,
): Selection | null {
  const column = grid.columns.find((c) => c.date === date);
  if (!column || column.cells.get(minute) !== 'free') return current;
  const single = { date, from: minute, to: minute + SLOT_MINUTES };
  if (!current || current.date !== date) return single;
  const from = Math.min(current.from, minute);
  const to = Math.max(current.to, minute + SLOT_MINUTES);
  if (to - from > maxMinutes) return single;
  for (let m = from; m < to; m += SLOT_MINUTES) {
    if (column.cells.get(m) !== 'free') return single;
  }
  return { date, from, to };
}

export function inSelection(selection: Selection | null, date: string, minute: number): boolean {
  return !!selection && selection.date === date && minute >= selection.from && minute < selection.to;
}

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

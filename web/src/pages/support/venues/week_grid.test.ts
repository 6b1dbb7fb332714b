import { describe, expect, it } from 'vitest';
import type { Booking } from './venue_api';
import { buildWeekGrid, extendSelection, isoAt, parseHours, shanghaiDateMinute, weekOf } from './week_grid';

function booking(over: Partial<Booking>): Booking {
  return {
    id: 1,
    venue_id: 7,
    venue_name: '活动室',
    starts_at: '2026-12-08T09:00:00+08:00',
    ends_at: '2026-12-08T10:00:00+08:00',
    purpose: '书法班',
    people: 10,
    state: 'accepted',
    mine: false,
    ...over,
  };
}

const days = [
  { date: '2026-12-07', hours: '08:30-11:00' },
  { date: '2026-12-08', hours: '09:00-12:00' },
  { date: '2026-12-12', hours: '' },
];
const before = new Date('2026-12-01T00:00:00Z');

describe('times in Shanghai', () => {
  it('reads opening hours', () => {
    expect(parseHours('08:30-21:00')).toEqual([510, 1260]);
    expect(parseHours('')).toBeNull();
    expect(parseHours('21:00-08:00')).toBeNull();
  });
  it('writes and reads instants with the +08:00 offset whatever the device zone', () => {
    expect(isoAt('2026-12-07', 510)).toBe('2026-12-07T08:30:00+08:00');
    expect(shanghaiDateMinute('2026-12-07T00:30:00Z')).toEqual({ date: '2026-12-07', minute: 510 });
    expect(shanghaiDateMinute('2026-12-06T16:30:00Z')).toEqual({ date: '2026-12-07', minute: 30 });
  });
  it('starts a week on Monday', () => {
    expect(weekOf('2026-12-10')[0]).toBe('2026-12-07');
    expect(weekOf('2026-12-13')).toHaveLength(7);
    expect(weekOf('2026-12-13')[6]).toBe('2026-12-13');
  });
});

describe('buildWeekGrid', () => {
  it('spans the earliest opening to the latest closing in half hours', () => {
    const grid = buildWeekGrid(days, [], before);
    expect(grid.rows[0]).toBe(510);
    expect(grid.rows[grid.rows.length - 1]).toBe(690);
    expect(grid.columns[0].cells.get(690)).toBe('closed');
    expect(grid.columns[1].cells.get(510)).toBe('closed');
    expect(grid.columns[2].cells.get(600)).toBe('closed');
  });
  it('marks the slots that bookings hold, the viewer’s own apart', () => {
    const grid = buildWeekGrid(
      days,
      [
        booking({}),
        booking({ id: 2, starts_at: '2026-12-07T09:00:00+08:00', ends_at: '2026-12-07T09:30:00+08:00', mine: true, state: 'pending' }),
        booking({ id: 3, starts_at: '2026-12-08T11:00:00+08:00', ends_at: '2026-12-08T12:00:00+08:00', state: 'cancelled' }),
      ],
      before,
    );
    expect(grid.columns[1].cells.get(540)).toBe('taken');
    expect(grid.columns[1].cells.get(570)).toBe('taken');
    expect(grid.columns[1].cells.get(600)).toBe('free');
    expect(grid.columns[0].cells.get(540)).toBe('pending');
    expect(grid.columns[1].cells.get(660)).toBe('free'); // a cancelled booking frees its slots
  });
  it('closes the slots that have begun', () => {
    const grid = buildWeekGrid(days, [], new Date('2026-12-07T01:10:00Z')); // 09:10 in Shanghai
    expect(grid.columns[0].cells.get(540)).toBe('past');
    expect(grid.columns[0].cells.get(570)).toBe('free');
  });
});

describe('extendSelection', () => {
  const grid = buildWeekGrid(days, [booking({})], before);
  it('makes a range from two taps on one day', () => {
    const first = extendSelection(grid, null, '2026-12-07', 510, 240);
    expect(first).toEqual({ date: '2026-12-07', from: 510, to: 540 });
    expect(extendSelection(grid, first, '2026-12-07', 600, 240)).toEqual({ date: '2026-12-07', from: 510, to: 630 });
  });
  it('starts again when the range would cross a taken slot or run too long', () => {
    const first = extendSelection(grid, null, '2026-12-08', 600, 240);
    expect(extendSelection(grid, first, '2026-12-08', 540, 240)).toEqual(first);
    const start = extendSelection(grid, null, '2026-12-07', 510, 60);
    expect(extendSelection(grid, start, '2026-12-07', 600, 60)).toEqual({ date: '2026-12-07', from: 600, to: 630 });
  });
  it('ignores taps on cells that cannot be booked', () => {
    expect(extendSelection(grid, null, '2026-12-08', 540, 240)).toBeNull();
    expect(extendSelection(grid, null, '2026-12-12', 600, 240)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { heatOption, heatPoints, percent } from './usage_heat';
import type { UsageCell } from './venue_api';

function cell(weekday: number, hour: number, open: number, booked: number): UsageCell {
  return { weekday, hour, open_hours: open, booked_hours: booked, occupancy: open ? booked / open : 0 };
}

describe('usage heat map', () => {
  it('places each open or booked cell at its hour and weekday with its occupancy in percent', () => {
    const points = heatPoints([cell(1, 0, 0, 0), cell(2, 10, 4, 2), cell(7, 23, 3, 1)]);
    expect(points).toEqual([
      [10, 1, 50],
      [23, 6, 33.3],
    ]);
  });

  it('keeps the colour scale at least 0–100 % and writes percentages with one decimal', () => {
    const option = heatOption([cell(3, 9, 1, 0.5)], ['周一', '周二', '周三', '周四', '周五', '周六', '周日'], '占用率');
    expect(option.visualMap.max).toBe(100);
    expect(option.yAxis.data[2]).toBe('周三');
    expect(option.series[0].data).toEqual([[9, 2, 50]]);
    expect(percent(0.375)).toBe('37.5%');
    expect(percent(0)).toBe('0%');
  });
});

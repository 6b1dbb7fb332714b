// The usage heat map's ECharts option: weekdays down, hours across, each cell coloured by
// its occupancy (booked ÷ open hours of that weekday and hour over the range). Hours the
// venues are never open stay blank rather than reading as 0 %. Pure; tested on its own.
import type { UsageCell } from './venue_api';

export const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

// One point per cell that is open or booked: [hour, weekday index (0 = Monday), percent].
export function heatPoints(cells: UsageCell[]): [number, number, number][] {
  return cells
    .filter((c) => c.open_hours > 0 || c.booked_hours > 0)
    .map((c) => [c.hour, c.weekday - 1, Math.round(c.occupancy * 1000) / 10]);
}

// "37.5%": a fraction as a percentage with at most one decimal.
export function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

export function heatOption(cells: UsageCell[], weekdays: string[], legend: string) {
  const points = heatPoints(cells);
  const top = Math.max(100, ...points.map((p) => p[2]));
  return {
    tooltip: {
      formatter: (p: { value: [number, number, number] }) => `${weekdays[p.value[1]]} ${HOURS[p.value[0]]} ${p.value[2]}%`,
    },
    grid: { left: 48, right: 12, top: 12, bottom: 72 },
    xAxis: { type: 'category', data: HOURS, splitArea: { show: true } },
    yAxis: { type: 'category', data: weekdays, inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max: top,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: [`${top}%`, legend],
      inRange: { color: ['#e8f3ff', '#409eff', '#1d3f8f'] },
    },
    series: [{ type: 'heatmap', data: points, label: { show: false } }],
  };
}

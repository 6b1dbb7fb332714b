import { describe, expect, it } from 'vitest';
import {
  arrowPath,
  dayNumber,
  DIAMOND,
  ganttLayout,
  isoOfDay,
  layoutRows,
  makeScale,
  markOf,
  midOf,
  monthTicks,
  ROW_HEIGHT,
  shanghaiToday,
  xOf,
  ZOOM_DAYS,
  type GanttMilestone,
  type OutlineProgramme,
} from './gantt_layout';

const unit = { code: '411002001', name: '西大街街道' };
const other = { code: '411002002', name: '南关街道' };

function task(id: number, starts_on: string, ends_on: string, u = unit) {
  return { id, name: `任务${id}`, starts_on, ends_on, unit: u };
}

function milestone(id: number, taskId: number, due_on: string, more: Partial<GanttMilestone> = {}): GanttMilestone {
  return { id, name: `节点${id}`, due_on, state: 'in_progress', open: true, overdue: false, percent: 40, depends_on: [], task: { id: taskId }, ...more };
}

// Two programmes; the first's project lists its tasks out of date order.
const OUTLINE: OutlineProgramme[] = [
  {
    id: 1,
    name: '“1369”工程',
    projects: [
      { id: 10, name: '基层治理', tasks: [task(102, '2026-05-01', '2026-08-31'), task(101, '2026-01-01', '2026-06-30', other)] },
      { id: 11, name: '平安建设', tasks: [] },
    ],
  },
  { id: 2, name: '民生实事', projects: [{ id: 20, name: '养老服务', tasks: [task(201, '2026-03-01', '2026-03-31', other)] }] },
];

describe('the Gantt layout', () => {
  it('counts days across month ends and leap years', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2); // 29 February 2024
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
    expect(dayNumber('2024-01-01') - dayNumber('2023-12-31')).toBe(1);
    expect(dayNumber('2025-01-01') - dayNumber('2024-01-01')).toBe(366);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('places a date by its days from the first of the first month, at the zoom’s scale', () => {
    const scale = makeScale(['2024-02-10', '2024-03-05'], 'quarter', 910);
    expect(isoOfDay(scale.from)).toBe('2024-02-01');
    expect(scale.pxPerDay).toBeCloseTo(910 / ZOOM_DAYS.quarter);
    expect(xOf(scale, '2024-02-01')).toBe(0);
    // February 2024 has 29 days, so 1 March is the 30th day.
    expect(xOf(scale, '2024-03-01')).toBeCloseTo(29 * scale.pxPerDay);
    expect(midOf(scale, '2024-03-01') - xOf(scale, '2024-03-01')).toBeCloseTo(scale.pxPerDay / 2);
    // The drawn span reaches at least a quarter and ends on the first of a month.
    expect(scale.to - scale.from).toBeGreaterThanOrEqual(ZOOM_DAYS.quarter);
    expect(isoOfDay(scale.to).endsWith('-01')).toBe(true);
    expect(scale.width).toBeCloseTo((scale.to - scale.from) * scale.pxPerDay);
  });

  it('zooms out by spreading more days over the same width', () => {
    const dates = ['2026-01-01', '2026-12-31'];
    const quarter = makeScale(dates, 'quarter', 900);
    const year = makeScale(dates, 'year', 900);
    expect(quarter.pxPerDay / year.pxPerDay).toBeCloseTo(ZOOM_DAYS.year / ZOOM_DAYS.quarter);
    expect(year.width).toBeCloseTo(900, -1);
    expect(quarter.width).toBeGreaterThan(year.width * 3.5);
  });

  it('ticks every first of the month and labels fewer when months are narrow', () => {
    const wide = makeScale(['2025-11-15', '2026-02-15'], 'quarter', 910);
    const ticks = monthTicks(wide);
    expect(ticks.map((t) => `${t.year}-${t.month}`)).toEqual(['2025-11', '2025-12', '2026-1', '2026-2']);
    expect(ticks[2].x).toBeCloseTo(xOf(wide, '2026-01-01'));
    expect(ticks.every((t) => t.labelled)).toBe(true);
    const narrow = monthTicks(makeScale(['2025-01-01', '2026-12-31'], 'year', 200));
    expect(narrow.some((t) => !t.labelled)).toBe(true);
    expect(narrow.filter((t) => t.month === 1).every((t) => t.labelled)).toBe(true);
  });

  it('draws today in the middle of its day, inside the chart even when no task reaches it', () => {
    const layout = ganttLayout({ programmes: OUTLINE, milestones: [], today: '2026-12-20', zoom: 'quarter', visibleWidth: 910 });
    expect(layout.todayX).toBeCloseTo(xOf(layout.scale, '2026-12-20') + layout.scale.pxPerDay / 2);
    expect(layout.todayX).toBeGreaterThan(0);
    expect(layout.todayX).toBeLessThan(layout.scale.width);
    expect(isoOfDay(layout.scale.from)).toBe('2026-01-01');
  });

  it('reads today in Asia/Shanghai', () => {
    expect(shanghaiToday(new Date('2026-02-28T16:30:00Z'))).toBe('2026-03-01');
    expect(shanghaiToday(new Date('2026-02-28T15:59:00Z'))).toBe('2026-02-28');
  });

  it('orders rows programme, project, then tasks by start, leaving out projects with none', () => {
    const rows = layoutRows({ programmes: OUTLINE, milestones: [] });
    expect(rows.map((r) => r.key)).toEqual(['g1', 'p10', 't101', 't102', 'g2', 'p20', 't201']);
    expect(rows.map((r) => r.y)).toEqual(rows.map((_, i) => i * ROW_HEIGHT));
  });

  it('keeps one programme, or the tasks of a unit and those holding its milestones', () => {
    expect(layoutRows({ programmes: OUTLINE, milestones: [], programme: 2 }).map((r) => r.key)).toEqual(['g2', 'p20', 't201']);
    const ofUnit = layoutRows({ programmes: OUTLINE, milestones: [milestone(1, 201, '2026-03-20')], unit: unit.code });
    expect(ofUnit.map((r) => r.key)).toEqual(['g1', 'p10', 't102', 'g2', 'p20', 't201']);
  });

  it('spans each bar from the start of its first day to the end of its last', () => {
    const layout = ganttLayout({ programmes: OUTLINE, milestones: [], today: '2026-03-01', zoom: 'year', visibleWidth: 730 });
    const bar = layout.bars.find((b) => b.taskId === 201)!;
    expect(bar.x).toBeCloseTo(xOf(layout.scale, '2026-03-01'));
    expect(bar.width).toBeCloseTo(31 * layout.scale.pxPerDay);
    const row = layout.rows.find((r) => r.key === 't201')!;
    expect(bar.y).toBeGreaterThan(row.y);
    expect(bar.y + bar.height).toBeLessThan(row.y + ROW_HEIGHT);
  });

  it('colours accepted, waiting, open and late milestones apart', () => {
    const today = '2026-04-10';
    expect(markOf({ open: false, overdue: false, state: 'accepted', due_on: '2026-01-01' }, today)).toBe('accepted');
    expect(markOf({ open: true, overdue: false, state: 'submitted', due_on: '2026-04-10' }, today)).toBe('submitted');
    expect(markOf({ open: true, overdue: false, state: 'submitted', due_on: '2026-04-09' }, today)).toBe('overdue');
    expect(markOf({ open: true, overdue: true, state: 'planned', due_on: '2026-05-01' }, today)).toBe('overdue');
    expect(markOf({ open: true, overdue: false, state: 'planned', due_on: '2026-05-01' }, today)).toBe('open');
  });

  it('puts each milestone on its task’s row and draws arrows only between drawn ones', () => {
    const milestones = [
      milestone(1, 101, '2026-02-27', { open: false, state: 'accepted', percent: 100 }),
      milestone(2, 101, '2026-03-02', { depends_on: [1] }),
      milestone(3, 102, '2026-06-01', { depends_on: [2, 99] }),
      milestone(4, 201, '2026-03-20'),
      milestone(5, 999, '2026-03-20'), // a task the outline does not hold
    ];
    const layout = ganttLayout({ programmes: OUTLINE, milestones, today: '2026-03-01', zoom: 'quarter', visibleWidth: 910, programme: 1 });
    expect(layout.diamonds.map((d) => d.milestone.id)).toEqual([1, 2, 3]);
    const [first, second, third] = layout.diamonds;
    expect(first.mark).toBe('accepted');
    expect(first.y).toBe(layout.rows.find((r) => r.key === 't101')!.y + ROW_HEIGHT / 2);
    expect(third.y).toBe(layout.rows.find((r) => r.key === 't102')!.y + ROW_HEIGHT / 2);
    // 27 February to 2 March 2026 is three days (no 29 February in 2026).
    expect(second.x - first.x).toBeCloseTo(3 * layout.scale.pxPerDay);
    expect(layout.arrows.map((a) => `${a.from}→${a.to}`)).toEqual(['1→2', '2→3']);
    expect(layout.height).toBe(layout.rows.length * ROW_HEIGHT);
  });

  it('hops over the bar on one row and bends into the target across rows', () => {
    const same = arrowPath({ x: 10, y: 18 }, { x: 60, y: 18 });
    const top = 18 - DIAMOND;
    expect(same).toMatch(new RegExp(`^M10,${top} V(\\d+) H60 V${top}$`));
    const over = Number(/V(\d+)/.exec(same)![1]);
    expect(over).toBeLessThan(top);
    expect(over).toBeGreaterThan(18 - ROW_HEIGHT / 2); // still inside the row

    const down = arrowPath({ x: 10, y: 18 }, { x: 100, y: 90 });
    expect(down).toBe(`M${10 + DIAMOND},18 H${100 - DIAMOND - 6} V90 H${100 - DIAMOND}`);

    // The target lies left of the source: the line turns back along the gap above the target's row.
    const back = arrowPath({ x: 100, y: 18 }, { x: 40, y: 90 });
    const gap = 90 - ROW_HEIGHT / 2;
    expect(back).toBe(`M${100 + DIAMOND},18 H${100 + DIAMOND + 6} V${gap} H${40 - DIAMOND - 6} V90 H${40 - DIAMOND}`);
    const up = arrowPath({ x: 100, y: 90 }, { x: 40, y: 18 });
    expect(up).toContain(`V${18 + ROW_HEIGHT / 2} `);
  });

  it('draws an empty ledger as no rows over the months around today', () => {
    const layout = ganttLayout({ programmes: [], milestones: [], today: '2024-02-29', zoom: 'half', visibleWidth: 364 });
    expect(layout.rows).toEqual([]);
    expect(layout.bars).toEqual([]);
    expect(layout.diamonds).toEqual([]);
    expect(layout.height).toBe(0);
    expect(isoOfDay(layout.scale.from)).toBe('2024-02-01');
    expect(layout.scale.to - layout.scale.from).toBeGreaterThanOrEqual(ZOOM_DAYS.half);
    expect(layout.todayX).toBeCloseTo(28.5 * layout.scale.pxPerDay);
  });
});

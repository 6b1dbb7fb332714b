// The arithmetic of the ledger's Gantt timeline (挂图作战): where a date falls on the time
// axis, which rows the outline makes (programme → project → task), where each task's bar
// and each milestone's diamond go, the arrows from a milestone to those waiting on it, the
// month ticks and the "today" line. Pure, so it is tested without a browser; the page
// (GanttPage.vue) only draws what this returns.
//
// Dates are the server's calendar days (YYYY-MM-DD, Asia/Shanghai). They are counted as
// whole days since 1970-01-01 with UTC arithmetic, so no time zone or daylight saving
// shifts a day. A day occupies [x, x + pxPerDay); a milestone and the today line sit in
// the middle of their day, a task's bar covers its first day to the end of its last.

export type Zoom = 'quarter' | 'half' | 'year';
export const ZOOMS: readonly Zoom[] = ['quarter', 'half', 'year'];
// How many days the visible width of the timeline shows at each zoom.
export const ZOOM_DAYS: Record<Zoom, number> = { quarter: 91, half: 182, year: 365 };

export const ROW_HEIGHT = 36;
export const DIAMOND = 7; // half the diagonal of a milestone's diamond
const DAY_MS = 86_400_000;

// How a milestone is coloured: accepted (closed), waiting for acceptance, still open, or
// open past its due date. Overdue wins over every open state.
export type Mark = 'accepted' | 'submitted' | 'open' | 'overdue';
export const MARKS: readonly Mark[] = ['open', 'submitted', 'accepted', 'overdue'];

export interface OutlineTask {
  id: number;
  name: string;
  starts_on: string;
  ends_on: string;
  unit: { code: string; name: string };
}
export interface OutlineProject {
  id: number;
  name: string;
  tasks: OutlineTask[];
}
export interface OutlineProgramme {
  id: number;
  name: string;
  projects: OutlineProject[];
}
export interface GanttMilestone {
  id: number;
  name: string;
  due_on: string;
  state: string;
  open: boolean;
  overdue: boolean;
  percent: number;
  depends_on: number[];
  task: { id: number };
}

export interface Scale {
  from: number; // day number of the first day drawn (the first of a month)
  to: number; // day number of the day after the last one drawn (the first of a month)
  pxPerDay: number;
  width: number;
}

export interface Row {
  kind: 'programme' | 'project' | 'task';
  key: string;
  name: string;
  y: number; // the row's top
  task?: OutlineTask;
}

export interface Bar {
  taskId: number;
  x: number;
  width: number;
  y: number; // the bar's top
  height: number;
}

export interface Diamond {
  milestone: GanttMilestone;
  mark: Mark;
  x: number; // centre
  y: number; // centre
}

export interface Arrow {
  from: number; // the milestone waited on
  to: number; // the milestone waiting
  path: string;
}

export interface Tick {
  x: number;
  year: number;
  month: number; // 1–12
  labelled: boolean; // false where months are too narrow to label each one
}

export interface GanttLayout {
  scale: Scale;
  rows: Row[];
  bars: Bar[];
  diamonds: Diamond[];
  arrows: Arrow[];
  ticks: Tick[];
  todayX: number;
  height: number;
}

export interface GanttInput {
  programmes: OutlineProgramme[];
  milestones: GanttMilestone[];
  today: string;
  zoom: Zoom;
  visibleWidth: number; // pixels of timeline the screen shows without scrolling
  programme?: number | null; // only this programme
  unit?: string; // only tasks led by this unit (or below it) or with its milestones
}

// "2024-02-29" → days since 1970-01-01.
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// Today's date in Asia/Shanghai, where the server counts due dates.
export function shanghaiToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
}

function nextMonth(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}

// Whole months from the earliest date to the latest, and at least as many days as the
// zoom shows so an empty or short ledger still fills the view.
export function makeScale(dates: string[], zoom: Zoom, visibleWidth: number): Scale {
  const days = dates.map(dayNumber);
  const from = monthStart(Math.min(...days));
  const to = nextMonth(Math.max(Math.max(...days), from + ZOOM_DAYS[zoom] - 1));
  const pxPerDay = Math.max(visibleWidth, 1) / ZOOM_DAYS[zoom];
  return { from, to, pxPerDay, width: (to - from) * pxPerDay };
}

// The left edge of a day.
export function xOf(scale: Scale, iso: string): number {
  return (dayNumber(iso) - scale.from) * scale.pxPerDay;
}

// The middle of a day: where a milestone due that day and the today line are drawn.
export function midOf(scale: Scale, iso: string): number {
  return xOf(scale, iso) + scale.pxPerDay / 2;
}

export function markOf(m: Pick<GanttMilestone, 'open' | 'overdue' | 'state' | 'due_on'>, today: string): Mark {
  if (!m.open) return 'accepted';
  if (m.overdue || m.due_on < today) return 'overdue';
  return m.state === 'submitted' ? 'submitted' : 'open';
}

// The first of each month drawn; each is labelled unless months are narrower than a label,
// then every second, third… month is, counted so January is always among them.
export function monthTicks(scale: Scale, minLabelPx = 40): Tick[] {
  const step = Math.max(1, Math.ceil(minLabelPx / (30.4 * scale.pxPerDay)));
  const ticks: Tick[] = [];
  for (let day = scale.from; day < scale.to; day = nextMonth(day)) {
    const d = new Date(day * DAY_MS);
    const month = d.getUTCMonth() + 1;
    ticks.push({ x: (day - scale.from) * scale.pxPerDay, year: d.getUTCFullYear(), month, labelled: (month - 1) % step === 0 });
  }
  return ticks;
}

function taskShown(task: OutlineTask, withMilestones: Set<number>, unit: string): boolean {
  return !unit || withMilestones.has(task.id) || task.unit.code.startsWith(unit);
}

function byPeriod(a: OutlineTask, b: OutlineTask): number {
  return a.starts_on.localeCompare(b.starts_on) || a.ends_on.localeCompare(b.ends_on) || a.id - b.id;
}

// Programme, then its projects in the outline's order, each followed by its tasks from the
// earliest start; a project or programme with no task shown is left out.
export function layoutRows(input: Pick<GanttInput, 'programmes' | 'milestones' | 'programme' | 'unit'>): Row[] {
  const withMilestones = new Set(input.milestones.map((m) => m.task.id));
  const unit = input.unit?.trim() ?? '';
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'y'>) => rows.push({ ...row, y: rows.length * ROW_HEIGHT });
  for (const programme of input.programmes) {
    if (input.programme && programme.id !== input.programme) continue;
    const projects = programme.projects
      .map((p) => ({ project: p, tasks: p.tasks.filter((t) => taskShown(t, withMilestones, unit)).sort(byPeriod) }))
      .filter((p) => p.tasks.length > 0);
    if (!projects.length) continue;
    add({ kind: 'programme', key: `g${programme.id}`, name: programme.name });
    for (const { project, tasks } of projects) {
      add({ kind: 'project', key: `p${project.id}`, name: project.name });
      for (const task of tasks) add({ kind: 'task', key: `t${task.id}`, name: task.name, task });
    }
  }
  return rows;
}

// From the waited-on milestone to the one waiting. On one row: a hop above the bar from the
// top of one diamond to the top of the other. Across rows: out of the right corner, down or
// up beside the target, into its left corner; when the target lies left of the source the
// line runs back along the gap between the rows.
export function arrowPath(from: { x: number; y: number }, to: { x: number; y: number }): string {
  const r = DIAMOND;
  if (from.y === to.y) {
    const top = from.y - r;
    const over = top - Math.min(6, ROW_HEIGHT / 2 - r - 2);
    return `M${n(from.x)},${n(top)} V${n(over)} H${n(to.x)} V${n(top)}`;
  }
  const startX = from.x + r;
  const endX = to.x - r;
  const bend = endX - 6;
  if (bend >= startX + 6) return `M${n(startX)},${n(from.y)} H${n(bend)} V${n(to.y)} H${n(endX)}`;
  const gapY = to.y > from.y ? to.y - ROW_HEIGHT / 2 : to.y + ROW_HEIGHT / 2;
  return `M${n(startX)},${n(from.y)} H${n(startX + 6)} V${n(gapY)} H${n(bend)} V${n(to.y)} H${n(endX)}`;
}

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

export function ganttLayout(input: GanttInput): GanttLayout {
  const rows = layoutRows(input);
  const tasks = rows.flatMap((r) => (r.task ? [r.task] : []));
  const dates = [input.today, ...tasks.flatMap((t) => [t.starts_on, t.ends_on])];
  const rowOfTask = new Map(rows.filter((r) => r.task).map((r) => [r.task!.id, r]));
  const drawn = input.milestones.filter((m) => rowOfTask.has(m.task.id));
  const scale = makeScale([...dates, ...drawn.map((m) => m.due_on)], input.zoom, input.visibleWidth);
  const barHeight = 10;
  const bars = tasks.map((t) => ({
    taskId: t.id,
    x: xOf(scale, t.starts_on),
    width: (dayNumber(t.ends_on) - dayNumber(t.starts_on) + 1) * scale.pxPerDay,
    y: rowOfTask.get(t.id)!.y + (ROW_HEIGHT - barHeight) / 2,
    height: barHeight,
  }));
  const diamonds = drawn.map((m) => ({
    milestone: m,
    mark: markOf(m, input.today),
    x: midOf(scale, m.due_on),
    y: rowOfTask.get(m.task.id)!.y + ROW_HEIGHT / 2,
  }));
  const at = new Map(diamonds.map((d) => [d.milestone.id, d]));
  const arrows = diamonds.flatMap((d) =>
    d.milestone.depends_on.flatMap((id) => {
      const source = at.get(id);
      return source ? [{ from: id, to: d.milestone.id, path: arrowPath(source, d) }] : [];
    }),
  );
  return {
    scale,
    rows,
    bars,
    diamonds,
    arrows,
    ticks: monthTicks(scale),
    todayX: midOf(scale, input.today),
    height: rows.length * ROW_HEIGHT,
  };
}

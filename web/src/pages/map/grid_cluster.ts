// Grid-based clustering of case markers: points are bucketed by the screen cell (in pixels)
// they fall in at the current zoom, so thousands of cases stay readable and cheap to draw.
// Pure: the caller projects lat/lon to pixels, which keeps this testable without a map.

export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  // The mean position of the members, in the input's pixel space.
  x: number;
  y: number;
  members: T[];
}

export function clusterByCell<T>(points: readonly ScreenPoint<T>[], cellPx: number): Cluster<T>[] {
  if (!(cellPx > 0)) throw new RangeError('cellPx must be positive');
  const cells = new Map<string, { sx: number; sy: number; members: T[] }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cellPx)}:${Math.floor(p.y / cellPx)}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { sx: 0, sy: 0, members: [] };
      cells.set(key, cell);
    }
    cell.sx += p.x;
    cell.sy += p.y;
    cell.members.push(p.item);
  }
  return [...cells.values()].map((c) => ({ x: c.sx / c.members.length, y: c.sy / c.members.length, members: c.members }));
}

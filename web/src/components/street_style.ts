// How the streets of the imported map look, as pure functions so that every map draws them
// alike and tests can check them: major streets wider and darker, footpaths thin and
// light; names on the major streets (and on every named street when zoomed in close), each
// name once, beside the middle of its longest piece.
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';

export interface StreetProps {
  name: string;
  class: string;
  rank: number; // 1 major … 4 footpath (the server's rule)
}

export type StreetCollection = FeatureCollection<LineString, StreetProps>;

export const MAP_BACKGROUND = '#f5f3ee';

// Streets get thinner as the map zooms out, so a whole district is not one orange mesh.
function widthAtZoom(zoom: number): number {
  if (zoom >= 16) return 1;
  if (zoom >= 14) return 0.8;
  return 0.5;
}

export function streetStyle(p: Partial<StreetProps>, zoom = 16): { color: string; weight: number; opacity: number } {
  const scale = widthAtZoom(zoom);
  switch (p.rank) {
    case 1:
      return { color: '#e0a13a', weight: 6 * scale, opacity: 0.95 };
    case 2:
      return { color: '#f2c46d', weight: 5 * scale, opacity: 0.95 };
    case 3:
      return { color: '#ffffff', weight: 4 * scale, opacity: 1 };
    default:
      return { color: '#c9c4b8', weight: 1.2, opacity: 0.9 };
  }
}

// The border drawn under a street so a white street shows on the light background.
export function streetCasing(p: Partial<StreetProps>, zoom = 16): { color: string; weight: number; opacity: number } | null {
  const style = streetStyle(p, zoom);
  if (style.weight < 2) return null;
  return { color: '#b9b2a4', weight: style.weight + 1.5, opacity: 0.9 };
}

// Streets whose name is shown at this zoom: majors always, the rest from zoom 16.
export function labelledRank(zoom: number): number {
  return zoom >= 16 ? 3 : 2;
}

function lengthOf(line: Position[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i += 1) sum += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
  return sum;
}

// The point halfway along the line, in [lat, lon].
export function midpoint(line: Position[]): [number, number] {
  const half = lengthOf(line) / 2;
  let walked = 0;
  for (let i = 1; i < line.length; i += 1) {
    const step = Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
    if (walked + step >= half && step > 0) {
      const t = (half - walked) / step;
      return [line[i - 1][1] + t * (line[i][1] - line[i - 1][1]), line[i - 1][0] + t * (line[i][0] - line[i - 1][0])];
    }
    walked += step;
  }
  return [line[0][1], line[0][0]];
}

export interface StreetLabel {
  name: string;
  at: [number, number]; // lat, lon
  rank: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// The labels that fit without covering one another, most major first: `boxOf` gives a
// label's box on screen. `placed` holds the boxes already on the map (the landmarks' names,
// which go first) and receives the boxes of the labels kept.
export function withoutOverlaps<T extends { rank: number }>(labels: T[], boxOf: (label: T) => Box, placed: Box[] = []): T[] {
  const kept: T[] = [];
  for (const label of [...labels].sort((a, b) => a.rank - b.rank)) {
    const box = boxOf(label);
    if (placed.some((o) => overlaps(box, o))) continue;
    placed.push(box);
    kept.push(label);
  }
  return kept;
}

export type Bounds = [number, number, number, number]; // west, south, east, north

// The part of segment a–b inside the bounds (Liang–Barsky), or null.
function clip(a: Position, b: Position, [w, s, e, n]: Bounds): [Position, Position] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  for (const [p, q] of [[-dx, a[0] - w], [dx, e - a[0]], [-dy, a[1] - s], [dy, n - a[1]]]) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [[a[0] + t0 * dx, a[1] + t0 * dy], [a[0] + t1 * dx, a[1] + t1 * dy]];
}

// The longest piece of the line that shows inside the bounds (the whole line without bounds).
function visiblePart(line: Position[], bounds?: Bounds): Position[] {
  if (!bounds) return line;
  let best: Position[] = [];
  for (let i = 1; i < line.length; i += 1) {
    const piece = clip(line[i - 1], line[i], bounds);
    if (piece && lengthOf(piece) > lengthOf(best)) best = piece;
  }
  return best;
}

// One label per name: at the middle of the longest piece of that name in view, so that a
// long avenue is named where the map shows it.
export function streetLabels(fc: StreetCollection | null, zoom: number, bounds?: Bounds): StreetLabel[] {
  if (!fc) return [];
  const longest = new Map<string, { feature: Feature<LineString, StreetProps>; part: Position[]; length: number }>();
  for (const f of fc.features) {
    const p = f.properties;
    if (!p?.name || p.rank > labelledRank(zoom)) continue;
    const part = visiblePart(f.geometry.coordinates, bounds);
    if (part.length < 2) continue;
    const length = lengthOf(part);
    const seen = longest.get(p.name);
    if (!seen || length > seen.length) longest.set(p.name, { feature: f, part, length });
  }
  return [...longest.values()].map(({ feature, part }) => ({
    name: feature.properties.name,
    at: midpoint(part),
    rank: feature.properties.rank,
  }));
}

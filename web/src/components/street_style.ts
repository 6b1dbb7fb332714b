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

export function streetStyle(p: Partial<StreetProps>): { color: string; weight: number; opacity: number } {
  switch (p.rank) {
    case 1:
      return { color: '#e0a13a', weight: 5, opacity: 0.95 };
    case 2:
      return { color: '#f2c46d', weight: 4, opacity: 0.95 };
    case 3:
      return { color: '#ffffff', weight: 3, opacity: 1 };
    default:
      return { color: '#c9c4b8', weight: 1.2, opacity: 0.9 };
  }
}

// The border drawn under a street so a white street shows on the light background.
export function streetCasing(p: Partial<StreetProps>): { color: string; weight: number; opacity: number } | null {
  const style = streetStyle(p);
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

// One label per name: at the middle of the longest piece of that name.
export function streetLabels(fc: StreetCollection | null, zoom: number): StreetLabel[] {
  if (!fc) return [];
  const longest = new Map<string, { feature: Feature<LineString, StreetProps>; length: number }>();
  for (const f of fc.features) {
    const p = f.properties;
    if (!p?.name || p.rank > labelledRank(zoom)) continue;
    const length = lengthOf(f.geometry.coordinates);
    const seen = longest.get(p.name);
    if (!seen || length > seen.length) longest.set(p.name, { feature: f, length });
  }
  return [...longest.values()].map(({ feature }) => ({
    name: feature.properties.name,
    at: midpoint(feature.geometry.coordinates),
    rank: feature.properties.rank,
  }));
}

// Where the names of landmarks sit on the district map and which of them fit: sub-district
// (街道) names first, then communities, then facilities; street names are placed after all
// of them (street_layer.ts), so a community's name is never covered by a road's.
import type { Box } from './street_style';

export type LandmarkKind = 'street' | 'community' | 'facility';

export interface LandmarkLabel {
  kind: LandmarkKind;
  name: string;
  rank: number;
  x: number; // the landmark's point on screen, in pixels
  y: number;
}

const RANK: Record<LandmarkKind, number> = { street: 0, community: 1, facility: 2 };

export function landmarkRank(kind: LandmarkKind): number {
  return RANK[kind] ?? 3;
}

// About 13 px per character of the label CSS and a margin. Facility names sit to the right of
// their dot; area names are centred on their point.
export function landmarkBox(label: LandmarkLabel): Box {
  const width = [...label.name].length * 13 + 12;
  const height = label.kind === 'facility' ? 18 : 22;
  const x = label.kind === 'facility' ? label.x + 4 : label.x - width / 2;
  return { x, y: label.y - height / 2, width, height };
}

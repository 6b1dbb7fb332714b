import { describe, expect, it } from 'vitest';
import { landmarkBox, landmarkRank, type LandmarkLabel } from './landmark_labels';
import { withoutOverlaps, type StreetLabel } from './street_style';

function landmark(kind: LandmarkLabel['kind'], name: string, x: number, y: number): LandmarkLabel {
  return { kind, name, rank: landmarkRank(kind), x, y };
}

describe('landmark labels', () => {
  it('keeps a sub-district name over a community name that would cover it, and both over a facility', () => {
    const placed: { x: number; y: number; width: number; height: number }[] = [];
    const kept = withoutOverlaps(
      [landmark('facility', '阅览室', 100, 100), landmark('community', '和平社区', 110, 102), landmark('street', '西大街道', 100, 100)],
      landmarkBox,
      placed,
    );
    expect(kept.map((l) => l.name)).toEqual(['西大街道']);
    expect(placed).toHaveLength(1);
  });

  it('leaves out a street name that would cover a community name, and keeps one that does not', () => {
    const placed: { x: number; y: number; width: number; height: number }[] = [];
    withoutOverlaps([landmark('community', '和平社区', 100, 100)], landmarkBox, placed);
    const streets: StreetLabel[] = [
      { name: '建设路', at: [0, 0], rank: 2 },
      { name: '文峰路', at: [0, 0], rank: 3 },
    ];
    const screen = new Map([
      ['建设路', { x: 90, y: 95, width: 52, height: 20 }],
      ['文峰路', { x: 300, y: 95, width: 52, height: 20 }],
    ]);
    const kept = withoutOverlaps(streets, (l) => screen.get(l.name)!, placed);
    expect(kept.map((l) => l.name)).toEqual(['文峰路']);
  });

  it('puts a facility name to the right of its dot and an area name across its point', () => {
    expect(landmarkBox(landmark('facility', '卫生室', 50, 50)).x).toBe(54);
    const area = landmarkBox(landmark('community', '和平社区', 50, 50));
    expect(area.x + area.width / 2).toBe(50);
  });
});

import { describe, expect, it } from 'vitest';
import { labelledRank, midpoint, streetCasing, streetLabels, streetStyle, withoutOverlaps, type StreetCollection } from './street_style';

function street(name: string, rank: number, coordinates: number[][]) {
  return { type: 'Feature' as const, properties: { name, class: 'x', rank }, geometry: { type: 'LineString' as const, coordinates } };
}

const fc: StreetCollection = {
  type: 'FeatureCollection',
  features: [
    street('人民大道', 2, [[113.80, 34.0], [113.81, 34.0]]),
    street('人民大道', 2, [[113.81, 34.0], [113.84, 34.0]]), // the longer piece carries the name
    street('和平街', 3, [[113.80, 34.0], [113.80, 34.01]]),
    street('', 1, [[113.80, 34.02], [113.82, 34.02]]),
    street('小径', 4, [[113.80, 34.03], [113.801, 34.03]]),
  ],
};

describe('street style', () => {
  it('draws major streets wider than local streets and footpaths', () => {
    expect(streetStyle({ rank: 1 }).weight).toBeGreaterThan(streetStyle({ rank: 3 }).weight);
    expect(streetStyle({ rank: 3 }).weight).toBeGreaterThan(streetStyle({ rank: 4 }).weight);
    expect(streetCasing({ rank: 4 })).toBeNull();
    expect(streetCasing({ rank: 3 })!.weight).toBeGreaterThan(streetStyle({ rank: 3 }).weight);
  });

  it('names the major streets once each, local streets only when zoomed in', () => {
    expect(labelledRank(13)).toBe(2);
    const city = streetLabels(fc, 13);
    expect(city.map((l) => l.name)).toEqual(['人民大道']);
    expect(city[0].at[1]).toBeCloseTo(113.825, 6); // the middle of the longer piece
    const close = streetLabels(fc, 17).map((l) => l.name).sort();
    expect(close).toEqual(['人民大道', '和平街']);
    expect(streetLabels(null, 15)).toEqual([]);
  });

  it('names a long street in the middle of the part the map shows', () => {
    // View of 113.80–113.825: of the longer piece of 人民大道 only 113.81–113.825 shows,
    // still more than the whole shorter piece.
    const inView = streetLabels(fc, 13, [113.80, 33.99, 113.825, 34.01]);
    expect(inView).toHaveLength(1);
    expect(inView[0].at[1]).toBeCloseTo(113.8175, 6);
    expect(streetLabels(fc, 13, [114, 35, 114.1, 35.1])).toEqual([]);
  });

  it('draws streets thinner when zoomed out', () => {
    expect(streetStyle({ rank: 2 }, 12).weight).toBeLessThan(streetStyle({ rank: 2 }, 17).weight);
  });

  it('leaves out names that would cover a more major one', () => {
    const labels = [
      { name: '和平街', at: [0, 0] as [number, number], rank: 3 },
      { name: '人民大道', at: [0, 0.5] as [number, number], rank: 2 },
      { name: '建设路', at: [0, 5] as [number, number], rank: 3 },
    ];
    // One degree is 10 px here; each box 40 × 20 px around its point.
    const kept = withoutOverlaps(labels, (l) => ({ x: l.at[1] * 10 - 20, y: l.at[0] * 10 - 10, width: 40, height: 20 }));
    expect(kept.map((l) => l.name)).toEqual(['人民大道', '建设路']);
  });

  it('finds the point halfway along a bent line', () => {
    const [lat, lon] = midpoint([[0, 0], [2, 0], [2, 2]]);
    expect(lat).toBeCloseTo(0, 9);
    expect(lon).toBeCloseTo(2, 9);
  });
});

import { describe, it, expect } from 'vitest';
import { clusterByCell } from './grid_cluster';

describe('clusterByCell', () => {
  it('merges points of one cell and keeps others apart', () => {
    const clusters = clusterByCell(
      [
        { x: 1, y: 1, item: 'a' },
        { x: 9, y: 9, item: 'b' },
        { x: 15, y: 1, item: 'c' },
      ],
      10,
    );
    expect(clusters).toHaveLength(2);
    const ab = clusters.find((c) => c.members.length === 2)!;
    expect(ab.members).toEqual(['a', 'b']);
    expect(ab.x).toBe(5);
    expect(ab.y).toBe(5);
  });

  it('handles negative pixel coordinates and no points', () => {
    expect(clusterByCell([], 50)).toEqual([]);
    const c = clusterByCell([{ x: -1, y: -1, item: 1 }, { x: 1, y: 1, item: 2 }], 50);
    expect(c).toHaveLength(2);
  });

  it('refuses a cell size that is not positive', () => {
    expect(() => clusterByCell([], 0)).toThrow(RangeError);
  });
});

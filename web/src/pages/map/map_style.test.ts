import { describe, it, expect } from 'vitest';
import { COLORS, caseColor, coverageColor, unitColor, unitStatus } from './map_style';

describe('map_style', () => {
  it('colours a unit by its worst case', () => {
    expect(unitStatus({ open: 5, overdue: 1 })).toBe('overdue');
    expect(unitStatus({ open: 5, overdue: 0 })).toBe('open');
    expect(unitStatus({ open: 0, overdue: 0 })).toBe('quiet');
    expect(unitColor({ open: 0, overdue: 2 })).toBe(COLORS.overdue);
  });

  it('colours cases: overdue first, then open or closed', () => {
    expect(caseColor({ open: true, overdue: true })).toBe(COLORS.overdue);
    expect(caseColor({ open: true, overdue: false })).toBe(COLORS.openCase);
    expect(caseColor({ open: false, overdue: false })).toBe(COLORS.closedCase);
  });

  it('ramps coverage from red to green and greys the unknown', () => {
    expect(coverageColor(0)).toBe('#d73027');
    expect(coverageColor(1)).toBe('#1a9850');
    expect(coverageColor(0.5)).toBe('#fee08b');
    expect(coverageColor(null)).toBe('#cccccc');
    expect(coverageColor(7)).toBe('#1a9850');
  });
});

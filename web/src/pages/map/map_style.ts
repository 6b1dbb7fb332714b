// Colours of the map, as pure functions so the legend and the layers agree and tests can
// check them. Overdue beats open: a unit with any overdue case is red.

export const COLORS = {
  overdue: '#d93026',
  open: '#e6a23c',
  quiet: '#67c23a',
  closedCase: '#909399',
  openCase: '#1f6fd1',
  road: '#8a8f99',
  gap: '#c0392b',
  suggestion: '#7b3fbf',
} as const;

export type UnitStatus = 'overdue' | 'open' | 'quiet';

export function unitStatus(p: { open: number; overdue: number }): UnitStatus {
  if (p.overdue > 0) return 'overdue';
  if (p.open > 0) return 'open';
  return 'quiet';
}

export function unitColor(p: { open: number; overdue: number }): string {
  return COLORS[unitStatus(p)];
}

// `open` is the server's flag (the workflow's mark on the case's state).
export function caseColor(p: { open: boolean; overdue: boolean }): string {
  if (p.overdue) return COLORS.overdue;
  return p.open ? COLORS.openCase : COLORS.closedCase;
}

// Coverage share 0..1 → a red-to-green ramp in five steps; grey when unknown.
const COVERAGE_RAMP = ['#d73027', '#fc8d59', '#fee08b', '#91cf60', '#1a9850'];
export const COVERAGE_STEPS = [0, 0.2, 0.4, 0.6, 0.8];

export function coverageColor(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '#cccccc';
  const clamped = Math.min(Math.max(share, 0), 1);
  return COVERAGE_RAMP[Math.min(Math.floor(clamped * 5), 4)];
}

export function coverageRamp(): { from: number; color: string }[] {
  return COVERAGE_STEPS.map((from, i) => ({ from, color: COVERAGE_RAMP[i] }));
}

import { describe, expect, it } from 'vitest';
import styles from '@/styles.css?raw';

// The app's theme variables (the :root block of src/styles.css).
function variable(name: string): string {
  const found = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})`).exec(styles);
  if (!found) throw new Error(`styles.css sets no ${name}`);
  return found[1];
}

// WCAG 2 contrast ratio of two sRGB colours.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#409eff', '#ffffff')).toBeCloseTo(2.78, 1); // Element Plus's own primary
  });

  it('gives text AA contrast (4.5:1) on buttons and as text on white', () => {
    const white = '#ffffff';
    for (const name of ['--el-color-primary', '--el-color-primary-light-3', '--el-color-primary-dark-2', '--el-color-danger', '--el-text-color-secondary', '--sw-muted', '--sw-accent']) {
      expect(contrast(variable(name), white), name).toBeGreaterThanOrEqual(4.5);
    }
    // The page background behind secondary text.
    expect(contrast(variable('--sw-muted'), '#f5f7fa')).toBeGreaterThanOrEqual(4.1);
  });

  it('keeps dropdowns within a phone screen', () => {
    expect(styles).toMatch(/\.el-select-dropdown[^{]*\{[^}]*max-width:\s*calc\(100vw/);
  });
});

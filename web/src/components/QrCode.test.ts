import { describe, it, expect } from 'vitest';
import { mount } from '@vue/test-utils';
import QrCode from './QrCode.vue';

function modules(path: string): Array<[number, number]> {
  return [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('QrCode', () => {
  it('draws the three finder patterns of a QR code inside a four-module quiet zone', () => {
    const text = 'otpauth://totp/Sanwang%3Aadmin?secret=JBSWY3DPEHPK3PXP&issuer=Sanwang';
    const svg = mount(QrCode, { props: { text, label: 'QR' } });
    const [, , w] = (svg.attributes('viewBox') ?? '').split(' ').map(Number);
    const n = w - 8; // modules of the symbol itself
    expect((n - 17) % 4).toBe(0); // versions grow by four modules: 21, 25, 29 …
    const dark = new Set(modules(svg.find('path').attributes('d') ?? '').map(([x, y]) => `${x},${y}`));
    // Each finder pattern's outer ring is dark, its inner ring light, its 3×3 core dark.
    for (const [x0, y0] of [[4, 4], [4 + n - 7, 4], [4, 4 + n - 7]]) {
      expect(dark.has(`${x0},${y0}`)).toBe(true);
      expect(dark.has(`${x0 + 6},${y0 + 6}`)).toBe(true);
      expect(dark.has(`${x0 + 1},${y0 + 1}`)).toBe(false);
      expect(dark.has(`${x0 + 3},${y0 + 3}`)).toBe(true);
    }
    for (const key of dark) {
      const [x, y] = key.split(',').map(Number);
      expect(x >= 4 && y >= 4 && x < 4 + n && y < 4 + n).toBe(true);
    }
  });

  it('changes with the text and names itself for screen readers', () => {
    const a = mount(QrCode, { props: { text: 'otpauth://totp/a?secret=AAAA', label: '扫码' } });
    const b = mount(QrCode, { props: { text: 'otpauth://totp/b?secret=BBBB', label: '扫码' } });
    expect(a.find('path').attributes('d')).not.toBe(b.find('path').attributes('d'));
    expect(a.attributes('aria-label')).toBe('扫码');
    expect(a.attributes('role')).toBe('img');
  });
});

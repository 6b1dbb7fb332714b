import { describe, it, expect } from 'vitest';
import { BOM, csvField, toCsv } from './csv_export';

describe('csv_export', () => {
  it('quotes commas, quotes and line breaks only', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('writes a header, CRLF rows and a leading BOM', () => {
    const csv = toCsv([{ n: '东社区', v: 3 }], [
      { header: '名称', value: (r) => r.n },
      { header: '数量', value: (r) => r.v },
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('名称,数量\r\n东社区,3\r\n');
  });
});

import { describe, it, expect } from 'vitest';
import { BOM, csvField, neutraliseFormula, toCsv } from './csv_export';

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

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+cmd')).toBe("'+cmd");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('keeps negative numbers as numbers', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('-3')).toBe('-3');
    expect(csvField('+1.5')).toBe('+1.5');
    expect(csvField('-2e3')).toBe('-2e3');
    expect(csvField('-')).toBe("'-");
  });
});

import { describe, expect, it } from 'vitest';
import { formatRate, formatYuan, formatYuanShort, parseYuan } from './money';

describe('formatYuan', () => {
  it('writes fen as yuan with two decimals and separators', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(123456789)).toBe('1,234,567.89');
    expect(formatYuan(2810000000)).toBe('28,100,000.00');
  });
  it('keeps the sign of a reversal', () => {
    expect(formatYuan(-1050)).toBe('-10.50');
  });
  it('refuses what is not a whole number of fen', () => {
    expect(formatYuan(1.5)).toBe('—');
  });
});

describe('formatYuanShort', () => {
  it('uses 亿 and 万 in Chinese', () => {
    expect(formatYuanShort(2810000000 * 10, 'zh')).toBe('2.81 亿元');
    expect(formatYuanShort(92000000000 / 100, 'zh')).toBe('920.0 万元');
    expect(formatYuanShort(1234, 'zh')).toBe('12.34 元');
  });
  it('writes whole yuan in English', () => {
    expect(formatYuanShort(92000000000, 'en')).toBe('¥920,000,000');
  });
});

describe('parseYuan', () => {
  it('reads yuan into integer fen without rounding errors', () => {
    expect(parseYuan('1234')).toBe(123400);
    expect(parseYuan('0.1')).toBe(10);
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1,234.56')).toBe(123456);
    expect(parseYuan(' １２３４．５ ')).toBe(123450);
    expect(parseYuan('20000000.01')).toBe(2000000001);
  });
  it('refuses what is not a positive amount with at most two decimals', () => {
    for (const bad of ['', 'abc', '-5', '1.234', '0', '0.00', '1e5', '12.']) {
      expect(parseYuan(bad)).toBeNull();
    }
  });
});

describe('formatRate', () => {
  it('writes a percentage with one decimal', () => {
    expect(formatRate(0.8765)).toBe('87.7%');
    expect(formatRate(0)).toBe('0.0%');
  });
  it('writes a dash when there is nothing to measure', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(Number.NaN)).toBe('—');
  });
});

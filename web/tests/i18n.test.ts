import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('messages', () => {
  it('has every key in both Chinese and English', () => {
    const zh = keys(messages.zh).sort();
    const en = keys(messages.en).sort();
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('has no empty message', () => {
    for (const locale of [messages.zh, messages.en]) {
      const empty = keys(locale).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], locale);
        return typeof v === 'string' && v.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});

// The map, dashboard and admin strings exist in both languages, key for key.
import { describe, it, expect } from 'vitest';
import zhMap from '@/i18n/zh/map';
import enMap from '@/i18n/en/map';
import zhDashboard from '@/i18n/zh/dashboard';
import enDashboard from '@/i18n/en/dashboard';
import zhAdmin from '@/i18n/zh/admin';
import enAdmin from '@/i18n/en/admin';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

describe('messages of the map, dashboard and admin pages', () => {
  it.each([
    ['map', zhMap, enMap],
    ['dashboard', zhDashboard, enDashboard],
    ['admin', zhAdmin, enAdmin],
  ])('%s has the same keys in Chinese and English', (_area, zh, en) => {
    expect(keys(en)).toEqual(keys(zh));
  });
});

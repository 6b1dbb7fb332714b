import { describe, it, expect } from 'vitest';
import { currentMonth, informationQuery, levelsAbove, PERIOD_PATTERN, rankingCsv, stateTag, wordLabel } from './information_view';

const LEVELS = [
  { code: 'district', name: '区级采用', name_en: 'Adopted by the district', points: 1, rank: 1, built_in: true },
  { code: 'city', name: '市级采用', name_en: 'Adopted by the city', points: 3, rank: 2, built_in: true },
  { code: 'province', name: '省级采用', name_en: 'Adopted by the province', points: 5, rank: 3, built_in: true },
];
const WORDS = {
  categories: [{ code: 'work_news', name: '工作动态', name_en: 'Work news', built_in: true }],
  levels: LEVELS,
  states: [],
  actions: [],
};

describe('information view', () => {
  it('asks for the review queue or a state, never both', () => {
    expect(informationQuery({ state: 'adopted', category: '', reviewQueue: false }, 2, 20)).toEqual({ page: 2, page_size: 20, state: 'adopted' });
    expect(informationQuery({ state: 'adopted', category: 'work_news', reviewQueue: true }, 1, 20)).toEqual({ page: 1, page_size: 20, queue: 'review', category: 'work_news' });
  });

  it('offers only the levels above the one an item reached', () => {
    expect(levelsAbove(LEVELS, { level: null }).map((l) => l.code)).toEqual(['district', 'city', 'province']);
    expect(levelsAbove(LEVELS, { level: 'city' }).map((l) => l.code)).toEqual(['province']);
    expect(levelsAbove(LEVELS, { level: 'province' })).toEqual([]);
  });

  it('names words in the language shown and falls back to the code', () => {
    expect(wordLabel(WORDS, 'categories', 'work_news', false)).toBe('工作动态');
    expect(wordLabel(WORDS, 'categories', 'work_news', true)).toBe('Work news');
    expect(wordLabel(WORDS, 'levels', 'nation', false)).toBe('nation');
    expect(wordLabel(WORDS, 'levels', null, false)).toBe('');
  });

  it('colours the states and knows the month in Shanghai', () => {
    expect(stateTag('adopted')).toBe('success');
    expect(stateTag('returned')).toBe('warning');
    expect(stateTag('submitted')).toBe('info');
    expect(currentMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12'); // 00:30 on 1 December in Shanghai
    expect(PERIOD_PATTERN.test('2026-11')).toBe(true);
    expect(PERIOD_PATTERN.test('2026-Q4')).toBe(true);
    expect(PERIOD_PATTERN.test('2026')).toBe(true);
    expect(PERIOD_PATTERN.test('2026-13')).toBe(false);
  });

  it('writes the ranking as CSV with a column per level and ties marked', () => {
    const csv = rankingCsv(
      {
        period: '2026-11', from: '2026-11-01', to: '2026-11-30', level: 'community',
        items: [
          { rank: 1, tied: true, unit: { code: 'C', name: '东社区' }, submitted: 3, adopted: 1, adopted_at_level: { city: 1 }, adoption_rate_percent: 33.3333, points: 3 },
          { rank: 1, tied: true, unit: { code: 'D', name: '=西社区' }, submitted: 3, adopted: 1, adopted_at_level: { city: 1 }, adoption_rate_percent: 33.3333, points: 3 },
          { rank: 3, tied: false, unit: { code: 'E', name: '南社区' }, submitted: 0, adopted: 0, adopted_at_level: {}, adoption_rate_percent: null, points: 0 },
        ],
      },
      LEVELS,
      { rank: '名次', unit: '单位', submitted: '报送', adopted: '采用', rate: '采用率%', points: '得分' },
      '并列',
    );
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('名次,单位,报送,采用,区级采用,市级采用,省级采用,采用率%,得分');
    expect(lines[1]).toBe('1 并列,东社区,3,1,0,1,0,33.33,3');
    expect(lines[2]).toBe("1 并列,'=西社区,3,1,0,1,0,33.33,3");
    expect(lines[3]).toBe('3,南社区,0,0,0,0,0,,0');
  });
});

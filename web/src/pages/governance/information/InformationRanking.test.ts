import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const account = vi.hoisted(() => ({ editor: true }));
vi.mock('@/api/session', () => ({
  mayI: (what: string) => what === 'information' || (what === 'information_review' && account.editor),
  session: { checked: true, user: { id: 3, username: 'supervisor', role: 'supervisor', can: { information: true } } },
}));
import InformationRanking from './InformationRanking.vue';
import { currentMonth } from './information_view';

const LEVELS = [
  { code: 'district', name: '区级采用', name_en: 'Adopted by the district', points: 1, rank: 1, built_in: true },
  { code: 'city', name: '市级采用', name_en: 'Adopted by the city', points: 3, rank: 2, built_in: true },
];
const RANKING = {
  period: '2026-11',
  from: '2026-11-01',
  to: '2026-11-30',
  level: 'community',
  items: [
    { rank: 1, tied: true, unit: { code: 'C', name: '东社区' }, submitted: 3, adopted: 1, adopted_at_level: { city: 1 }, adoption_rate_percent: 33.3333, points: 3 },
    { rank: 1, tied: true, unit: { code: 'D', name: '西社区' }, submitted: 3, adopted: 1, adopted_at_level: { city: 1 }, adoption_rate_percent: 33.3333, points: 3 },
  ],
};

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  account.editor = true;
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'information/ranking') return RANKING;
    if (path === 'information/reports') return { items: [] };
    throw new Error(path);
  });
});

function mountRanking() {
  return mountPage({ components: { InformationRanking }, template: '<InformationRanking :levels="levels" />', data: () => ({ levels: LEVELS }) });
}

describe('InformationRanking', () => {
  it("asks for this month's communities, shows ties and a column per level, and refuses a bad period", async () => {
    mountRanking();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('information/ranking', { period: currentMonth(), level: 'community' });
    const table = inBody('[data-test="ranking-table"]').textContent ?? '';
    expect(table).toContain('1 并列');
    expect(table).toContain('市级采用');
    expect(table).toContain('33.33');
    typeInto('[data-test="ranking-period"]', '2026-13');
    (inBody('[data-test="ranking-show"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledTimes(2); // the ranking and the notices, not the bad period
    typeInto('[data-test="ranking-period"]', '2026-Q4');
    (inBody('[data-test="ranking-show"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('information/ranking', { period: '2026-Q4', level: 'community' });
  });

  it('lets the editors publish the period shown with their closing remarks', async () => {
    calls.post.mockResolvedValue({ id: 4, period: '2026-11', level: 'community', number: '魏都区信息工作通报〔2026〕第 4 期', title: 't', published_at: '2026-12-02T09:00:00+08:00', pdf_sha256: 'a', xlsx_sha256: 'b', demo: false });
    mountRanking();
    await flushPromises();
    typeInto('[data-test="ranking-period"]', '2026-11');
    (inBody('[data-test="report-publish-open"]') as HTMLButtonElement).click();
    await flushPromises();
    typeInto('[data-test="report-closing"]', ' 请各社区按月报送。 ');
    (inBody('[data-test="report-publish"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('information/reports', { period: '2026-11', level: 'community', closing: '请各社区按月报送。' });
  });

  it('offers publishing to nobody but the editors', async () => {
    account.editor = false;
    mountRanking();
    await flushPromises();
    expect(document.body.querySelector('[data-test="report-publish-open"]')).toBeNull();
  });
});

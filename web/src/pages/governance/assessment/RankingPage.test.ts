import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls, typeInto } from '../../admin/test_support';
import { report, result, schemeDetail, summary, value, mountWithLinks } from './test_fixtures';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const account = vi.hoisted(() => ({ office: false, username: 'community' }));
vi.mock('@/api/session', () => ({
  mayI: (what: string) => what === 'ledger' || (what === 'ledger_plan' && account.office),
  session: {
    checked: true,
    get user() {
      return { id: 3, username: account.username, role: account.office ? 'supervisor' : 'community_staff', can: { ledger: true, ledger_plan: account.office } };
    },
  },
}));
import RankingPage from './RankingPage.vue';

const NUMBER_Q3 = '魏都区目标考评通报〔2026〕第 1 期';
const NUMBER_Q4 = '魏都区目标考评通报〔2026〕第 2 期';

// Q4 computed and not published, Q3 published; `published` lists what the server holds now.
function answerReads(published: Record<string, string> = {}) {
  calls.get.mockImplementation(async (path: string, query?: Record<string, unknown>) => {
    if (path === 'assessment/schemes') return { items: [schemeDetail()] };
    if (path === 'assessment/schemes/1') return schemeDetail();
    if (path === 'assessment/results') {
      expect(query).toEqual({ scheme: 1 });
      return { items: [summary(8, '2026-Q4', published['2026-Q4'] ?? null), summary(7, '2026-Q3', NUMBER_Q3)] };
    }
    if (path === 'assessment/results/8') return result(8, '2026-Q4', published['2026-Q4'] ?? null);
    if (path === 'assessment/results/7') return result(7, '2026-Q3', NUMBER_Q3);
    if (path === 'assessment/values') return { items: [value(1, 'supervisor', null), value(2, 'admin', null), value(3, 'admin', 'supervisor')] };
    if (path === 'org/units') return [];
    throw new Error(path);
  });
}

const rows = () => [...document.body.querySelectorAll('[data-test="ranking-table"] .el-table__body tr')];
const texts = (selector: string) => [...document.body.querySelectorAll(selector)].map((e) => e.textContent?.trim());

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-05T02:00:00Z'));
  account.office = false;
  account.username = 'community';
});
afterEach(() => vi.useRealTimers());

describe('RankingPage', () => {
  it('shows the newest period’s ranking with shared places, movement and missing data, and a unit’s breakdown', async () => {
    answerReads();
    mountWithLinks(RankingPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('assessment/results/8');
    expect(rows()).toHaveLength(3);
    expect(texts('[data-test="unit-rank"]')).toEqual(['1 并列', '1 并列', '3']);
    expect(texts('[data-test="unit-movement"]')).toEqual(['↑2', '↓1', '新上榜']);
    expect(texts('[data-test="unit-total"]')).toEqual(['91.50', '91.50', '70.25']);
    expect(document.body.querySelectorAll('[data-test="unit-incomplete"]')).toHaveLength(1);
    expect(document.body.querySelector('[data-test="assessment-own-lines"]')).toBeNull(); // all 3 of 3 units
    // A reader neither computes nor publishes.
    expect(document.body.querySelector('[data-test="assessment-compute"]')).toBeNull();
    expect(document.body.querySelector('[data-test="assessment-publish"]')).toBeNull();

    (rows()[2] as HTMLElement).click();
    await flushPromises();
    const drawer = inBody('[data-test="unit-breakdown"]');
    expect(document.body.textContent).toContain('南社区 · 得分明细');
    expect(texts('[data-test="indicator-points"]')).toEqual(['得分 55.71 / 60.00', '得分 0.00 / 40.00']);
    expect(texts('[data-test="indicator-raw"]')).toEqual(['92.5']);
    expect(drawer.textContent).toContain('无数据');
    expect(texts('[data-test="indicator-explanation"]')[0]).toContain('介于下限 60% 与目标 95% 之间');
  });

  it('says that before publication a unit sees only its own lines', async () => {
    answerReads();
    const own = result(8, '2026-Q4', null);
    const answered = calls.get.getMockImplementation()!;
    calls.get.mockImplementation(async (path: string, ...rest: unknown[]) =>
      path === 'assessment/results/8' ? { ...own, units: own.units.slice(2) } : answered(path, ...(rest as [])),
    );
    mountWithLinks(RankingPage);
    await flushPromises();
    expect(rows()).toHaveLength(1);
    expect(inBody('[data-test="assessment-own-lines"]').textContent).toContain('通报发布前只显示本单位及下级单位的排名');
  });

  it('marks a published period frozen with its number and its files, and offers neither compute of it nor publishing', async () => {
    account.office = true;
    answerReads({ '2026-Q4': NUMBER_Q4 });
    mountWithLinks(RankingPage);
    await flushPromises();
    expect(inBody('[data-test="assessment-frozen"]').textContent).toContain(`已通报 · ${NUMBER_Q4}`);
    expect(inBody('[data-test="result-pdf"]').getAttribute('href')).toBe('/api/v1/assessment/reports/38/pdf');
    expect(document.body.querySelector('[data-test="assessment-publish"]')).toBeNull();
    (inBody('[data-test="assessment-compute"]') as HTMLButtonElement).click();
    await flushPromises();
    const offered = texts('.el-select-dropdown__item span').filter((x) => /^\d{4}-Q\d$/.test(x ?? ''));
    expect(offered).not.toContain('2026-Q4');
    expect(offered).not.toContain('2026-Q3');
    expect(offered).toContain('2026-Q2');
  });

  it('lets the office compute the current period and publish it with its text once confirmed', async () => {
    account.office = true;
    answerReads();
    calls.post.mockImplementation(async (path: string) => {
      if (path === 'assessment/results') return result(8, '2026-Q4', null);
      if (path === 'assessment/results/8/publish') {
        answerReads({ '2026-Q4': NUMBER_Q4 });
        return report(38, NUMBER_Q4);
      }
      throw new Error(path);
    });
    mountWithLinks(RankingPage);
    await flushPromises();

    (inBody('[data-test="assessment-compute"]') as HTMLButtonElement).click();
    await flushPromises();
    (inBody('[data-test="compute-send"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('assessment/results', { scheme_id: 1, period: '2026-Q4' });

    (inBody('[data-test="assessment-publish"]') as HTMLButtonElement).click();
    await flushPromises();
    typeInto('[data-test="publish-opening"]', '  现将第四季度考评结果通报如下。 ');
    const send = inBody('[data-test="publish-send"]') as HTMLButtonElement;
    expect(send.disabled).toBe(true); // not before the office confirms
    send.click();
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalledWith('assessment/results/8/publish', expect.anything());
    (inBody('[data-test="publish-check"] input') as HTMLInputElement).click();
    await flushPromises();
    (inBody('[data-test="publish-send"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('assessment/results/8/publish', { opening: '现将第四季度考评结果通报如下。' });
    expect(inBody('[data-test="assessment-published"]').textContent).toContain(NUMBER_Q4);
    expect(inBody('[data-test="published-pdf"]').getAttribute('href')).toBe('/api/v1/assessment/reports/38/pdf');
    expect(inBody('[data-test="published-xlsx"]').getAttribute('href')).toBe('/api/v1/assessment/reports/38/xlsx');
    expect(inBody('[data-test="assessment-frozen"]').textContent).toContain(NUMBER_Q4);
    expect(document.body.querySelector('[data-test="assessment-publish"]')).toBeNull();
  });

  it('shows the server’s refusal of a period', async () => {
    account.office = true;
    answerReads();
    calls.post.mockRejectedValue(new ApiError(422, 'failed_precondition', '该期考评结果已发布，不能重新计算 the result is published already', 'period'));
    mountWithLinks(RankingPage);
    await flushPromises();
    (inBody('[data-test="assessment-compute"]') as HTMLButtonElement).click();
    await flushPromises();
    (inBody('[data-test="compute-send"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(document.body.querySelector('.el-message')?.textContent).toContain('该期考评结果已发布，不能重新计算');
  });

  it('lists the hand-entered values and offers to confirm only those someone else entered', async () => {
    account.office = true;
    account.username = 'admin';
    answerReads();
    // As the server refuses a value confirmed by the one who entered it (entered elsewhere, say).
    calls.post.mockRejectedValue(
      new ApiError(403, 'permission_denied', '数值须由录入人以外的人确认 the value must be confirmed by someone other than the one who entered it'),
    );
    mountWithLinks(RankingPage);
    await flushPromises();
    const tab = [...document.body.querySelectorAll<HTMLElement>('.el-tabs__item')].find((e) => e.textContent?.includes('人工录入'));
    tab!.click();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('assessment/values', { scheme: 1, period: '2026-Q4' });
    expect(texts('[data-test="value-status"]')).toEqual(['待确认', '待确认', 'supervisor 已确认']);
    const confirms = document.body.querySelectorAll<HTMLButtonElement>('[data-test="value-confirm"]');
    expect(confirms).toHaveLength(1); // the value supervisor entered; admin's own is not offered
    confirms[0].click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('assessment/values/1/confirm');
    expect(inBody('[data-test="values-error"]').textContent).toContain('数值须由录入人以外的人确认');

    // Entering needs every field: nothing is sent without them.
    calls.post.mockClear();
    (inBody('[data-test="value-send"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    expect(inBody('[data-test="values-error"]').textContent).toContain('请填写单位、指标、数值和依据');
  });
});

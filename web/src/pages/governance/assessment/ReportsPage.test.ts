import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls } from '../../admin/test_support';
import { mountWithLinks, report } from './test_fixtures';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
vi.mock('@/api/session', () => ({ session: { checked: true, user: null } }));
import ReportsPage from './ReportsPage.vue';

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('ReportsPage', () => {
  it('lists the published notices newest first with their number, period, date and files, to anyone', async () => {
    const older = { ...report(31, '魏都区目标考评通报〔2026〕第 1 期'), period: '2026-Q3', published_at: '2026-10-08T09:00:00+08:00', demo: true };
    calls.get.mockResolvedValue({ items: [report(32, '魏都区目标考评通报〔2026〕第 2 期'), older] });
    mountWithLinks(ReportsPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('assessment/reports');
    const items = document.body.querySelectorAll('[data-test="report-item"]');
    expect(items).toHaveLength(2);
    expect([...document.body.querySelectorAll('[data-test="report-number"]')].map((e) => e.textContent)).toEqual([
      '魏都区目标考评通报〔2026〕第 2 期',
      '魏都区目标考评通报〔2026〕第 1 期',
    ]);
    expect(items[1].textContent).toContain('2026-Q3');
    expect(items[1].textContent).toContain('2026-10-08');
    expect(items[1].textContent).toContain('演示');
    expect(items[0].querySelector('[data-test="report-pdf"]')!.getAttribute('href')).toBe('/api/v1/assessment/reports/32/pdf');
    expect(items[0].querySelector('[data-test="report-xlsx"]')!.getAttribute('href')).toBe('/api/v1/assessment/reports/32/xlsx');
    expect(inBody('[data-test="reports-sign-in"]').textContent).toContain('工作人员登录');
  });

  it('says when nothing is published and when the list cannot be read', async () => {
    calls.get.mockResolvedValueOnce({ items: [] });
    mountWithLinks(ReportsPage);
    await flushPromises();
    expect(document.body.textContent).toContain('尚无发布的考评通报');

    resetCalls();
    calls.get.mockRejectedValueOnce(new ApiError(503, 'unavailable', ''));
    mountWithLinks(ReportsPage);
    await flushPromises();
    expect(inBody('[role="alert"]').textContent).toContain(i18n.global.t('common.errors.unavailable'));
  });
});

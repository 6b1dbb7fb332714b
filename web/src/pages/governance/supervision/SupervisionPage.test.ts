import { describe, it, expect, beforeEach, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import SupervisionPage from './SupervisionPage.vue';

function notice(id: number, allowed: string[], extra: Record<string, unknown> = {}) {
  return {
    id,
    milestone: { id: 40 + id, name: `节点${id}`, due_on: '2026-11-27' },
    level: 1,
    level_label: '提醒 Reminder',
    reason: 'overdue',
    reason_label: '逾期未完成 Past due',
    note: '',
    unit: { code: '411002001001', name: '东社区' },
    leader: { username: 'leader', name: '张副区长' },
    opened_at: '2026-11-30T09:00:00+08:00',
    opened_by: null,
    answer_by: '2026-12-02T15:30:00+08:00',
    answered_at: null,
    answered_by: null,
    answer: '',
    active: true,
    closed_at: null,
    closed_reason: null,
    previous_id: null,
    allowed_actions: allowed,
    demo: false,
    ...extra,
  };
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('SupervisionPage', () => {
  it('offers only the actions the server allows and answers a notice with the text typed', async () => {
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'ledger/notices') return { items: [notice(5, ['answer']), notice(6, [])], total: 2, page: 1, page_size: 20 };
      throw new Error(path);
    });
    calls.post.mockResolvedValue(notice(5, [], { answered_at: '2026-11-30T10:00:00+08:00' }));
    mountPage(SupervisionPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('ledger/notices', { page: 1, page_size: 20, active: 'true' });
    const answers = document.body.querySelectorAll('[data-test="notice-answer"]');
    expect(answers).toHaveLength(1);
    expect(document.body.querySelectorAll('[data-test="notice-escalate"]')).toHaveLength(0);
    (answers[0] as HTMLButtonElement).click();
    await flushPromises();
    (inBody('[data-test="notice-send"]') as HTMLButtonElement).click();  // nothing typed: not sent
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    typeInto('[data-test="notice-text"]', '  已安排专人推进  ');
    (inBody('[data-test="notice-send"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('ledger/notices/5/answer', { answer: '已安排专人推进' });
  });

  it('shows how late each milestone is and who was told', async () => {
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'ledger/notices') return { items: [], total: 0, page: 1, page_size: 20 };
      if (path === 'ledger/accountability') {
        return {
          items: [
            {
              milestone: { name: '完成摸底排查', project: { id: 1, name: '基层治理' }, task: { id: 2, name: '网格化治理提升', starts_on: '2026-01-01' }, unit: { code: 'C', name: '东社区' }, leader: null },
              late_since: '2026-11-25',
              working_days_late: 3,
              notices: [notice(7, [], { level: 2, level_label: '督办 Supervision' })],
            },
          ],
          total: 1,
          page: 1,
          page_size: 20,
        };
      }
      throw new Error(path);
    });
    mountPage(SupervisionPage);
    await flushPromises();
    const tab = [...document.body.querySelectorAll<HTMLElement>('.el-tabs__item')].find((e) => e.textContent?.includes('责任追究'));
    tab!.click();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('ledger/accountability', { page: 1, page_size: 20 });
    expect(inBody('[data-test="days-late"]').textContent).toContain('已逾期 3 个工作日');
    expect(inBody('[data-test="accountability-table"]').textContent).toContain('督办');
  });
});

import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { h } from 'vue';
import { ElMessageBox } from 'element-plus';
import { i18n } from '@/i18n';
import { ApiError } from '@/api/client';
import { calls, inBody, mountPage, resetCalls } from '../../admin/test_support';
import type { SpendingInChain } from './budget_api';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import SpendingActions from './SpendingActions.vue';
import ApprovalQueue from './ApprovalQueue.vue';
import OverdueSpending from './OverdueSpending.vue';

const NONE = { may_approve: false, may_return: false, may_resubmit: false, may_withdraw: false, may_reverse: false, may_attach: false, may_supervise: false };

function record(state: string, flags: Partial<typeof NONE>): SpendingInChain {
  return {
    id: 9,
    line_id: 5,
    amount_fen: 120000,
    purpose: '党员活动室桌椅',
    payee: '许昌某家具店',
    spent_on: '2026-11-05',
    note: '',
    created_at: '2026-11-05T10:00:00+08:00',
    created_by_name: '和平社区',
    reverses_id: null,
    reversed: false,
    state,
    return_reason: state === 'returned' ? '发票抬头有误' : '',
    state_label: state,
    unit_code: 'C1',
    unit_name: '和平社区',
    year: 2026,
    category: 'party_building',
    category_name: '党建经费',
    step_due: state === 'returned' ? null : '2026-12-02T17:30:00+08:00',
    overdue: false,
    supervised: false,
    ...NONE,
    ...flags,
  };
}

function shown(): string[] {
  return [...document.body.querySelectorAll('[data-test^="spending-"]')].map((b) => b.getAttribute('data-test') ?? '');
}

beforeEach(() => {
  resetCalls();
  vi.restoreAllMocks();
  i18n.global.locale.value = 'zh';
  document.body.innerHTML = '';
});

describe('SpendingActions', () => {
  it('shows only the steps the server’s flags allow', async () => {
    const approver = mountPage({ render: () => h(SpendingActions, { record: record('street_review', { may_approve: true, may_return: true }) }) });
    await flushPromises();
    expect(shown()).toEqual(['spending-approve', 'spending-return']);
    approver.unmount();
    const keeper = mountPage({ render: () => h(SpendingActions, { record: record('returned', { may_resubmit: true, may_withdraw: true }) }) });
    await flushPromises();
    expect(shown()).toEqual(['spending-resubmit', 'spending-withdraw']);
    keeper.unmount();
    const reader = mountPage({ render: () => h(SpendingActions, { record: record('street_review', {}) }) });
    await flushPromises();
    expect(shown()).toEqual([]);
    reader.unmount();
  });

  it('approves at once and returns only with a reason', async () => {
    calls.post.mockResolvedValue(record('district_review', {}));
    const changed = vi.fn();
    const prompt = vi.spyOn(ElMessageBox, 'prompt').mockResolvedValue({ value: ' 发票抬头有误 ', action: 'confirm' } as never);
    const page = mountPage({ render: () => h(SpendingActions, { record: record('street_review', { may_approve: true, may_return: true }), onChanged: changed }) });
    await flushPromises();
    inBody('[data-test="spending-approve"]').click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('budget/spending/9/approve', {});
    inBody('[data-test="spending-return"]').click();
    await flushPromises();
    expect(prompt).toHaveBeenCalled();
    const validator = prompt.mock.calls[0][2]?.inputValidator as (v: string) => boolean | string;
    expect(validator('  ')).toBe('必填');
    expect(calls.post).toHaveBeenCalledWith('budget/spending/9/return', { reason: '发票抬头有误' });
    expect(changed).toHaveBeenCalledTimes(2);
    page.unmount();
  });

  it('shows the server’s refusal when another approver was first, and reloads the record', async () => {
    calls.post.mockRejectedValue(new ApiError(409, 'conflict', '支出记录已被他人处理，请刷新后重试 the spending record was moved by someone else'));
    const changed = vi.fn();
    const page = mountPage({ render: () => h(SpendingActions, { record: record('street_review', { may_approve: true }), onChanged: changed }) });
    await flushPromises();
    inBody('[data-test="spending-approve"]').click();
    await flushPromises();
    expect(document.body.textContent).toContain('已被他人处理');
    expect(changed).toHaveBeenCalled();
    page.unmount();
  });

  it('supervises only with a reason, and only when the server offers it', async () => {
    calls.post.mockResolvedValue(record('street_review', { supervised: true } as never));
    const changed = vi.fn();
    const prompt = vi.spyOn(ElMessageBox, 'prompt').mockResolvedValue({ value: ' 群众反映经费未到位 ', action: 'confirm' } as never);
    const page = mountPage({ render: () => h(SpendingActions, { record: record('street_review', { may_supervise: true }), onChanged: changed }) });
    await flushPromises();
    expect(shown()).toEqual(['spending-supervise']);
    inBody('[data-test="spending-supervise"]').click();
    await flushPromises();
    const validator = prompt.mock.calls[0][2]?.inputValidator as (v: string) => boolean | string;
    expect(validator(' ')).toBe('必填');
    expect(calls.post).toHaveBeenCalledWith('budget/spending/9/supervise', { reason: '群众反映经费未到位' });
    expect(changed).toHaveBeenCalledTimes(1);
    page.unmount();
  });

  it('hands a returned record to the edit form rather than sending anything', async () => {
    const edit = vi.fn();
    const returned = record('returned', { may_resubmit: true });
    const page = mountPage({ render: () => h(SpendingActions, { record: returned, onEdit: edit }) });
    await flushPromises();
    inBody('[data-test="spending-resubmit"]').click();
    await flushPromises();
    expect(edit).toHaveBeenCalledWith(returned);
    expect(calls.post).not.toHaveBeenCalled();
    page.unmount();
  });
});

describe('ApprovalQueue', () => {
  it('lists what waits with the return reason, and hides itself when nothing waits', async () => {
    calls.get.mockResolvedValue({ items: [record('returned', { may_resubmit: true })] });
    const page = mountPage({ render: () => h(ApprovalQueue) });
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('budget/spending/todo');
    expect(inBody('[data-test="approval-queue"]').textContent).toContain('发票抬头有误');
    expect(inBody('[data-test="approval-queue"]').textContent).toContain('1,200.00');
    page.unmount();
    calls.get.mockResolvedValue({ items: [] });
    const empty = mountPage({ render: () => h(ApprovalQueue) });
    await flushPromises();
    expect(document.body.querySelector('[data-test="approval-queue"]')).toBeNull();
    empty.unmount();
  });
});

describe('OverdueSpending', () => {
  it('lists the overdue records with their deadline and flag, and hides itself when none is late', async () => {
    const late = { ...record('street_review', { may_supervise: true }), overdue: true, supervised: true };
    calls.get.mockResolvedValue({ items: [late], total: 1, page: 1, page_size: 20 });
    const page = mountPage({ render: () => h(OverdueSpending) });
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('budget/spending/overdue', { page: 1, page_size: 20 });
    const text = inBody('[data-test="overdue-spending"]').textContent ?? '';
    expect(text).toContain('逾期未审批');
    expect(text).toContain('已逾期');
    expect(text).toContain('已督办');
    expect(text).toContain('2026-12-02 17:30');
    expect(shown()).toEqual(['spending-supervise']);
    page.unmount();
    calls.get.mockResolvedValue({ items: [], total: 0, page: 1, page_size: 20 });
    const none = mountPage({ render: () => h(OverdueSpending) });
    await flushPromises();
    expect(document.body.querySelector('[data-test="overdue-spending"]')).toBeNull();
    none.unmount();
  });
});

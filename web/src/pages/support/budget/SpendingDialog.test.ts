import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { h } from 'vue';
import { i18n } from '@/i18n';
import { ApiError } from '@/api/client';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../../admin/test_support';
import type { BudgetLine } from './budget_api';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import SpendingDialog from './SpendingDialog.vue';

const LINE: BudgetLine = {
  id: 5,
  year: 2026,
  unit_code: 'C1',
  unit_name: '和平社区',
  category: 'party_building',
  category_name: '党建经费',
  amount_fen: 1000000,
  allocated_fen: 0,
  spent_fen: 300000,
  pending_fen: 100000,
  remaining_fen: 600000,
  parent_id: 2,
  may_spend: true,
  may_allocate: false,
};

function fill(amount: string): void {
  typeInto('[data-test="spending-amount"] ', amount);
  typeInto('[data-test="spending-purpose"]', '党员活动室桌椅');
  typeInto('[data-test="spending-payee"]', '许昌某家具店');
}

async function mountOpen(done = vi.fn()) {
  const page = mountPage({ render: () => h(SpendingDialog, { line: LINE, modelValue: true, onDone: done }) });
  await flushPromises();
  return page;
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('SpendingDialog', () => {
  it('refuses, before sending, an amount above what the line has left or one that is not money', async () => {
    const page = await mountOpen();
    fill('6000.01');
    await flushPromises();
    (inBody('[data-test="spending-save"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(document.body.textContent).toContain('超过余额（余额 6,000.00 元）');
    fill('12.345');
    await flushPromises();
    (inBody('[data-test="spending-save"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(document.body.textContent).toContain('最多两位小数');
    expect(calls.post).not.toHaveBeenCalled();
    page.unmount();
  });

  it('asks for the date before sending, then shows the server’s refusal when the line ran out meanwhile', async () => {
    calls.post.mockRejectedValue(new ApiError(422, 'failed_precondition', '预算余额不足 the line has only 100 分 left'));
    const page = await mountOpen();
    fill('100');
    await flushPromises();
    (inBody('[data-test="spending-save"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    expect(inBody('[data-test="error-spent-on"]').textContent).toContain('必填');
    const date = inBody('#spending-date') as HTMLInputElement;
    date.value = '2026-03-05';
    date.dispatchEvent(new Event('input'));
    date.dispatchEvent(new Event('change'));
    date.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter' }));
    await flushPromises();
    (inBody('[data-test="spending-save"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('budget/lines/5/spending', {
      amount_fen: 10000,
      purpose: '党员活动室桌椅',
      payee: '许昌某家具店',
      spent_on: '2026-03-05',
      note: '',
    });
    expect(document.body.textContent).toContain('预算余额不足');
    page.unmount();
  });
});

describe('SpendingDialog resubmitting a returned record', () => {
  it('starts from the record as it was and sends it edited to resubmit', async () => {
    calls.post.mockResolvedValue({});
    const returned = {
      id: 9, line_id: 5, amount_fen: 120050, purpose: '党员活动室桌椅', payee: '许昌某家具店', spent_on: '2026-11-05', note: '',
      created_at: '2026-11-05T10:00:00+08:00', created_by_name: '和平社区', reverses_id: null, reversed: false,
      state: 'returned', return_reason: '发票抬头有误', state_label: '已退回', unit_code: 'C1', unit_name: '和平社区', year: 2026,
      category: 'party_building', category_name: '党建经费', may_approve: false, may_return: false, may_resubmit: true,
      may_withdraw: true, may_reverse: false, may_attach: true, may_supervise: false, step_due: null, overdue: false,
      supervised: false,
    };
    const done = vi.fn();
    const page = mountPage({ render: () => h(SpendingDialog, { line: null, record: returned, modelValue: true, onDone: done }) });
    await flushPromises();
    expect(inBody('[data-test="resubmit-context"]').textContent).toContain('发票抬头有误');
    const host = inBody('[data-test="spending-amount"]');
    const amount = (host.tagName === 'INPUT' ? host : host.querySelector('input')) as HTMLInputElement;
    expect(amount.value).toBe('1200.50');
    typeInto('[data-test="spending-payee"]', '许昌某家具有限公司');
    await flushPromises();
    (inBody('[data-test="spending-save"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('budget/spending/9/resubmit', {
      amount_fen: 120050,
      purpose: '党员活动室桌椅',
      payee: '许昌某家具有限公司',
      spent_on: '2026-11-05',
      note: '',
    });
    expect(done).toHaveBeenCalled();
    page.unmount();
  });
});

// The admins' outbox page against a stand-in server: the list and its filter and pages, the
// card list on a phone, and sending a given-up message again after a confirmation.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls } from './test_support';
import type { OutboxMessage } from './outbox_api';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import OutboxPage from './OutboxPage.vue';

const message = (id: number, state: OutboxMessage['state'], extra: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id,
  channel: 'email',
  kind: 'case_resolved',
  user_id: 31,
  subject: '您反映的诉求已办结，请评价',
  state,
  attempts: state === 'dead' ? 2 : 1,
  not_before: '2026-03-02T09:30:30+08:00',
  last_error: state === 'sent' ? '' : 'SMTP: Couldn\'t connect to server',
  created_at: '2026-03-02T09:30:00+08:00',
  sent_at: state === 'sent' ? '2026-03-02T09:30:05+08:00' : null,
  ...extra,
});

const MESSAGES = [message(9, 'dead'), message(8, 'pending', { channel: 'sms', kind: 'case_accepted' }), message(7, 'sent', { channel: 'wechat' })];

function serve(items: OutboxMessage[] = MESSAGES, total = items.length): void {
  calls.get.mockImplementation(async (path: string, query?: Record<string, unknown>) => {
    if (path === 'admin/outbox') return { items, total, page: query?.page, page_size: query?.page_size };
    throw new Error(path);
  });
}

const listCalls = () => calls.get.mock.calls.filter(([path]) => path === 'admin/outbox');

async function openPage() {
  const page = mountPage(OutboxPage);
  await flushPromises();
  return page;
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  serve();
});

describe('OutboxPage', () => {
  it('lists the messages with their channel, state and when the waiting one is next due', async () => {
    const page = await openPage();
    expect(calls.get).toHaveBeenCalledWith('admin/outbox', { page: 1, page_size: 20 });
    const rows = page.findAll('[data-test="outbox-table"] .el-table__body tr');
    expect(rows).toHaveLength(3);
    expect(rows[0].text()).toContain('邮件');
    expect(rows[0].text()).toContain('case_resolved');
    expect(rows[0].text()).toContain('31');
    expect(rows[0].text()).toContain("Couldn't connect");
    expect(rows[1].text()).toContain('短信');
    expect(rows[1].text()).toContain('2026-03-02 09:30');
    expect(rows[2].text()).toContain('微信');
    expect(page.get('[data-test="outbox-state-9"]').text()).toBe('已放弃');
    expect(page.get('[data-test="outbox-state-9"]').classes()).toContain('el-tag--danger');
    expect(page.get('[data-test="outbox-state-8"]').text()).toBe('待发送');
    expect(page.get('[data-test="outbox-state-7"]').classes()).toContain('el-tag--success');
    // Only the given-up message is offered again.
    expect(page.find('[data-test="outbox-retry-9"]').exists()).toBe(true);
    expect(page.find('[data-test="outbox-retry-8"]').exists()).toBe(false);
    expect(page.find('[data-test="outbox-retry-7"]').exists()).toBe(false);
    expect(page.get('[data-test="outbox-total"]').text()).toBe('共 3 条');
    page.unmount();
  });

  it('asks for the state chosen, from the first page, and turns the pages', async () => {
    serve(MESSAGES, 45);
    const page = await openPage();
    inBody('[data-test="outbox-pager"] .btn-next').click();
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('admin/outbox', { page: 2, page_size: 20 });

    await page.get('[data-test="outbox-state"]').trigger('click');
    await flushPromises();
    const dead = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === '已放弃');
    dead!.click();
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('admin/outbox', { page: 1, page_size: 20, state: 'dead' });

    await page.get('[data-test="outbox-state"]').trigger('click');
    await flushPromises();
    [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === '全部状态')!.click();
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('admin/outbox', { page: 1, page_size: 20 });
    page.unmount();
  });

  it('sends a given-up message again after confirming, and reads the list again', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
    calls.post.mockResolvedValue(message(9, 'pending', { attempts: 0 }));
    const page = await openPage();
    await page.get('[data-test="outbox-retry-9"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(String(confirm.mock.calls[0][0])).toContain('消息 9');
    expect(calls.post).toHaveBeenCalledWith('admin/outbox/9/retry');
    expect(listCalls()).toHaveLength(2);
    expect(inBody('.el-message--success').textContent).toContain('消息 9 已重新排队发送');
    confirm.mockRestore();
    page.unmount();
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel');
    const page = await openPage();
    await page.get('[data-test="outbox-retry-9"]').trigger('click');
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    expect(listCalls()).toHaveLength(1);
    confirm.mockRestore();
    page.unmount();
  });

  it('shows the refusal of a message that is no longer given up, and the list as it is now', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
    calls.post.mockRejectedValue(new ApiError(409, 'conflict', '只能重试已放弃的消息 only a dead message is sent again; this one is pending'));
    const page = await openPage();
    await page.get('[data-test="outbox-retry-9"]').trigger('click');
    await flushPromises();
    expect(inBody('.el-message--error').textContent).toContain('只能重试已放弃的消息');
    expect(listCalls()).toHaveLength(2);
    confirm.mockRestore();
    page.unmount();
  });

  it('shows an error state when the server refuses the list', async () => {
    calls.get.mockRejectedValue(new ApiError(403, 'permission_denied', 'admins only'));
    const page = await openPage();
    expect(page.get('[role="alert"]').text()).toContain('没有权限');
    page.unmount();
  });
});

describe('OutboxPage on a phone', () => {
  beforeEach(() => {
    window.matchMedia = vi.fn().mockReturnValue({ matches: true, addEventListener: vi.fn(), removeEventListener: vi.fn() });
  });
  afterEach(() => {
    // @ts-expect-error: jsdom has no matchMedia; the page then shows the table
    delete window.matchMedia;
  });

  it('shows a card per message instead of the wide table, with the retry on the given-up one', async () => {
    const page = await openPage();
    expect(page.find('[data-test="outbox-table"]').exists()).toBe(false);
    const cards = page.findAll('[data-test="outbox-cards"] article');
    expect(cards).toHaveLength(3);
    expect(cards[0].text()).toContain('#9 · 邮件');
    expect(cards[0].text()).toContain('您反映的诉求已办结');
    expect(cards[0].find('[data-test="outbox-retry-9"]').exists()).toBe(true);
    expect(cards[1].text()).toContain('下次发送');
    expect(cards[2].text()).toContain('发送时间');
    page.unmount();
  });
});

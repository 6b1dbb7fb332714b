import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import InboxPage from '@/pages/workbench/InboxPage.vue';
import CaseDetailPage from '@/pages/workbench/CaseDetailPage.vue';
import { i18n } from '@/i18n';
import { mountPage, sampleCase, stubFetch } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const tabCounts = { to_accept: 3, in_progress: 5, due_soon: 1, overdue: 2, closed: 40 };
const counts = { ...tabCounts, tabs: Object.keys(tabCounts) };

describe('InboxPage', () => {
  it('shows the five tabs with their counts and lists the tab’s cases', async () => {
    const calls = stubFetch({
      'GET /api/v1/cases/tab-counts': { json: counts },
      'GET /api/v1/cases': { json: { items: [sampleCase], total: 1, page: 1, page_size: 20 } },
    });
    const { wrapper } = await mountPage(InboxPage, '/workbench');
    for (const [tab, n] of Object.entries(tabCounts)) expect(wrapper.find(`[data-test="tab-${tab}"]`).text()).toContain(String(n));
    expect(wrapper.find('[data-test="tab-to_accept"]').text()).toContain('待签收');
    expect(wrapper.text()).toContain('楼道灯坏了');
    expect(calls.find((c) => c.url.startsWith('/api/v1/cases?'))?.url).toContain('tab=to_accept');
  });

  it('asks for the chosen tab', async () => {
    const calls = stubFetch({
      'GET /api/v1/cases/tab-counts': { json: counts },
      'GET /api/v1/cases': { json: { items: [], total: 0, page: 1, page_size: 20 } },
    });
    const { wrapper } = await mountPage(InboxPage, '/workbench');
    await wrapper.find('#tab-overdue').trigger('click');
    await flushPromises();
    expect(calls.some((c) => c.url.includes('tab=overdue'))).toBe(true);
  });

  it('signs for the selected cases in one request and reports failures', async () => {
    const second = { ...sampleCase, id: 8, title: '路灯不亮' };
    const calls = stubFetch({
      'GET /api/v1/cases/tab-counts': { json: counts },
      'GET /api/v1/cases': { json: { items: [sampleCase, second], total: 2, page: 1, page_size: 20 } },
      'POST /api/v1/cases/bulk-transitions': {
        json: { results: [{ id: 7, ok: true, version: 3 }, { id: 8, ok: false, error: { code: 'failed_precondition', message: 'already accepted' } }] },
      },
    });
    const { wrapper } = await mountPage(InboxPage, '/workbench');
    const boxes = wrapper.findAll('.el-table__body .el-checkbox__original');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) await box.setValue(true);
    await flushPromises();
    await wrapper.find('[data-test="bulk-accept"]').trigger('click');
    await flushPromises();
    const bulk = calls.find((c) => c.url === '/api/v1/cases/bulk-transitions');
    expect(bulk?.body).toEqual({ ids: [7, 8], action: 'accept' });
    expect(wrapper.text()).toContain('#8: already accepted');
  });

  it('shows an error with retry when the list fails', async () => {
    stubFetch({
      'GET /api/v1/cases/tab-counts': { json: counts },
      'GET /api/v1/cases': { status: 503, json: { error: { code: 'unavailable', message: 'database busy' } } },
    });
    const { wrapper } = await mountPage(InboxPage, '/workbench');
    expect(wrapper.find('[role="alert"]').text()).toContain('服务暂不可用: database busy');
    expect(wrapper.text()).toContain('重试');
  });
});

describe('CaseDetailPage', () => {
  it('offers exactly the actions the server allows, with the masked reporter', async () => {
    stubFetch({
      'GET /api/v1/cases/7': { json: sampleCase },
      'GET /api/v1/cases/7/events': { json: { items: [{ seq: 1, action: 'submit', from_state: '', to_state: 'submitted', actor_role: 'resident', unit: null, note: '', data: {}, at: '2026-03-02T09:00:00+08:00' }] } },
      'GET /api/v1/cases/7/photos': { json: { items: [] } },
    });
    const { wrapper } = await mountPage(CaseDetailPage, '/workbench/cases/7');
    const buttons = wrapper.findAll('[data-test^="action-"]').map((b) => b.attributes('data-test'));
    expect(buttons).toEqual(['action-accept', 'action-return']);
    expect(wrapper.find('[data-test="reporter"]').text()).toContain('138****0000');
    expect(wrapper.find('[data-test="reporter"]').text()).toContain('已脱敏');
  });

  it('refuses to send a return without a reason, then sends it', async () => {
    const calls = stubFetch({
      'GET /api/v1/cases/7': { json: sampleCase },
      'GET /api/v1/cases/7/events': { json: { items: [] } },
      'GET /api/v1/cases/7/photos': { json: { items: [] } },
      'POST /api/v1/cases/7/transitions': { json: { ...sampleCase, state: 'returned', allowed_actions: [] } },
    });
    const { wrapper } = await mountPage(CaseDetailPage, '/workbench/cases/7');
    await wrapper.find('[data-test="action-return"]').trigger('click');
    await flushPromises();
    const confirm = document.querySelector<HTMLButtonElement>('[data-test="action-confirm"]');
    confirm?.click();
    await flushPromises();
    expect(document.body.textContent).toContain('退单理由不能为空');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    const note = document.querySelector<HTMLTextAreaElement>('#action-note');
    note!.value = '不属于本网格';
    note!.dispatchEvent(new Event('input'));
    confirm?.click();
    await flushPromises();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ action: 'return', note: '不属于本网格' });
  });

  it('flags a possible duplicate and merges into it with the original’s number filled in', async () => {
    const duplicate = { ...sampleCase, state: 'accepted', allowed_actions: ['resolve', 'merge'], possible_duplicate_of: { id: 3, distance_m: 12.4, similarity: 0.61 } };
    const calls = stubFetch({
      'GET /api/v1/cases/7': { json: duplicate },
      'GET /api/v1/cases/7/events': { json: { items: [] } },
      'GET /api/v1/cases/7/photos': { json: { items: [] } },
      'POST /api/v1/cases/7/transitions': { json: { ...duplicate, state: 'closed', open: false, allowed_actions: [] } },
    });
    const { wrapper } = await mountPage(CaseDetailPage, '/workbench/cases/7');
    expect(wrapper.find('[data-test="possible-duplicate"]').text()).toContain('#3');
    expect(wrapper.find('[data-test="possible-duplicate"]').text()).toContain('61%');
    await wrapper.find('[data-test="action-merge"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-test="action-confirm"]')?.click();
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'merge', target_case_id: 3 });
  });

  it('shows the server’s refusal for a case outside the user’s scope', async () => {
    stubFetch({
      'GET /api/v1/cases/9': { status: 404, json: { error: { code: 'not_found', message: 'no case 9' } } },
      'GET /api/v1/cases/9/events': { status: 404, json: { error: { code: 'not_found', message: 'no case 9' } } },
    });
    const { wrapper } = await mountPage(CaseDetailPage, '/workbench/cases/9');
    expect(wrapper.find('[data-test="case-refused"]').text()).toContain('无法查看案件 #9');
    expect(wrapper.find('[data-test="case-refused"]').text()).toContain('不在您的辖区内');
    expect(wrapper.find('[data-test="case-actions"]').exists()).toBe(false);
  });

  describe('follow button (关注)', () => {
    const base = {
      'GET /api/v1/cases/7': { json: sampleCase },
      'GET /api/v1/cases/7/events': { json: { items: [] } },
      'GET /api/v1/cases/7/photos': { json: { items: [] } },
    };

    it('reads whether the account follows the case, and follows and unfollows it', async () => {
      const calls = stubFetch({
        ...base,
        'GET /api/v1/cases/7/watch': { json: { id: 7, watching: false } },
        'POST /api/v1/cases/7/watch': { json: { id: 7, watching: true } },
        'POST /api/v1/cases/7/unwatch': { json: { id: 7, watching: false } },
      });
      const { wrapper } = await mountPage(CaseDetailPage, '/workbench/cases/7');
      const button = () => wrapper.get('[data-test="case-watch"]');
      expect(button().text()).toBe('关注');
      expect(button().attributes('aria-pressed')).toBe('false');

      await button().trigger('click');
      await flushPromises();
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/v1/cases/7/watch']);
      expect(button().text()).toBe('已关注');
      expect(button().attributes('aria-pressed')).toBe('true');

      await button().trigger('click');
      await flushPromises();
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/v1/cases/7/watch', '/api/v1/cases/7/unwatch']);
      expect(button().text()).toBe('关注');

      i18n.global.locale.value = 'en';
      await flushPromises();
      expect(button().text()).toBe('Follow');
      i18n.global.locale.value = 'zh';
    });

    it('shows the server’s refusal at the most cases one may follow, and stays unfollowed', async () => {
      stubFetch({
        ...base,
        'GET /api/v1/cases/7/watch': { json: { id: 7, watching: false } },
        'POST /api/v1/cases/7/watch': {
          status: 422,
          json: { error: { code: 'failed_precondition', message: '关注的案件已达上限 500 件 you follow 500 cases, the most', field: '' } },
        },
      });
      const { wrapper } = await mountPage(CaseDetailPage, '/workbench/cases/7');
      await wrapper.get('[data-test="case-watch"]').trigger('click');
      await flushPromises();
      expect(document.querySelector('.el-message--error')?.textContent).toContain('关注的案件已达上限 500 件');
      expect(wrapper.get('[data-test="case-watch"]').text()).toBe('关注');
    });

    it('offers no button when the server refuses to say', async () => {
      stubFetch({
        ...base,
        'GET /api/v1/cases/7/watch': { status: 403, json: { error: { code: 'permission_denied', message: 'staff only' } } },
      });
      const { wrapper } = await mountPage(CaseDetailPage, '/workbench/cases/7');
      expect(wrapper.find('[data-test="case-actions"]').exists()).toBe(true);
      expect(wrapper.find('[data-test="case-watch"]').exists()).toBe(false);
    });
  });
});

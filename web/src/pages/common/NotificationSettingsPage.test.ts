// The notification settings page against a stand-in server: it offers only the channels the
// server sends on, says so when there are none, sends what the person chose — kind by kind
// too — and shows a refusal under the field it names.
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../admin/test_support';
import type { DeliverySettings, SettingsChange } from './notification_settings';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import NotificationSettingsPage from './NotificationSettingsPage.vue';

const settings = (extra: Partial<DeliverySettings> = {}): DeliverySettings => ({
  channels: [],
  quiet_from: null,
  quiet_to: null,
  essential_only: false,
  email: '',
  wechat_openid: '',
  available: ['email', 'sms'],
  masked_phone: '138****0000',
  kinds: {},
  kind_choices: [],
  ...extra,
});

// The server: what GET answers, and PUT answers what it was given (with what it adds).
function serve(stored: DeliverySettings): void {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'me/notification-settings') return stored;
    throw new Error(path);
  });
  calls.put.mockImplementation(async (path: string, body?: unknown) => {
    if (path !== 'me/notification-settings') throw new Error(path);
    return { ...stored, ...(body as Partial<DeliverySettings>) };
  });
}

async function openPage() {
  const page = mountPage(NotificationSettingsPage);
  await flushPromises();
  return page;
}

async function save(page: Awaited<ReturnType<typeof openPage>>): Promise<void> {
  await page.get('[data-test="notify-settings-form"]').trigger('submit');
  await flushPromises();
}

const sentBody = () => calls.put.mock.lastCall?.[1];
const sentKinds = () => (sentBody() as SettingsChange).kinds;

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('NotificationSettingsPage', () => {
  it('says the bell gets everything and offers only the channels the server sends on', async () => {
    serve(settings({ channels: ['email'], email: 'zhang.san@example.cn' }));
    const page = await openPage();
    expect(calls.get).toHaveBeenCalledWith('me/notification-settings');
    expect(page.get('[data-test="bell-note"]').text()).toContain('始终收到全部通知');
    expect(page.find('[data-test="channel-email"]').exists()).toBe(true);
    expect(page.find('[data-test="channel-sms"]').exists()).toBe(true);
    expect(page.find('[data-test="channel-wechat"]').exists()).toBe(false);
    expect(page.get('[data-test="choose-email"]').classes()).toContain('is-checked');
    expect((page.get('input[data-test="notify-email"]').element as HTMLInputElement).value).toBe('zhang.san@example.cn');
    expect(page.get('[data-test="sms-phone"]').text()).toBe('发送到账号手机 138****0000');
    expect(page.find('[data-test="choose-sms"] input').attributes('disabled')).toBeUndefined();
    expect(page.find('[data-test="app-only"]').exists()).toBe(false);
    page.unmount();
  });

  it('explains why SMS cannot be chosen by an account without a phone', async () => {
    serve(settings({ available: ['email', 'sms', 'wechat'], masked_phone: '' }));
    const page = await openPage();
    expect(page.find('[data-test="choose-sms"] input').attributes('disabled')).toBeDefined();
    expect(page.get('[data-test="sms-no-phone"]').text()).toContain('没有登记手机号');
    expect(page.find('[data-test="sms-phone"]').exists()).toBe(false);
    expect(page.find('[data-test="channel-wechat"]').exists()).toBe(true);
    page.unmount();
  });

  it('says notices stay in the app when the server sends on no channel, and offers no controls', async () => {
    serve(settings({ available: [] }));
    const page = await openPage();
    expect(page.get('[data-test="app-only"]').text()).toContain('只在站内发送通知');
    expect(page.find('[data-test="notify-settings-form"]').exists()).toBe(false);
    expect(page.find('[data-test^="choose-"]').exists()).toBe(false);
    expect(page.find('[data-test="notify-settings-save"]').exists()).toBe(false);
    page.unmount();
  });

  it('sends the channel with its address, the night as quiet hours, and null hours once they are off', async () => {
    serve(settings());
    const page = await openPage();
    expect(page.find('[data-test="notify-email"]').exists()).toBe(false);
    await page.get('[data-test="choose-email"] input').setValue(true);
    typeInto('[data-test="notify-email"]', ' zhang.san@example.cn ');
    expect(page.find('[data-test="quiet-from"]').exists()).toBe(false);
    await page.get('[data-test="quiet-switch"]').trigger('click');
    await flushPromises();
    expect(page.find('[data-test="quiet-from"]').exists()).toBe(true);
    await page.get('[data-test="essential-switch"]').trigger('click');
    await save(page);
    expect(sentBody()).toEqual({
      channels: ['email'],
      kinds: {},
      quiet_from: '22:00',
      quiet_to: '07:00',
      essential_only: true,
      email: 'zhang.san@example.cn',
      wechat_openid: '',
    });
    expect(inBody('.el-message--success').textContent).toContain('通知设置已保存');

    await page.get('[data-test="quiet-switch"]').trigger('click');
    await page.get('[data-test="choose-email"] input').setValue(false);
    await save(page);
    expect(sentBody()).toEqual({ channels: [], kinds: {}, quiet_from: null, quiet_to: null, essential_only: true, email: '', wechat_openid: '' });
    page.unmount();
  });

  it('takes the times picked from the lists', async () => {
    serve(settings({ quiet_from: '22:00', quiet_to: '07:00' }));
    const page = await openPage();
    expect(page.get('[data-test="quiet-switch"]').classes()).toContain('is-checked');
    await page.get('[data-test="quiet-from"]').trigger('click');
    await flushPromises();
    const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === '23:30');
    option!.click();
    await flushPromises();
    await save(page);
    expect(sentBody()).toMatchObject({ quiet_from: '23:30', quiet_to: '07:00' });
    page.unmount();
  });

  it('shows a refusal under the field the server names, and one it has no place for above the button', async () => {
    serve(settings({ channels: ['email'], email: 'zhang.san' }));
    const page = await openPage();
    calls.put.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', '电子邮箱地址格式不正确 the e-mail address is not valid', 'email'));
    await save(page);
    expect(page.get('[data-test="error-email"]').text()).toBe('输入有误: 电子邮箱地址格式不正确');
    expect(page.get('[data-test="error-email"]').element.closest('.el-form-item')?.classList.contains('is-error')).toBe(true);
    expect(page.find('[data-test="notify-settings-error"]').exists()).toBe(false);

    await page.get('[data-test="quiet-switch"]').trigger('click');
    calls.put.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', '免打扰时段的开始和结束不能相同 quiet hours must not start and end at the same time', 'quiet_to'));
    await save(page);
    expect(page.find('[data-test="error-email"]').exists()).toBe(false);
    expect(page.get('[data-test="error-quiet_to"]').text()).toContain('开始和结束不能相同');

    i18n.global.locale.value = 'en';
    calls.put.mockRejectedValueOnce(new ApiError(503, 'unavailable', '服务繁忙 busy'));
    await save(page);
    expect(page.find('[data-test="error-quiet_to"]').exists()).toBe(false);
    expect(page.get('[data-test="notify-settings-error"]').text()).toContain('busy');
    page.unmount();
  });

  it('leaves out a channel the server stopped sending on, and keeps its address as it was', async () => {
    serve(settings({ channels: ['email', 'wechat'], email: 'zhang.san@example.cn', wechat_openid: 'oW2s_5Tq9aBcDeFg', available: ['email'] }));
    const page = await openPage();
    await save(page);
    expect(sentBody()).toMatchObject({ channels: ['email'], email: 'zhang.san@example.cn', wechat_openid: 'oW2s_5Tq9aBcDeFg' });
    page.unmount();
  });

  describe('by kind of notice', () => {
    const kindChoices: DeliverySettings['kind_choices'] = [
      { kind: 'case_assigned', title: '新案件待办理', title_en: 'A new case for your unit', channels: ['sms', 'wechat'] },
      { kind: 'case_resolved', title: '诉求已办结', title_en: 'Your report has been resolved', channels: ['email', 'sms', 'wechat'] },
      { kind: 'case_returned', title: '案件退回指挥中心', title_en: 'A case returned to the command center', channels: ['wechat'] },
    ];
    const withKinds = (extra: Partial<DeliverySettings> = {}) =>
      settings({ channels: ['email', 'sms'], email: 'zhang.san@example.cn', available: ['email', 'sms', 'wechat'], kind_choices: kindChoices, ...extra });
    const box = (page: Awaited<ReturnType<typeof openPage>>, kind: string, channel: string) => page.find(`[data-test="kind-${kind}-${channel}"]`);

    it('lists each kind in the page language with the channels chosen above that it goes out on, ticked by default', async () => {
      serve(withKinds());
      const page = await openPage();
      const section = page.get('[data-test="kinds-section"]');
      expect(section.find('legend').text()).toBe('按通知类型');
      expect(page.get('[data-test="kind-case_assigned"]').text()).toContain('新案件待办理');
      expect(box(page, 'case_assigned', 'sms').classes()).toContain('is-checked');
      expect(box(page, 'case_assigned', 'email').exists()).toBe(false); // its rules do not use e-mail
      expect(box(page, 'case_assigned', 'wechat').exists()).toBe(false); // not chosen above
      expect(box(page, 'case_resolved', 'email').classes()).toContain('is-checked');
      expect(box(page, 'case_resolved', 'sms').classes()).toContain('is-checked');
      // A kind that only goes out by a channel not chosen says so and offers nothing.
      expect(page.find('[data-test="kind-case_returned"] .el-checkbox').exists()).toBe(false);
      expect(page.get('[data-test="kind-case_returned-none"]').text()).toBe('只在站内提示：此类通知只通过微信发送，上方未勾选。');

      i18n.global.locale.value = 'en';
      await flushPromises();
      expect(section.find('legend').text()).toBe('By kind of notice');
      expect(page.get('[data-test="kind-case_assigned"]').text()).toContain('A new case for your unit');

      // Ticking WeChat above offers it kind by kind.
      await page.get('[data-test="choose-wechat"] input').setValue(true);
      expect(box(page, 'case_returned', 'wechat').classes()).toContain('is-checked');
      expect(page.find('[data-test="kind-case_returned-none"]').exists()).toBe(false);
      page.unmount();
    });

    it('shows a kind narrowed before as it was, and asks for a channel above when none is chosen', async () => {
      serve(withKinds({ kinds: { case_resolved: ['sms'] } }));
      const page = await openPage();
      expect(box(page, 'case_resolved', 'email').classes()).not.toContain('is-checked');
      expect(box(page, 'case_resolved', 'sms').classes()).toContain('is-checked');
      await page.get('[data-test="choose-email"] input').setValue(false);
      await page.get('[data-test="choose-sms"] input').setValue(false);
      expect(page.get('[data-test="kinds-section"]').text()).toContain('先在上方勾选渠道');
      expect(page.find('[data-test="kind-case_resolved"]').exists()).toBe(false);
      page.unmount();
    });

    it('sends an unticked channel of a kind as what remains, and leaves out a kind left as it is', async () => {
      serve(withKinds());
      const page = await openPage();
      await box(page, 'case_resolved', 'email').get('input').setValue(false);
      await save(page);
      expect(sentBody()).toMatchObject({ channels: ['email', 'sms'], kinds: { case_resolved: ['sms'] } });
      expect(Object.keys(sentKinds() ?? {})).toEqual(['case_resolved']);
      // The answer is shown again: the kind stays narrowed.
      expect(box(page, 'case_resolved', 'email').classes()).not.toContain('is-checked');

      // Unticking the last one leaves the kind in the app; ticking them all again follows the choice above.
      await box(page, 'case_resolved', 'sms').get('input').setValue(false);
      await box(page, 'case_assigned', 'sms').get('input').setValue(false);
      await save(page);
      expect(sentKinds()).toEqual({ case_resolved: [], case_assigned: [] });
      await box(page, 'case_resolved', 'email').get('input').setValue(true);
      await box(page, 'case_resolved', 'sms').get('input').setValue(true);
      await save(page);
      expect(sentKinds()).toEqual({ case_assigned: [] });
      page.unmount();
    });

    it('drops a channel unticked above from every kind before saving', async () => {
      serve(withKinds({ channels: ['email', 'sms', 'wechat'], wechat_openid: 'oW2s_5Tq9aBcDeFg', kinds: { case_resolved: ['email', 'sms'], case_assigned: ['sms'] } }));
      const page = await openPage();
      await page.get('[data-test="choose-sms"] input').setValue(false);
      expect(box(page, 'case_resolved', 'sms').exists()).toBe(false);
      await save(page);
      // case_resolved keeps e-mail of e-mail and WeChat; case_assigned had SMS only, so it stays in the app.
      expect(sentBody()).toMatchObject({ channels: ['email', 'wechat'], kinds: { case_resolved: ['email'], case_assigned: [] } });
      expect(Object.keys(sentKinds() ?? {}).sort()).toEqual(['case_assigned', 'case_resolved']);
      page.unmount();
    });

    it('shows a refusal of the kinds under the section', async () => {
      serve(withKinds());
      const page = await openPage();
      await box(page, 'case_assigned', 'sms').get('input').setValue(false);
      calls.put.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', '通知类型不可选 the kind of notice cannot be chosen', 'kinds'));
      await save(page);
      const section = page.get('[data-test="kinds-section"]');
      expect(section.get('[data-test="error-kinds"]').text()).toBe('输入有误: 通知类型不可选');
      expect(section.classes()).toContain('is-error');
      expect(page.find('[data-test="notify-settings-error"]').exists()).toBe(false);
      page.unmount();
    });

    it('shows no section, and sends no kind, when no kind of notice may reach the account beyond the app', async () => {
      serve(settings({ channels: ['email'], email: 'zhang.san@example.cn' }));
      const page = await openPage();
      expect(page.find('[data-test="kinds-section"]').exists()).toBe(false);
      await save(page);
      expect(sentKinds()).toEqual({});
      page.unmount();
    });
  });
});

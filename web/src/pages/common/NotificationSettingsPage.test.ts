// The notification settings page against a stand-in server: it offers only the channels the
// server sends on, says so when there are none, sends what the person chose and shows a
// refusal under the field it names.
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../admin/test_support';
import type { DeliverySettings } from './notification_settings';

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
    expect(sentBody()).toEqual({ channels: [], quiet_from: null, quiet_to: null, essential_only: true, email: '', wechat_openid: '' });
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
});

// 通知设置: the signed-in account's delivery beyond the app (GET/PUT
// /api/v1/me/notification-settings, docs/notifications.md §5) and the form the settings
// page edits. Kept apart from the page so that what is sent is tested without a browser.
import { call } from '@/api/typed_client';
import type { RequestBody, Schemas } from '@/api/types';

export type DeliverySettings = Schemas['DeliverySettings'];
export type Channel = DeliverySettings['channels'][number];
export type SettingsChange = RequestBody<'putNotificationSettings'>;

// The channels in the order the page offers them.
export const CHANNELS: readonly Channel[] = ['email', 'sms', 'wechat'];

// What most people want when they turn quiet hours on with none set yet: the night.
export const DEFAULT_QUIET = { from: '22:00', to: '07:00' } as const;

// The fields a refusal of the server names (its `field`) that the page has a place for.
export const SETTINGS_FIELDS = ['channels', 'email', 'wechat_openid', 'quiet_from', 'quiet_to'] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

export interface SettingsForm {
  channels: Channel[];
  quiet: boolean;
  quietFrom: string;
  quietTo: string;
  essentialOnly: boolean;
  email: string;
  wechatOpenid: string;
}

export const fetchSettings = () => call('get', '/api/v1/me/notification-settings');
export const saveSettings = (change: SettingsChange) => call('put', '/api/v1/me/notification-settings', { body: change });

// Whether the page offers `channel`: this server sends on it, and SMS goes to the account's
// own phone, so an account without one cannot choose it.
export function offered(settings: DeliverySettings, channel: Channel): boolean {
  return settings.available.includes(channel);
}

export function choosable(settings: DeliverySettings, channel: Channel): boolean {
  return offered(settings, channel) && (channel !== 'sms' || settings.masked_phone !== '');
}

export function formOf(settings: DeliverySettings): SettingsForm {
  const quiet = settings.quiet_from !== null && settings.quiet_to !== null;
  return {
    channels: [...settings.channels],
    quiet,
    quietFrom: settings.quiet_from ?? '',
    quietTo: settings.quiet_to ?? '',
    essentialOnly: settings.essential_only,
    email: settings.email,
    wechatOpenid: settings.wechat_openid,
  };
}

// An address of a channel the person turned off is dropped: no address is kept that nothing
// is sent to. One of a channel this server does not offer now was never shown, so it stays
// as it was.
function addressFor(channel: Channel, typed: string, stored: string, settings: DeliverySettings, channels: Channel[]): string {
  if (!offered(settings, channel)) return stored;
  return channels.includes(channel) ? typed.trim() : '';
}

// The body of the PUT: only channels the page could offer (one the server stopped sending on
// would be refused), quiet hours as null when off — or a half left empty, which the server
// then names.
export function changeOf(form: SettingsForm, settings: DeliverySettings): SettingsChange {
  const channels = CHANNELS.filter((c) => form.channels.includes(c) && choosable(settings, c));
  return {
    channels,
    quiet_from: form.quiet ? form.quietFrom || null : null,
    quiet_to: form.quiet ? form.quietTo || null : null,
    essential_only: form.essentialOnly,
    email: addressFor('email', form.email, settings.email, settings, channels),
    wechat_openid: addressFor('wechat', form.wechatOpenid, settings.wechat_openid, settings, channels),
  };
}

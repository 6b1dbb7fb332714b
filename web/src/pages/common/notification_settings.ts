// 通知设置: the signed-in account's delivery beyond the app (GET/PUT
// /api/v1/me/notification-settings, docs/notifications.md §5) and the form the settings
// page edits. Kept apart from the page so that what is sent is tested without a browser.
import { call } from '@/api/typed_client';
import type { RequestBody, Schemas } from '@/api/types';

export type DeliverySettings = Schemas['DeliverySettings'];
export type Channel = DeliverySettings['channels'][number];
export type SettingsChange = RequestBody<'putNotificationSettings'>;
export type KindChoice = Schemas['NoticeKindChoice'];
// Per kind of notice, the channels it goes out on instead of all that were chosen (none: the
// app only); a kind not named follows the general choice.
export type KindChannels = Record<string, Channel[]>;

// The channels in the order the page offers them.
export const CHANNELS: readonly Channel[] = ['email', 'sms', 'wechat'];

// What most people want when they turn quiet hours on with none set yet: the night.
export const DEFAULT_QUIET = { from: '22:00', to: '07:00' } as const;

// The fields a refusal of the server names (its `field`) that the page has a place for.
export const SETTINGS_FIELDS = ['channels', 'kinds', 'email', 'wechat_openid', 'quiet_from', 'quiet_to'] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

export interface SettingsForm {
  channels: Channel[];
  // As the server keeps it: a kind named here goes out on these channels only.
  kinds: KindChannels;
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
    kinds: Object.fromEntries(Object.entries(settings.kinds ?? {}).map(([kind, channels]) => [kind, [...channels]])),
    quiet,
    quietFrom: settings.quiet_from ?? '',
    quietTo: settings.quiet_to ?? '',
    essentialOnly: settings.essential_only,
    email: settings.email,
    wechatOpenid: settings.wechat_openid,
  };
}

// The channels a kind may go out on with the general choice `channels`: those its rules use
// that are chosen (and may be), in the page's order. What the kind follows by default.
export function kindChannels(choice: KindChoice, channels: readonly Channel[], settings: DeliverySettings): Channel[] {
  return CHANNELS.filter((c) => choice.channels.includes(c) && channels.includes(c) && choosable(settings, c));
}

// Whether `kind` goes out on `channel` (one of its kindChannels) as the form stands.
export function kindChose(kinds: KindChannels, kind: string, channel: Channel): boolean {
  const narrowed = kinds[kind];
  return narrowed === undefined || narrowed.includes(channel);
}

// The kinds after ticking (`on`) or unticking `channel` for `kind`: the ticked ones among its
// kindChannels `all`, or the kind no longer named once they are all ticked again.
export function kindChoose(kinds: KindChannels, kind: string, all: readonly Channel[], channel: Channel, on: boolean): KindChannels {
  const ticked = all.filter((c) => (c === channel ? on : kindChose(kinds, kind, c)));
  const next = { ...kinds };
  if (ticked.length === all.length) delete next[kind];
  else next[kind] = ticked;
  return next;
}

// The `kinds` of the PUT: for each kind the server offers, what is ticked among its
// kindChannels when that is not all of them (possibly none); a kind left to follow the
// general choice is not named. A channel unticked above is in no kind's list, and a kind the
// server no longer offers is left out: either would be refused.
export function kindsChange(form: SettingsForm, settings: DeliverySettings, channels: readonly Channel[]): KindChannels {
  const kinds: KindChannels = {};
  for (const choice of settings.kind_choices ?? []) {
    const all = kindChannels(choice, channels, settings);
    const ticked = all.filter((c) => kindChose(form.kinds, choice.kind, c));
    if (ticked.length !== all.length) kinds[choice.kind] = ticked;
  }
  return kinds;
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
    kinds: kindsChange(form, settings, channels),
    quiet_from: form.quiet ? form.quietFrom || null : null,
    quiet_to: form.quiet ? form.quietTo || null : null,
    essential_only: form.essentialOnly,
    email: addressFor('email', form.email, settings.email, settings, channels),
    wechat_openid: addressFor('wechat', form.wechatOpenid, settings.wechat_openid, settings, channels),
  };
}

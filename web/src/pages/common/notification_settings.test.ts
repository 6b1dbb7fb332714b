// What the settings page sends kind by kind: a kind named only when it goes out on fewer of
// the channels chosen than it could, never with a channel unticked above or a kind the server
// does not offer.
import { describe, it, expect } from 'vitest';
import { changeOf, formOf, kindChannels, kindChoose, kindChose, kindsChange, type DeliverySettings, type KindChannels } from './notification_settings';

const settings = (extra: Partial<DeliverySettings> = {}): DeliverySettings => ({
  channels: ['email', 'sms'],
  quiet_from: null,
  quiet_to: null,
  essential_only: false,
  email: 'zhang.san@example.cn',
  wechat_openid: '',
  available: ['email', 'sms', 'wechat'],
  masked_phone: '138****0000',
  kinds: {},
  kind_choices: [
    { kind: 'case_assigned', title: '新案件待办理', title_en: 'A new case for your unit', channels: ['wechat', 'sms'] },
    { kind: 'case_resolved', title: '诉求已办结', title_en: 'Your report has been resolved', channels: ['email', 'sms', 'wechat'] },
  ],
  ...extra,
});
const [assigned, resolved] = settings().kind_choices;

describe('notification_settings, kind by kind', () => {
  it("offers a kind the channels its rules use that are chosen and may be, in the page's order", () => {
    const s = settings();
    expect(kindChannels(assigned, ['wechat', 'sms', 'email'], s)).toEqual(['sms', 'wechat']);
    expect(kindChannels(resolved, ['email'], s)).toEqual(['email']);
    expect(kindChannels(assigned, ['email'], s)).toEqual([]);
    // SMS cannot be chosen by an account without a phone.
    expect(kindChannels(resolved, ['email', 'sms'], settings({ masked_phone: '' }))).toEqual(['email']);
  });

  it('ticks a kind not named, and names it only while something is unticked', () => {
    expect(kindChose({}, 'case_resolved', 'email')).toBe(true);
    expect(kindChose({ case_resolved: ['sms'] }, 'case_resolved', 'email')).toBe(false);
    let kinds = kindChoose({}, 'case_resolved', ['email', 'sms'], 'email', false);
    expect(kinds).toEqual({ case_resolved: ['sms'] });
    kinds = kindChoose(kinds, 'case_resolved', ['email', 'sms'], 'sms', false);
    expect(kinds).toEqual({ case_resolved: [] });
    kinds = kindChoose(kinds, 'case_resolved', ['email', 'sms'], 'sms', true);
    expect(kinds).toEqual({ case_resolved: ['sms'] });
    expect(kindChoose(kinds, 'case_resolved', ['email', 'sms'], 'email', true)).toEqual({});
  });

  it('copies the kinds of the answer into the form', () => {
    const s = settings({ kinds: { case_resolved: ['sms'] } });
    const form = formOf(s);
    expect(form.kinds).toEqual({ case_resolved: ['sms'] });
    form.kinds.case_resolved.push('email');
    expect(s.kinds.case_resolved).toEqual(['sms']);
  });

  it('sends the kinds narrowed, drops a channel unticked above and a kind no longer offered', () => {
    const s = settings({ channels: ['email', 'sms', 'wechat'], wechat_openid: 'oW2s_5Tq9aBcDeFg' });
    const kinds: KindChannels = { case_resolved: ['email', 'sms'], case_assigned: ['sms'], case_gone: [] };
    const form = { ...formOf(s), kinds };
    expect(kindsChange(form, s, ['email', 'sms', 'wechat'])).toEqual({ case_resolved: ['email', 'sms'], case_assigned: ['sms'] });
    // SMS unticked above: case_resolved keeps e-mail of e-mail and WeChat, case_assigned stays in the app.
    expect(changeOf({ ...form, channels: ['email', 'wechat'] }, s).kinds).toEqual({ case_resolved: ['email'], case_assigned: [] });
    // WeChat unticked above: what is left ticked is all either kind may go out on, so neither is sent.
    expect(changeOf({ ...form, channels: ['email', 'sms'] }, s).kinds).toEqual({});
    expect(changeOf({ ...form, kinds: {} }, s).kinds).toEqual({});
  });
});

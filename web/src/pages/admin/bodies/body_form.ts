// What the organization dialogs check before sending (the server checks again and names the
// field): required fields, the credit code's length, the contact's mobile. Pure functions.
import type { PartyOrgInput, SocialOrgInput } from './bodies_api';

type Translate = (key: string) => string;
export type Errors = Partial<Record<string, string>>;

export function emptyParty(unit_code: string): PartyOrgInput {
  return { kind: 'branch', name: '', unit_code, host: '', parent_id: null, secretary: '', secretary_username: '', members: 0, founded_on: '' };
}

export function emptySocial(community_code: string): SocialOrgInput {
  return { kind: 'social_organization', name: '', credit_code: '', field: 'elder_care', field_note: '', contact_name: '', contact_phone: '', community_code, active: true };
}

export function checkParty(p: PartyOrgInput, t: Translate): Errors {
  const errors: Errors = {};
  for (const key of ['name', 'unit_code', 'secretary'] as const) if (!p[key].trim()) errors[key] = t('bodies.required');
  return errors;
}

// A masked phone sent back as it came is left as it was by the server.
export function checkSocial(s: SocialOrgInput, t: Translate, phoneAsItCame = false): Errors {
  const errors: Errors = {};
  for (const key of ['name', 'contact_name', 'community_code'] as const) if (!s[key].trim()) errors[key] = t('bodies.required');
  const code = s.credit_code.trim();
  if ((code || s.kind !== 'activity_group') && code.length !== 18) errors.credit_code = t('bodies.badCreditCode');
  if (!phoneAsItCame && !/^1\d{10}$/.test(s.contact_phone)) errors.contact_phone = t('bodies.badPhone');
  if (s.field === 'other' && !s.field_note.trim()) errors.field_note = t('bodies.required');
  return errors;
}

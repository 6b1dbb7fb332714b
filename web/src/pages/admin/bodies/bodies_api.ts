// The party and social organization routes (src/bodies/api/body_routes.cc). The shapes are
// the server's own (src/api/openapi.json, see '@/api/types').
import { call } from '@/api/typed_client';
import type { RequestBody, Schemas } from '@/api/types';

// A party organization as the lists show it; may_edit is the server's answer for the
// signed-in account, parent_id draws the party tree.
export type PartyOrg = Schemas['PartyOrg'];
// A social organization; contact_phone comes masked (138****5678) with contact_masked set
// for those outside the community served.
export type SocialOrg = Schemas['SocialOrg'];
export type PartyOrgInput = Required<RequestBody<'createPartyOrg'>>;
export type SocialOrgInput = Required<RequestBody<'createSocialOrg'>>;

export const PARTY_KINDS = ['party_committee', 'general_branch', 'branch'] as const satisfies readonly PartyOrg['kind'][];
export const SOCIAL_KINDS = ['social_organization', 'activity_group', 'volunteer_team'] as const satisfies readonly SocialOrg['kind'][];
export const SERVICE_FIELDS = [
  'elder_care', 'children_youth', 'disability', 'community_safety', 'environment', 'culture_sports',
  'education', 'health', 'legal_aid', 'charity', 'other',
] as const satisfies readonly SocialOrg['field'][];

export const listPartyOrgs = (unit?: string) => call('get', '/api/v1/party-orgs', { query: unit ? { unit } : {} });
export const createPartyOrg = (p: RequestBody<'createPartyOrg'>) => call('post', '/api/v1/party-orgs', { body: p });
export const updatePartyOrg = (id: number, p: RequestBody<'updatePartyOrg'>) =>
  call('put', '/api/v1/party-orgs/{id}', { path: { id }, body: p });
export const listSocialOrgs = (unit: string) => call('get', '/api/v1/social-orgs', { query: { unit } });
export const createSocialOrg = (s: RequestBody<'createSocialOrg'>) => call('post', '/api/v1/social-orgs', { body: s });
export const updateSocialOrg = (id: number, s: RequestBody<'updateSocialOrg'>) =>
  call('put', '/api/v1/social-orgs/{id}', { path: { id }, body: s });

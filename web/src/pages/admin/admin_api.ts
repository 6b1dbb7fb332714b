// The admin pages' requests. The shapes are the server's own (src/api/openapi.json, see
// '@/api/types').
import { call, readText, sendFile } from '@/api/typed_client';
import type { Answer, CatalogItem, QueryOf, RequestBody, Schemas } from '@/api/types';

export type Role = Schemas['Account']['role'];
export type Tier = CatalogItem['tier'];

// Every role, for the accounts filter; the account form offers the server's assignable_roles.
export const ROLES = [
  'resident',
  'grid_worker',
  'community_staff',
  'street_staff',
  'dept_staff',
  'command_center',
  'supervisor',
  'leader',
  'admin',
  'security_officer',
  'auditor',
] as const satisfies readonly Role[];

export const TIERS = ['online', 'grid', 'community', 'street', 'department'] as const satisfies readonly Tier[];

// The item dialog's state: every field an item edit takes, all filled in.
export type ItemEdit = Required<RequestBody<'putCatalogItem'>>;

// One unit with its outline and the units right below it.
export type UnitDetail = Answer<'getUnit'>;

export type UserPage = Answer<'listUsers'>;
// An account as the accounts list shows it, with what the caller may do to it.
export type ListedUser = Schemas['ListedAccount'];
export type AccountAction = ListedUser['actions'][number];

// The new-account dialog's state: every field, phone and unit "" when not given (not sent).
export type NewUser = Required<RequestBody<'addUser'>>;

export type UserChange = RequestBody<'updateUser'>;

export const fetchCatalog = () => call('get', '/api/v1/catalog');
export const saveItem = (code: string, edit: ItemEdit) => call('put', '/api/v1/catalog/items/{code}', { path: { code }, body: edit });
export const exportCatalog = () => readText('/api/v1/catalog/export.csv');
export const importCatalog = (csv: Blob) => sendFile('/api/v1/catalog/import', csv, 'text/csv');

export const fetchUnit = (id: number) => call('get', '/api/v1/org/units/{id}', { path: { id } });
export const importGrids = (geojson: Blob) => sendFile('/api/v1/org/grids/import', geojson, 'application/geo+json');

// The words the server searches accounts by, "" for a word not given; empty words are not
// sent.
type UserWords = Required<Pick<QueryOf<'listUsers'>, 'q' | 'role' | 'unit' | 'state'>>;
export type UserFilter = { [K in keyof UserWords]: UserWords[K] | '' };

export const fetchUsers = (page: number, pageSize: number, filter?: UserFilter) => {
  const words = Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v !== ''));
  return call('get', '/api/v1/users', { query: { page, page_size: pageSize, ...words } });
};
export const addUser = (u: NewUser) =>
  call('post', '/api/v1/users', { body: { ...u, phone: u.phone || undefined, unit_code: u.unit_code || undefined } });
export const changeUser = (username: string, change: UserChange) => call('patch', '/api/v1/users/{username}', { path: { username }, body: change });
export const disableUser = (username: string) => call('post', '/api/v1/users/{username}/disable', { path: { username } });
export const enableUser = (username: string) => call('post', '/api/v1/users/{username}/enable', { path: { username } });

export type PasswordReset = Answer<'resetUserPassword'>;

export const resetPassword = (username: string) =>
  call('post', '/api/v1/users/{username}/reset-password', { path: { username } });
// Clears an account's two-step sign-in (a lost phone) and ends its sessions.
export const resetTwoFactor = (username: string) =>
  call('post', '/api/v1/users/{username}/reset-two-factor', { path: { username } });

// The audit log, newest first: what the auditor (审计管理员) reads.
export type AuditEntry = Schemas['AuditEntry'];
export const AUDIT_SIZES = [100, 500, 1000] as const;
export const fetchAuditLog = (pageSize: number) =>
  call('get', '/api/v1/audit', { query: { page_size: pageSize } }).then((a) => a.items);

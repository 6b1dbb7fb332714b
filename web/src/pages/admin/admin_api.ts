// The admin pages' requests. The shapes are the server's own (src/api/openapi.json, see
// '@/api/types').
import { api } from '@/api/client';
import type { Answer, Catalog, CatalogItem, QueryOf, RequestBody, Schemas } from '@/api/types';

export type Role = Schemas['Account']['role'];
export type Tier = CatalogItem['tier'];

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
] as const satisfies readonly Role[];

export const TIERS = ['online', 'grid', 'community', 'street', 'department'] as const satisfies readonly Tier[];

// The item dialog's state: every field an item edit takes, all filled in.
export type ItemEdit = Required<RequestBody<'putCatalogItem'>>;

// One unit with its outline and the units right below it.
export type UnitDetail = Answer<'getUnit'>;

export type UserPage = Answer<'listUsers'>;

// The new-account dialog's state: every field, phone and unit "" when not given (not sent).
export type NewUser = Required<RequestBody<'addUser'>>;

export type UserChange = RequestBody<'updateUser'>;

export const fetchCatalog = () => api.get<Catalog>('catalog');
export const saveItem = (code: string, edit: ItemEdit) => api.put<Answer<'putCatalogItem'>>(`catalog/items/${encodeURIComponent(code)}`, edit);
export const exportCatalog = () => api.get<string>('catalog/export.csv', undefined, 'text');
export const importCatalog = (csv: Blob) => api.post<Answer<'importCatalog'>>('catalog/import', csv, 'text/csv');

export const fetchUnit = (id: number) => api.get<UnitDetail>(`org/units/${id}`);
export const importGrids = (geojson: Blob) => api.post<Answer<'importGridBoundaries'>>('org/grids/import', geojson, 'application/geo+json');

// The words the server searches accounts by, "" for a word not given; empty words are not
// sent.
type UserWords = Required<Pick<QueryOf<'listUsers'>, 'q' | 'role' | 'unit' | 'state'>>;
export type UserFilter = { [K in keyof UserWords]: UserWords[K] | '' };

export const fetchUsers = (page: number, pageSize: number, filter?: UserFilter) => {
  const words = Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v !== ''));
  return api.get<UserPage>('users', { page, page_size: pageSize, ...words });
};
export const addUser = (u: NewUser) =>
  api.post<Answer<'addUser', 201>>('users', {
    ...u,
    phone: u.phone || undefined,
    unit_code: u.unit_code || undefined,
  } satisfies RequestBody<'addUser'>);
export const changeUser = (username: string, change: UserChange) => api.patch<Answer<'updateUser'>>(`users/${encodeURIComponent(username)}`, change);
export const disableUser = (username: string) => api.post<Answer<'disableUser'>>(`users/${encodeURIComponent(username)}/disable`);
export const enableUser = (username: string) => api.post<Answer<'enableUser'>>(`users/${encodeURIComponent(username)}/enable`);

export type PasswordReset = Answer<'resetUserPassword'>;

export const resetPassword = (username: string) =>
  api.post<PasswordReset>(`users/${encodeURIComponent(username)}/reset-password`);

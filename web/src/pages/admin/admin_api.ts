// The admin pages' requests (existing routes and the agreed admin contract).
import { api } from '@/api/client';
import type { Catalog, User } from '@/api/types';
import type { OrgUnit } from './org_tree';

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
] as const;

export const TIERS = ['online', 'grid', 'community', 'street', 'department'] as const;

export interface ItemEdit {
  name_zh: string;
  name_en: string;
  tier: string;
  department: string;
  sla_hours: number;
  online_answer_zh: string;
  online_answer_en: string;
  keywords: string;
}

export interface UnitDetail extends OrgUnit {
  geometry: unknown;
  children: OrgUnit[];
}

export interface UserPage {
  items: User[];
  total: number;
  page: number;
  page_size: number;
}

export interface NewUser {
  username: string;
  display_name: string;
  phone: string;
  role: string;
  unit_code: string;
  password: string;
}

export interface UserChange {
  role?: string;
  unit?: string;
  display_name?: string;
  phone?: string;
}

export const fetchCatalog = () => api.get<Catalog>('catalog');
export const saveItem = (code: string, edit: ItemEdit) => api.put<unknown>(`catalog/items/${encodeURIComponent(code)}`, edit);
export const exportCatalog = () => api.get<string>('catalog/export.csv', undefined, 'text');
export const importCatalog = (csv: Blob) => api.post<{ aspects: number; items: number }>('catalog/import', csv, 'text/csv');

export const fetchUnit = (id: number) => api.get<UnitDetail>(`org/units/${id}`);
export const importGrids = (geojson: Blob) => api.post<{ grids: number }>('org/grids/import', geojson, 'application/geo+json');

// The words the server searches accounts by; empty words are not sent.
export interface UserFilter {
  q: string;
  role: string;
  unit: string;
  state: '' | 'enabled' | 'disabled';
}

export const fetchUsers = (page: number, pageSize: number, filter?: UserFilter) => {
  const words = Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v !== ''));
  return api.get<UserPage>('users', { page, page_size: pageSize, ...words });
};
export const addUser = (u: NewUser) => api.post<User>('users', { ...u, phone: u.phone || undefined, unit_code: u.unit_code || undefined });
export const changeUser = (username: string, change: UserChange) => api.patch<User>(`users/${encodeURIComponent(username)}`, change);
export const disableUser = (username: string) => api.post<unknown>(`users/${encodeURIComponent(username)}/disable`);
export const enableUser = (username: string) => api.post<unknown>(`users/${encodeURIComponent(username)}/enable`);

export interface PasswordReset {
  username: string;
  temporary_password: string;
  must_change_password: boolean;
}

export const resetPassword = (username: string) =>
  api.post<PasswordReset>(`users/${encodeURIComponent(username)}/reset-password`);

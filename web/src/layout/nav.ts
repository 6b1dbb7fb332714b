// The navigation each role sees. Pure data so it is tested without a browser.
import { DASHBOARD_ROLES, HANDLER_ROLES, MAP_ROLES } from '@/api/session';

export interface NavEntry {
  path: string;
  label: string; // i18n key
}

const ENTRIES: { entry: NavEntry; roles: string[] }[] = [
  { entry: { path: '/r/report', label: 'common.nav.report' }, roles: ['resident'] },
  { entry: { path: '/r/matters', label: 'common.nav.myMatters' }, roles: ['resident'] },
  { entry: { path: '/r/nearby', label: 'common.nav.nearby' }, roles: ['resident'] },
  { entry: { path: '/workbench', label: 'common.nav.workbench' }, roles: HANDLER_ROLES },
  { entry: { path: '/map', label: 'common.nav.map' }, roles: MAP_ROLES },
  { entry: { path: '/dashboard', label: 'common.nav.dashboard' }, roles: DASHBOARD_ROLES },
  { entry: { path: '/admin/catalog', label: 'common.nav.adminCatalog' }, roles: ['admin'] },
  { entry: { path: '/admin/org', label: 'common.nav.adminOrg' }, roles: ['admin'] },
  { entry: { path: '/admin/users', label: 'common.nav.adminUsers' }, roles: ['admin'] },
];

export function navFor(role: string | undefined): NavEntry[] {
  if (!role) return [];
  return ENTRIES.filter((e) => e.roles.includes(role)).map((e) => e.entry);
}

// The navigation each account sees, by what the server says it can do. Pure data so it is
// tested without a browser.
import { can } from '@/api/capabilities';
import type { Capability, User } from '@/api/types';

export interface NavEntry {
  path: string;
  label: string; // i18n key
}

// `unless`: left out for accounts that can do that too (the same page is a tab there).
const ENTRIES: { entry: NavEntry; needs: Capability; unless?: Capability }[] = [
  { entry: { path: '/r/report', label: 'common.nav.report' }, needs: 'report' },
  { entry: { path: '/r/matters', label: 'common.nav.myMatters' }, needs: 'report' },
  { entry: { path: '/r/nearby', label: 'common.nav.nearby' }, needs: 'report' },
  { entry: { path: '/workbench', label: 'common.nav.workbench' }, needs: 'workbench' },
  { entry: { path: '/map', label: 'common.nav.map' }, needs: 'map' },
  { entry: { path: '/dashboard', label: 'common.nav.dashboard' }, needs: 'dashboard' },
  { entry: { path: '/venues', label: 'common.nav.venues' }, needs: 'book_venue' },
  { entry: { path: '/venues/review', label: 'common.nav.bookingReview' }, needs: 'venues_manage' },
  { entry: { path: '/venues/manage', label: 'common.nav.venueManage' }, needs: 'venues_manage' },
  { entry: { path: '/venues/usage', label: 'common.nav.venueUsage' }, needs: 'venue_usage', unless: 'venues_manage' },
  { entry: { path: '/activities', label: 'common.nav.activities' }, needs: 'join_activities' },
  { entry: { path: '/activities/manage', label: 'common.nav.activityManage' }, needs: 'activities_manage' },
  { entry: { path: '/budget', label: 'common.nav.budget' }, needs: 'budget' },
  { entry: { path: '/roster', label: 'common.nav.roster' }, needs: 'roster' },
  { entry: { path: '/ledger', label: 'common.nav.ledger' }, needs: 'ledger' },
  { entry: { path: '/ledger/gantt', label: 'common.nav.ledgerGantt' }, needs: 'ledger' },
  { entry: { path: '/ledger/notices', label: 'common.nav.supervision' }, needs: 'ledger' },
  { entry: { path: '/assessment', label: 'common.nav.assessment' }, needs: 'ledger' },
  { entry: { path: '/assessment/schemes', label: 'common.nav.assessmentSchemes' }, needs: 'ledger' },
  { entry: { path: '/information', label: 'common.nav.information' }, needs: 'information' },
  { entry: { path: '/campaigns', label: 'common.nav.campaigns' }, needs: 'campaigns' },
  { entry: { path: '/surveys', label: 'common.nav.surveys' }, needs: 'surveys' },
  { entry: { path: '/admin/catalog', label: 'common.nav.adminCatalog' }, needs: 'admin' },
  { entry: { path: '/admin/org', label: 'common.nav.adminOrg' }, needs: 'admin' },
  { entry: { path: '/admin/outbox', label: 'common.nav.adminOutbox' }, needs: 'admin' },
  { entry: { path: '/admin/users', label: 'common.nav.adminUsers' }, needs: 'accounts' },
  { entry: { path: '/audit', label: 'common.nav.auditLog' }, needs: 'audit' },
];

export function navFor(user: Readonly<User> | null | undefined): NavEntry[] {
  return ENTRIES.filter((e) => can(user, e.needs) && !(e.unless && can(user, e.unless))).map((e) => e.entry);
}

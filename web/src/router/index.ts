// Routes of the whole app. History routing: `sanwang serve` answers every GET path without
// a file extension with index.html (src/api/static_files.cc), so deep links work.
//
// meta.can: what the account must be able to do to open the page, as the server's /auth/me
// says (absent = anyone signed in; public = no sign-in).
// meta.mobile: the resident pages, laid out for phones.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { session, loadSession, homePathFor, whenSessionEnds, can, NOTIFICATION_SETTINGS_PATH, AREA_FOLLOWS_PATH } from '@/api/session';
import type { Capability } from '@/api/types';

declare module 'vue-router' {
  interface RouteMeta {
    can?: Capability;
    public?: boolean;
    mobile?: boolean;
    title?: string; // i18n key
  }
}


export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/pages/common/HomeRedirect.vue') },
  { path: '/sign-in', name: 'sign-in', component: () => import('@/pages/common/SignInPage.vue'), meta: { public: true, title: 'common.signIn' } },
  { path: '/register', name: 'register', component: () => import('@/pages/common/RegisterPage.vue'), meta: { public: true, mobile: true, title: 'common.register.title' } },
  // Resident (mobile-first)
  { path: '/r/report', name: 'report', component: () => import('@/pages/resident/ReportPage.vue'), meta: { can: 'report', mobile: true, title: 'common.nav.report' } },
  { path: '/r/matters', name: 'my-matters', component: () => import('@/pages/resident/MyMattersPage.vue'), meta: { can: 'report', mobile: true, title: 'common.nav.myMatters' } },
  { path: '/r/matters/:id(\\d+)', name: 'my-matter', component: () => import('@/pages/resident/MatterDetailPage.vue'), meta: { can: 'report', mobile: true, title: 'common.nav.myMatters' } },
  { path: '/r/nearby', name: 'nearby', component: () => import('@/pages/resident/NearbyPage.vue'), meta: { can: 'report', mobile: true, title: 'common.nav.nearby' } },
  // Staff workbench (desktop)
  { path: '/workbench', name: 'inbox', component: () => import('@/pages/workbench/InboxPage.vue'), meta: { can: 'workbench', title: 'common.nav.workbench' } },
  { path: '/workbench/cases/:id(\\d+)', name: 'case', component: () => import('@/pages/workbench/CaseDetailPage.vue'), meta: { can: 'workbench', title: 'common.nav.workbench' } },
  // Map, dashboard and admin pages (web/src/pages/map, dashboard, admin)
  { path: '/map', name: 'map', component: () => import('@/pages/map/MapPage.vue'), meta: { can: 'map', title: 'common.nav.map' } },
  { path: '/dashboard', name: 'dashboard', component: () => import('@/pages/dashboard/DashboardPage.vue'), meta: { can: 'dashboard', title: 'common.nav.dashboard' } },
  { path: '/admin/catalog', name: 'admin-catalog', component: () => import('@/pages/admin/CatalogPage.vue'), meta: { can: 'admin', title: 'common.nav.adminCatalog' } },
  { path: '/admin/org', name: 'admin-org', component: () => import('@/pages/admin/OrgPage.vue'), meta: { can: 'admin', title: 'common.nav.adminOrg' } },
  { path: '/audit', name: 'audit', component: () => import('@/pages/admin/AuditLogPage.vue'), meta: { can: 'audit', title: 'common.nav.auditLog' } },
  { path: '/admin/users', name: 'admin-users', component: () => import('@/pages/admin/UsersPage.vue'), meta: { can: 'accounts', title: 'common.nav.adminUsers' } },
  { path: '/admin/outbox', name: 'admin-outbox', component: () => import('@/pages/admin/OutboxPage.vue'), meta: { can: 'admin', title: 'common.nav.adminOutbox' } },
  // Support net: venues and bookings (phone-first), budget (desktop)
  { path: '/venues', name: 'venues', component: () => import('@/pages/support/venues/VenuesPage.vue'), meta: { can: 'book_venue', mobile: true, title: 'common.nav.venues' } },
  { path: '/venues/review', name: 'booking-review', component: () => import('@/pages/support/venues/BookingReviewPage.vue'), meta: { can: 'venues_manage', title: 'common.nav.bookingReview' } },
  { path: '/venues/manage', name: 'venue-manage', component: () => import('@/pages/support/venues/VenueManagePage.vue'), meta: { can: 'venues_manage', title: 'common.nav.venueManage' } },
  { path: '/venues/usage', name: 'venue-usage', component: () => import('@/pages/support/venues/VenueUsagePage.vue'), meta: { can: 'venue_usage', title: 'common.nav.venueUsage' } },
  { path: '/venues/:id(\\d+)', name: 'venue', component: () => import('@/pages/support/venues/VenueDetailPage.vue'), meta: { can: 'book_venue', mobile: true, title: 'common.nav.venues' } },
  { path: '/bookings/mine', name: 'my-bookings', component: () => import('@/pages/support/venues/MyBookingsPage.vue'), meta: { can: 'book_venue', mobile: true, title: 'common.nav.myBookings' } },
  { path: '/activities', name: 'activities', component: () => import('@/pages/support/activities/ActivitiesPage.vue'), meta: { can: 'join_activities', mobile: true, title: 'common.nav.activities' } },
  { path: '/activities/manage', name: 'activity-manage', component: () => import('@/pages/support/activities/ActivityManagePage.vue'), meta: { can: 'activities_manage', title: 'common.nav.activityManage' } },
  { path: '/budget', name: 'budget', component: () => import('@/pages/support/budget/BudgetPage.vue'), meta: { can: 'budget', title: 'common.nav.budget' } },
  { path: '/roster', name: 'roster', component: () => import('@/pages/support/roster/RosterPage.vue'), meta: { can: 'roster', title: 'common.nav.roster' } },
  // Governance: the task ledger (desktop), its Gantt timeline (desktop and phone) and its supervision
  { path: '/ledger', name: 'ledger', component: () => import('@/pages/governance/ledger/LedgerPage.vue'), meta: { can: 'ledger', title: 'common.nav.ledger' } },
  { path: '/ledger/gantt', name: 'ledger-gantt', component: () => import('@/pages/governance/ledger/GanttPage.vue'), meta: { can: 'ledger', title: 'common.nav.ledgerGantt' } },
  { path: '/ledger/notices', name: 'supervision', component: () => import('@/pages/governance/supervision/SupervisionPage.vue'), meta: { can: 'ledger', title: 'common.nav.supervision' } },
  // Target assessment: the ranking and hand entry, the schemes, and the published notices (public)
  { path: '/assessment', name: 'assessment', component: () => import('@/pages/governance/assessment/RankingPage.vue'), meta: { can: 'ledger', title: 'common.nav.assessment' } },
  { path: '/information', name: 'information', component: () => import('@/pages/governance/information/InformationPage.vue'), meta: { can: 'information', title: 'common.nav.information' } },
  { path: '/campaigns', name: 'campaigns', component: () => import('@/pages/governance/campaigns/CampaignsPage.vue'), meta: { can: 'campaigns', mobile: true, title: 'common.nav.campaigns' } },
  { path: '/campaigns/:id(\\d+)', name: 'campaign', component: () => import('@/pages/governance/campaigns/CampaignPage.vue'), meta: { can: 'campaigns', title: 'common.nav.campaigns' } },
  { path: '/surveys', name: 'surveys', component: () => import('@/pages/governance/surveys/SurveysPage.vue'), meta: { can: 'surveys', mobile: true, title: 'common.nav.surveys' } },
  { path: '/surveys/:id(\\d+)', name: 'survey', component: () => import('@/pages/governance/surveys/SurveyPage.vue'), meta: { can: 'surveys', title: 'common.nav.surveys' } },
  // A one-time survey link answers without an account: the token is the permission.
  { path: '/s/:token([0-9a-f]+)', name: 'survey-link', component: () => import('@/pages/governance/surveys/SurveyLinkPage.vue'), meta: { public: true, mobile: true, title: 'common.nav.surveys' } },
  { path: '/assessment/schemes', name: 'assessment-schemes', component: () => import('@/pages/governance/assessment/SchemesPage.vue'), meta: { can: 'ledger', title: 'common.nav.assessmentSchemes' } },
  { path: '/assessment/reports', name: 'assessment-reports', component: () => import('@/pages/governance/assessment/ReportsPage.vue'), meta: { public: true, title: 'common.nav.assessmentReports' } },
  { path: '/account/password', name: 'change-password', component: () => import('@/pages/common/ChangePasswordPage.vue'), meta: { title: 'common.changePassword' } },
  { path: '/account/two-factor', name: 'two-factor', component: () => import('@/pages/common/TwoFactorPage.vue'), meta: { title: 'common.twoFactor.title' } },
  // Every account's delivery of notices beyond the app, from the account menu.
  { path: NOTIFICATION_SETTINGS_PATH, name: 'notification-settings', component: () => import('@/pages/common/NotificationSettingsPage.vue'), meta: { title: 'common.nav.notificationSettings' } },
  // Every account's followed areas (关注区域), from the account menu; notices of new reports there link here.
  { path: AREA_FOLLOWS_PATH, name: 'area-follows', component: () => import('@/pages/common/AreaFollowsPage.vue'), meta: { title: 'common.nav.areaFollows' } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('@/pages/common/NotFoundPage.vue'), meta: { public: true, title: 'common.notFound' } },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  if (!session.checked) {
    try {
      await loadSession();
    } catch {
      // The server is unreachable: public pages still render and show the error.
    }
  }
  if (to.meta.public) return true;
  if (!session.user) return { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  // An account whose password was reset may open nothing else until it changes it.
  if (session.user.must_change_password && to.name !== 'change-password') return { name: 'change-password' };
  // Likewise a role that must sign in in two steps, until it has set them up.
  if (session.user.must_set_up_two_factor && to.name !== 'two-factor' && to.name !== 'change-password') return { name: 'two-factor' };
  if (to.name === 'home') return homePathFor(session.user);
  if (to.meta.can && !can(session.user, to.meta.can)) return homePathFor(session.user);
  return true;
});

// An expired session sends the person to sign in again, back to this page afterwards.
whenSessionEnds(() => {
  const here = router.currentRoute.value;
  if (!here.meta.public) void router.push({ name: 'sign-in', query: { next: here.fullPath } });
});

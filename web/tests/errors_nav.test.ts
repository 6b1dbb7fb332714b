import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import { errorMessage } from '@/api/errors';
import { i18n } from '@/i18n';
import { navFor } from '@/layout/nav';
import { homePathFor } from '@/api/session';
import type { Capabilities, User } from '@/api/types';

const t = (key: string) => i18n.global.t(key);

describe('errorMessage', () => {
  it('leads with the translated code and adds the server detail', () => {
    i18n.global.locale.value = 'en';
    expect(errorMessage(new ApiError(403, 'permission_denied', 'case 5 is outside your grid'), t)).toBe(
      'Not allowed: case 5 is outside your grid',
    );
    i18n.global.locale.value = 'zh';
    expect(errorMessage(new ApiError(403, 'permission_denied', 'x'), t)).toBe('没有权限: x');
  });

  it('hides the detail of internal and network errors', () => {
    i18n.global.locale.value = 'en';
    expect(errorMessage(new ApiError(500, 'internal', '内部错误 internal error'), t)).toBe('Server error; please try again later');
    expect(errorMessage(new ApiError(0, 'network', 'Failed to fetch'), t)).toBe(
      'Network error; check the connection and try again',
    );
  });
});

// What /auth/me answers for each role (the server's org::Capabilities); the app reads only
// "can", so a role name here would change nothing.
const NONE: Capabilities = { report: false, workbench: false, map: false, dashboard: false, plan: false, admin: false, accounts: false, accounts_add: false, audit: false, district_wide: false, book_venue: false, venues_manage: false, venue_usage: false, budget: false, roster: false, roster_manage: false, activities_manage: false, join_activities: false, ledger: false, ledger_plan: false, information: false, information_submit: false, information_review: false, campaigns: false, campaign_review: false, campaign_admin: false, surveys: false, survey_answer: false, survey_record: false, survey_results: false, survey_admin: false, two_factor: false };
const user = (can: Partial<Capabilities>): User => ({ id: 1, username: 'u', display_name: '', role: 'resident', unit: null, disabled: false, phone: '', must_change_password: false, can: { ...NONE, ...can } });
const resident = user({ report: true });
const gridWorker = user({ workbench: true, map: true, dashboard: true });
const deptStaff = user({ workbench: true });
const leader = user({ map: true, dashboard: true, plan: true, district_wide: true });
const admin = user({ map: true, dashboard: true, plan: true, admin: true, accounts: true, accounts_add: true, district_wide: true });

describe('navigation by what the account can do', () => {
  it('gives residents the resident pages only', () => {
    expect(navFor(resident).map((e) => e.path)).toEqual(['/r/report', '/r/matters', '/r/nearby']);
  });
  it('gives a grid worker the workbench, the map and the dashboard of their grid', () => {
    expect(navFor(gridWorker).map((e) => e.path)).toEqual(['/workbench', '/map', '/dashboard']);
  });
  it('gives department staff the workbench but not the area figures the server refuses them', () => {
    expect(navFor(deptStaff).map((e) => e.path)).toEqual(['/workbench']);
  });
  it('gives an admin the admin pages and the dashboard', () => {
    const paths = navFor(admin).map((e) => e.path);
    expect(paths).toContain('/admin/catalog');
    expect(paths).toContain('/dashboard');
    expect(paths).not.toContain('/workbench');
  });
  it('lists the outbox with the other admin pages, for admins alone', () => {
    const paths = navFor(admin).map((e) => e.path);
    expect(paths.slice(paths.indexOf('/admin/catalog'), paths.indexOf('/admin/users') + 1)).toEqual(['/admin/catalog', '/admin/org', '/admin/outbox', '/admin/users']);
    for (const other of [resident, gridWorker, leader, user({ accounts: true, two_factor: true })]) {
      expect(navFor(other).map((e) => e.path)).not.toContain('/admin/outbox');
    }
  });
  it('gives the security officer the accounts page alone, and lands there', () => {
    const security = user({ accounts: true, two_factor: true });
    expect(navFor(security).map((e) => e.path)).toEqual(['/admin/users']);
    expect(homePathFor(security)).toBe('/admin/users');
    expect(navFor(admin).map((e) => e.path)).toContain('/admin/users');
  });
  it('offers the support net by what the server grants: venues to bookers, review and budget to staff', () => {
    expect(navFor(user({ report: true, book_venue: true })).map((e) => e.path)).toEqual(['/r/report', '/r/matters', '/r/nearby', '/venues']);
    const community = navFor(user({ workbench: true, book_venue: true, venues_manage: true, budget: true })).map((e) => e.path);
    expect(community).toEqual(['/workbench', '/venues', '/venues/review', '/venues/manage', '/budget']);
    const keeper = navFor(user({ workbench: true, budget: true, roster: true, roster_manage: true })).map((e) => e.path);
    expect(keeper).toEqual(['/workbench', '/budget', '/roster']);
  });
  it('offers venue usage on its own page to district-wide roles, and not twice to venue managers', () => {
    const commandCenter = navFor(user({ workbench: true, map: true, dashboard: true, district_wide: true, venue_usage: true })).map((e) => e.path);
    expect(commandCenter).toEqual(['/workbench', '/map', '/dashboard', '/venues/usage']);
    expect(navFor(user({ map: true, dashboard: true, plan: true, district_wide: true, venue_usage: true })).map((e) => e.path)).toEqual([
      '/map',
      '/dashboard',
      '/venues/usage',
    ]);
    // Managers see the same figures in a tab of /venues/manage.
    const manager = navFor(user({ workbench: true, book_venue: true, venues_manage: true, venue_usage: true })).map((e) => e.path);
    expect(manager).toEqual(['/workbench', '/venues', '/venues/review', '/venues/manage']);
    expect(navFor(user({ workbench: true, venue_usage: false })).map((e) => e.path)).not.toContain('/venues/usage');
  });

  it('offers volunteer activities to residents and their management to organizers', () => {
    expect(navFor(user({ report: true, join_activities: true })).map((e) => e.path)).toEqual(['/r/report', '/r/matters', '/r/nearby', '/activities']);
    expect(navFor(user({ workbench: true, activities_manage: true })).map((e) => e.path)).toEqual(['/workbench', '/activities/manage']);
  });
  it('offers the task ledger, its Gantt timeline, its supervision and the assessment to those the server lets read it', () => {
    expect(navFor(user({ workbench: true, ledger: true })).map((e) => e.path)).toEqual([
      '/workbench',
      '/ledger',
      '/ledger/gantt',
      '/ledger/notices',
      '/assessment',
      '/assessment/schemes',
    ]);
    expect(navFor(user({ workbench: true, ledger: false })).map((e) => e.path)).not.toContain('/assessment');
    expect(navFor(user({ workbench: true, ledger: false })).map((e) => e.path)).not.toContain('/ledger');
    expect(navFor(user({ workbench: true, ledger: false })).map((e) => e.path)).not.toContain('/ledger/gantt');
    expect(navFor(user({ workbench: true, ledger: false })).map((e) => e.path)).not.toContain('/ledger/notices');
  });
  it('offers the surveys to residents and staff the server lets see them', () => {
    expect(navFor(user({ report: true, surveys: true, survey_answer: true })).map((e) => e.path)).toEqual(['/r/report', '/r/matters', '/r/nearby', '/surveys']);
    expect(navFor(user({ workbench: true, surveys: true, survey_record: true })).map((e) => e.path)).toEqual(['/workbench', '/surveys']);
    expect(navFor(user({ workbench: true })).map((e) => e.path)).not.toContain('/surveys');
  });
  it('gives nobody anything when signed out or when the server sent no capabilities', () => {
    expect(navFor(undefined)).toEqual([]);
    expect(navFor({ role: 'admin' } as User)).toEqual([]);
  });
  it('sends each account to its home page', () => {
    expect(homePathFor(null)).toBe('/sign-in');
    expect(homePathFor(resident)).toBe('/r/report');
    expect(homePathFor(gridWorker)).toBe('/workbench');
    expect(homePathFor(leader)).toBe('/dashboard');
    expect(homePathFor(admin)).toBe('/admin/catalog');
  });
});

describe('server messages in one language', () => {
  it('shows the half of a bilingual server message in the current language', () => {
    i18n.global.locale.value = 'zh';
    expect(errorMessage(new ApiError(400, 'invalid_argument', '缺少设施类型 type is required'), t)).toBe('输入有误: 缺少设施类型');
    i18n.global.locale.value = 'en';
    expect(errorMessage(new ApiError(400, 'invalid_argument', '缺少设施类型 type is required'), t)).toBe('Invalid input: type is required');
    expect(errorMessage(new ApiError(401, 'unauthenticated', '请先登录 sign in first'), t)).toBe('Please sign in: sign in first');
  });

  it('keeps codes, file kinds and quoted names inside the half they belong to', () => {
    const weight = '指标 Q3 的权重应为正数 indicator Q3 must have a positive weight';
    const upload = '请上传 Excel 文件 upload an Excel file';
    const quoted = "考评方案「社区季度」按季度考评 the scheme '社区季度' assesses each quarter";
    i18n.global.locale.value = 'zh';
    expect(errorMessage(new ApiError(400, 'invalid_argument', weight), t)).toBe('输入有误: 指标 Q3 的权重应为正数');
    expect(errorMessage(new ApiError(400, 'invalid_argument', upload), t)).toBe('输入有误: 请上传 Excel 文件');
    expect(errorMessage(new ApiError(400, 'invalid_argument', quoted), t)).toBe('输入有误: 考评方案「社区季度」按季度考评');
    i18n.global.locale.value = 'en';
    expect(errorMessage(new ApiError(400, 'invalid_argument', weight), t)).toBe('Invalid input: indicator Q3 must have a positive weight');
    expect(errorMessage(new ApiError(400, 'invalid_argument', quoted), t)).toBe(
      "Invalid input: the scheme '社区季度' assesses each quarter",
    );
  });

  it('translates codes in both languages and falls back to the server message for an unknown code', () => {
    for (const locale of ['zh', 'en'] as const) {
      i18n.global.locale.value = locale;
      for (const code of ['invalid_argument', 'not_found', 'already_exists', 'permission_denied', 'unauthenticated', 'failed_precondition', 'conflict', 'unavailable', 'data_loss']) {
        const shown = errorMessage(new ApiError(400, code, ''), t);
        expect(shown).toBe(t(`common.errors.${code}`));
        expect(shown).not.toBe(t('common.errors.unknown'));
      }
    }
    i18n.global.locale.value = 'zh';
    expect(errorMessage(new ApiError(418, 'teapot', '我是茶壶 I am a teapot'), t)).toBe('我是茶壶');
    expect(errorMessage(new ApiError(413, 'http_413', 'Payload Too Large'), t)).toBe('内容太大: Payload Too Large');
  });
});

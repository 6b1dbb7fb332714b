import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { homePathFor } from '@/api/session';
import { navFor } from '@/layout/nav';
import type { User } from '@/api/types';
import { calls, mountPage, resetCalls } from './test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts

import AuditLogPage from './AuditLogPage.vue';

const ENTRIES = {
  items: [
    { at: '2026-12-05T09:30:00+08:00', username: 'admin', role: 'admin', remote_address: '10.0.0.8', action: 'POST /api/v1/users', target: '/api/v1/users', outcome: 'ok', detail: '201' },
    { at: '2026-12-05T09:20:00+08:00', username: 'resident01', role: 'resident', remote_address: '10.0.0.9', action: 'GET /api/v1/users', target: '/api/v1/users', outcome: 'denied', detail: '' },
    { at: '2026-12-05T09:10:00+08:00', username: '', role: '', remote_address: '10.0.0.10', action: 'sign_in', target: 'admin', outcome: 'failed', detail: 'wrong password' },
  ],
};

const NOTHING = {
  report: false, workbench: false, map: false, dashboard: false, plan: false, admin: false, audit: false, district_wide: false,
  book_venue: false, venues_manage: false, budget: false, roster: false, roster_manage: false, activities_manage: false,
  join_activities: false, ledger: false, ledger_plan: false,
};
const AUDITOR: User = { id: 7, username: 'auditor', display_name: '审计管理员', role: 'auditor', unit: null, disabled: false, phone: '', must_change_password: false, can: { ...NOTHING, audit: true } } as User;

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'audit') return ENTRIES;
    throw new Error(path);
  });
});

describe('AuditLogPage', () => {
  it('shows the newest entries with who, role and outcome, and the refusals alone on asking', async () => {
    const page = mountPage(AuditLogPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('audit', { page_size: 100 });
    const table = page.get('[data-test="audit-table"]');
    expect(table.text()).toContain('POST /api/v1/users');
    expect(table.text()).toContain('系统管理员');
    expect(table.text()).toContain('（未登录）');
    expect(table.text()).toContain('拒绝');
    expect(page.findAll('[data-test="audit-table"] .el-table__body tr')).toHaveLength(3);

    await page.get('[data-test="audit-problems"] input').setValue(true);
    await flushPromises();
    const rows = page.findAll('[data-test="audit-table"] .el-table__body tr');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.text()).join()).not.toContain('POST /api/v1/users');
    page.unmount();
  });

  it('is where an auditor lands and the one page in their menu', () => {
    expect(homePathFor(AUDITOR)).toBe('/audit');
    expect(navFor(AUDITOR).map((e) => e.path)).toEqual(['/audit']);
  });
});

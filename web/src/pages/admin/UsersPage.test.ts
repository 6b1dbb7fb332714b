import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, chooseFile, inBody, mountPage, resetCalls, typeInto } from './test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
// The caller: the system administrator, who may add accounts, or the security officer.
const caller = vi.hoisted(() => ({ adds: true }));
vi.mock('@/api/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/session')>()),
  mayI: (what: string) => what === 'accounts' || (what === 'accounts_add' && caller.adds),
}));

const UNITS = [
  { id: 1, code: '411002', kind: 'district', name: '魏都区', name_en: 'Weidu', parent_id: null, demo_geometry: false },
  { id: 2, code: '411002001', kind: 'street', name: '西大街街道', name_en: '', parent_id: 1, demo_geometry: false },
  { id: 3, code: '411002001001', kind: 'community', name: '东社区', name_en: '', parent_id: 2, demo_geometry: true },
];
import UsersPage from './UsersPage.vue';

// The actions are the server's (src/org/account_actions.h); these are what it sends a
// security officer, who resets credentials, so that every kind of button is offered.
const USERS = {
  items: [
    { id: 1, username: 'admin', display_name: '管理员', role: 'admin', unit: null, disabled: false, phone: '', actions: ['reset_password', 'reset_two_factor', 'disable'], managed_on_command_line: false },
    { id: 2, username: 'grid-411002001001-1', display_name: '王网格', role: 'grid_worker', unit: { id: 3, code: '411002001001', name: '东社区', kind: 'community' }, disabled: true, phone: '138****0000', actions: ['edit', 'reset_password', 'reset_two_factor', 'enable'], managed_on_command_line: false },
    // Kept on the server's command line: listed, with nothing to press.
    { id: 3, username: 'auditor', display_name: '审计员', role: 'auditor', unit: null, disabled: false, phone: '', actions: [], managed_on_command_line: true },
  ],
  total: 3,
  page: 1,
  page_size: 50,
  // What the server lets this admin give; the auditor's role is not among them.
  assignable_roles: ['resident', 'grid_worker', 'community_staff', 'admin'],
};

// The labels of the options the account form's role select offers.
async function offeredRoles(): Promise<string[]> {
  inBody('[data-test="user-role"] .el-select__wrapper').click();
  await flushPromises();
  const list = inBody('[data-test="user-role"] [aria-controls]').getAttribute('aria-controls');
  const options = document.getElementById(list ?? '')?.querySelectorAll('.el-select-dropdown__item') ?? [];
  return Array.from(options).map((o) => o.textContent?.trim() ?? '');
}

beforeEach(() => {
  resetCalls();
  caller.adds = true;
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'users') return USERS;
    if (path === 'org/units') return { items: UNITS };
    throw new Error(path);
  });
});

describe('UsersPage', () => {
  it('lists accounts with role, unit and status', async () => {
    const page = mountPage(UsersPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('users', { page: 1, page_size: 50 });
    const table = page.get('[data-test="users-table"]');
    expect(table.text()).toContain('王网格');
    expect(table.text()).toContain('网格员');
    expect(table.text()).toContain('东社区');
    expect(page.get('[data-test="status-grid-411002001001-1"]').text()).toBe('已停用');
    page.unmount();
  });

  it('offers on each account exactly the actions the server lists, in its order', async () => {
    const page = mountPage(UsersPage);
    await flushPromises();
    const offered = (username: string) => page.findAll(`[data-test$="-${username}"].el-button`).map((b) => b.text());
    expect(offered('admin')).toEqual(['重置密码', '清除两步验证', '停用']);
    expect(offered('grid-411002001001-1')).toEqual(['修改', '重置密码', '清除两步验证', '启用']);
    expect(offered('auditor')).toEqual([]);
    expect(page.get('[data-test="command-line-auditor"]').text()).toBe('在服务器命令行管理');
    page.unmount();
  });

  it('offers no new account to a caller the server does not let add one', async () => {
    caller.adds = false;
    const page = mountPage(UsersPage);
    await flushPromises();
    expect(page.find('[data-test="user-add"]').exists()).toBe(false);
    page.unmount();
  });

  it('searches accounts by words after a pause, and by status at once, from the first page', async () => {
    vi.useFakeTimers();
    const page = mountPage(UsersPage);
    await flushPromises();
    typeInto('[data-test="users-search"]', '王');
    typeInto('[data-test="users-search"]', '王网');
    await vi.advanceTimersByTimeAsync(299);
    expect(calls.get.mock.calls.filter((c) => c[0] === 'users')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('users', { page: 1, page_size: 50, q: '王网' });

    await page.get('[data-test="users-state"]').trigger('click');
    await flushPromises();
    const disabled = [...document.querySelectorAll('.el-select-dropdown__item')].find((o) => o.textContent === '已停用') as HTMLElement;
    disabled.click();
    await flushPromises();
    expect(calls.get).toHaveBeenLastCalledWith('users', { page: 1, page_size: 50, q: '王网', state: 'disabled' });
    expect(calls.get.mock.calls.filter((c) => c[0] === 'users')).toHaveLength(3);
    vi.useRealTimers();
    page.unmount();
  });

  it('enables a disabled account', async () => {
    calls.post.mockResolvedValue({});
    const page = mountPage(UsersPage);
    await flushPromises();
    await page.get('[data-test="enable-grid-411002001001-1"]').trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('users/grid-411002001001-1/enable');
    expect(calls.get.mock.calls.filter((c) => c[0] === 'users')).toHaveLength(2);
    page.unmount();
  });

  it('adds an account and shows the password policy error from the server', async () => {
    calls.post.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', 'password must have at least 10 characters', 'password'));
    calls.post.mockResolvedValueOnce({});
    const page = mountPage(UsersPage);
    await flushPromises();
    await page.get('[data-test="user-add"]').trigger('click');
    await flushPromises();
    typeInto('[data-test="user-username"]', 'li-grid');
    typeInto('[data-test="user-display-name"]', '李网格');
    typeInto('[data-test="user-password"]', 'short1');
    await flushPromises();
    inBody('[data-test="user-save"]').click();
    await flushPromises();
    expect(inBody('[data-test="user-error"]').textContent).toContain('at least 10 characters');
    expect(calls.post).toHaveBeenLastCalledWith('users', {
      username: 'li-grid',
      display_name: '李网格',
      phone: undefined,
      role: 'grid_worker',
      unit_code: undefined,
      password: 'short1',
    });
    typeInto('[data-test="user-password"]', 'Longer2026pass');
    await flushPromises();
    inBody('[data-test="user-save"]').click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledTimes(2);
    expect(document.body.querySelector('[data-test="user-error"]')).toBeNull();
    page.unmount();
  });

  it('changes an account\'s role and unit with PATCH', async () => {
    calls.patch.mockResolvedValue({});
    const page = mountPage(UsersPage);
    await flushPromises();
    await page.get('[data-test="edit-grid-411002001001-1"]').trigger('click');
    await flushPromises();
    typeInto('[data-test="user-display-name"]', '王新');
    await flushPromises();
    inBody('[data-test="user-save"]').click();
    await flushPromises();
    expect(calls.patch).toHaveBeenCalledWith('users/grid-411002001001-1', {
      role: 'grid_worker',
      unit: '411002001001',
      display_name: '王新',
      phone: undefined,
    });
    page.unmount();
  });

  it('offers in the account form only the roles the server says the admin may give', async () => {
    const page = mountPage(UsersPage);
    await flushPromises();
    await page.get('[data-test="user-add"]').trigger('click');
    await flushPromises();
    expect(await offeredRoles()).toEqual(['居民', '网格员', '社区工作人员', '系统管理员']);
    page.unmount();
  });

  it('resets a password after confirming and shows the temporary password once', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
    calls.post.mockResolvedValue({ username: 'grid-411002001001-1', temporary_password: 'Tmp7kq2Wx9ab', must_change_password: true });
    const page = mountPage(UsersPage);
    await flushPromises();
    await page.get('[data-test="reset-grid-411002001001-1"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(calls.post).toHaveBeenCalledWith('users/grid-411002001001-1/reset-password');
    expect(inBody('[data-test="temporary-password"]').textContent).toBe('Tmp7kq2Wx9ab');
    inBody('[data-test="temporary-close"]').click();
    await flushPromises();
    expect(document.body.querySelector('[data-test="temporary-password"]')?.textContent ?? '').toBe('');
    confirm.mockRestore();
    page.unmount();
  });

  it('does not reset when the confirmation is cancelled', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel');
    const page = mountPage(UsersPage);
    await flushPromises();
    await page.get('[data-test="reset-grid-411002001001-1"]').trigger('click');
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    confirm.mockRestore();
    page.unmount();
  });

  it('clears an account\'s two-step sign-in after confirming', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
    calls.post.mockResolvedValue({ username: 'grid-411002001001-1', two_factor_on: false });
    const page = mountPage(UsersPage);
    await flushPromises();
    await page.get('[data-test="reset-two-factor-grid-411002001001-1"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(String(confirm.mock.calls[0][0])).toContain('两步验证');
    expect(calls.post).toHaveBeenCalledWith('users/grid-411002001001-1/reset-two-factor');
    confirm.mockRestore();
    page.unmount();
  });

  it('shows an error state when the list cannot be read', async () => {
    calls.get.mockRejectedValue(new ApiError(403, 'permission_denied', 'admin only'));
    const page = mountPage(UsersPage);
    await flushPromises();
    expect(page.get('[role="alert"]').text()).toContain('没有权限');
    page.unmount();
  });
});

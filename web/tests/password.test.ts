// Changing one's password, and the forced change after an administrator's reset.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { homePathFor } from '@/api/session';
import type { User } from '@/api/types';
import ChangePasswordPage from '@/pages/common/ChangePasswordPage.vue';
import { mountPage, stubFetch } from './helpers';

vi.setConfig({ testTimeout: 20000 });

const grid = { id: 3, username: 'grid1', display_name: '王网格', role: 'grid_worker', unit: null, disabled: false, phone: '',
  can: { workbench: true, map: true } };

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function fill(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], old: string, next: string, repeat: string) {
  // Element Plus puts the data-test attribute on the <input> itself.
  await wrapper.get('input[data-test="old-password"]').setValue(old);
  await wrapper.get('input[data-test="new-password"]').setValue(next);
  await wrapper.get('input[data-test="repeat-password"]').setValue(repeat);
}

describe('change password', () => {
  it('sends the current and the new password, then goes home with the new session', async () => {
    const calls = stubFetch({
      'POST /api/v1/auth/password': { json: { token: 't2', csrf_token: 'c2', user: { ...grid, must_change_password: false } } },
    });
    const { wrapper, router } = await mountPage(ChangePasswordPage, '/account/password');
    await fill(wrapper, 'Temp2026abcd', 'Mine2026xyzw', 'Mine2026xyzw');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(calls).toHaveLength(1);
    expect(calls[0].body).toEqual({ old_password: 'Temp2026abcd', new_password: 'Mine2026xyzw' });
    expect(router.currentRoute.value.path).toBe('/workbench');
    wrapper.unmount();
  });

  it('refuses two different new passwords without asking the server', async () => {
    const calls = stubFetch({});
    const { wrapper } = await mountPage(ChangePasswordPage, '/account/password');
    await fill(wrapper, 'Temp2026abcd', 'Mine2026xyzw', 'Mine2026xyzq');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(calls).toHaveLength(0);
    expect(wrapper.get('[data-test="change-password-error"]').text()).toContain('两次输入的新密码不一致');
    wrapper.unmount();
  });

  it('shows the policy error the server gives', async () => {
    stubFetch({
      'POST /api/v1/auth/password': {
        status: 400,
        json: { error: { code: 'invalid_argument', message: '新密码不符合要求 password must mix letters and digits', field: 'new_password' } },
      },
    });
    const { wrapper } = await mountPage(ChangePasswordPage, '/account/password');
    await fill(wrapper, 'Temp2026abcd', 'onlyletterslong', 'onlyletterslong');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    // The page speaks the chosen language: the Chinese half of the server's message.
    expect(wrapper.get('[data-test="change-password-error"]').text()).toContain('新密码不符合要求');
    wrapper.unmount();
  });
});

describe('a forced change', () => {
  it('is where an account with a reset password lands after sign-in', () => {
    expect(homePathFor({ ...grid, must_change_password: true } as User)).toBe('/account/password');
    expect(homePathFor({ ...grid, must_change_password: false } as User)).toBe('/workbench');
  });

  it('keeps every other page closed until the password is changed', async () => {
    stubFetch({ 'GET /api/v1/auth/me': { json: { ...grid, must_change_password: true, csrf_token: 'c1' } } });
    localStorage.setItem('sanwang.signedIn', '1'); // signed in before: the app asks the server who it is
    const { router } = await import('@/router');
    await router.push('/workbench');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('change-password');
    await router.push('/map');
    expect(router.currentRoute.value.name).toBe('change-password');
  });
});

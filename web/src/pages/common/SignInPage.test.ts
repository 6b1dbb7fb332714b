import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, resetCalls, typeInto } from '../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const replace = vi.fn();
vi.mock('vue-router', () => ({
  useRoute: () => ({ query: {} }),
  useRouter: () => ({ replace, push: vi.fn() }),
}));
import SignInPage from './SignInPage.vue';

const SESSION = {
  token: 't',
  csrf_token: 'c',
  user: { id: 1, username: 'admin', role: 'admin', must_change_password: false, must_set_up_two_factor: false, can: { admin: true } },
};

async function mountPage() {
  const page = mount(SignInPage, {
    attachTo: document.body,
    global: { plugins: [i18n, ElementPlus], stubs: { 'router-link': { template: '<a><slot /></a>' } } },
  });
  await flushPromises();
  return page;
}

async function submit(): Promise<void> {
  inBody('[data-test="sign-in-submit"]').click();
  await flushPromises();
}

beforeEach(() => {
  resetCalls();
  replace.mockReset();
  i18n.global.locale.value = 'zh';
});

describe('SignInPage', () => {
  it('asks for the one-time code when the server names it, then sends it with the password', async () => {
    calls.post
      .mockRejectedValueOnce(new ApiError(401, 'unauthenticated', '请输入两步验证的动态验证码 enter the one-time code', 'code'))
      .mockResolvedValueOnce(SESSION);
    const page = await mountPage();
    expect(document.body.querySelector('[data-test="sign-in-code"]')).toBeNull();
    typeInto('#sign-in-username', 'admin');
    typeInto('#sign-in-password', 'Sanwang2026');
    await submit();
    expect(inBody('[data-test="sign-in-code-hint"]').textContent).toContain('6 位动态验证码');
    expect(document.body.querySelector('[role="alert"]')).toBeNull(); // a question, not an error
    expect(replace).not.toHaveBeenCalled();

    typeInto('[data-test="sign-in-code"]', '492039');
    await submit();
    expect(calls.post).toHaveBeenLastCalledWith('auth/sign-in', { username: 'admin', password: 'Sanwang2026', code: '492039' });
    expect(replace).toHaveBeenCalledWith('/admin/catalog');
    page.unmount();
  });

  it('says so when the code is wrong, and sends no code field for an account without one', async () => {
    calls.post
      .mockRejectedValueOnce(new ApiError(401, 'unauthenticated', 'x', 'code'))
      .mockRejectedValueOnce(new ApiError(401, 'unauthenticated', '动态验证码错误或已用过 the one-time code is wrong or was used already', 'code'));
    const page = await mountPage();
    typeInto('#sign-in-username', 'admin');
    typeInto('#sign-in-password', 'Sanwang2026');
    await submit();
    expect(calls.post).toHaveBeenLastCalledWith('auth/sign-in', { username: 'admin', password: 'Sanwang2026' });
    typeInto('[data-test="sign-in-code"]', '000000');
    await submit();
    expect(inBody('[role="alert"]').textContent).toContain('动态验证码错误');
    page.unmount();
  });
});

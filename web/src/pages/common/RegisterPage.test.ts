import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
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
import RegisterPage from './RegisterPage.vue';

const COMMUNITIES = {
  items: [
    { id: 3, code: '411002001001', name: '东社区', name_en: 'East', street: { code: '411002001', name: '西大街街道' } },
    { id: 4, code: '411002001002', name: '南社区', name_en: 'South', street: { code: '411002001', name: '西大街街道' } },
  ],
};

function serve(mode: { open: boolean; code_required: boolean }): void {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'auth/registration') return { ...mode, code_valid_seconds: 600, resend_seconds: 60 };
    if (path === 'auth/registration/communities') return COMMUNITIES;
    throw new Error(path);
  });
}

async function mountPage() {
  const page = mount(RegisterPage, {
    attachTo: document.body,
    global: { plugins: [i18n, ElementPlus], stubs: { 'router-link': { template: '<a><slot /></a>' } } },
  });
  await flushPromises();
  return page;
}

// The message under a field, '' when there is none.
function fieldError(field: string): string {
  return document.body.querySelector(`[data-test="error-${field}"]`)?.textContent?.trim() ?? '';
}

async function fill(page: Awaited<ReturnType<typeof mountPage>>, withCode: boolean): Promise<void> {
  typeInto('[data-test="register-phone"]', '13912345678');
  if (withCode) typeInto('[data-test="register-code"]', '123456');
  typeInto('[data-test="register-name"]', '王小明');
  typeInto('[data-test="register-password"]', 'Garden2026x');
  typeInto('[data-test="register-repeat"]', 'Garden2026x');
  (page.vm as unknown as { $: { setupState: { form: { community_code: string } } } }).$.setupState.form.community_code = '411002001002';
  await flushPromises();
}

beforeEach(() => {
  resetCalls();
  replace.mockReset();
  i18n.global.locale.value = 'zh';
});
afterEach(() => vi.useRealTimers());

describe('RegisterPage', () => {
  it('shows the code field only when the server asks for a code', async () => {
    serve({ open: true, code_required: false });
    let page = await mountPage();
    expect(document.body.querySelector('[data-test="register-code"]')).toBeNull();
    expect(document.body.querySelector('[data-test="register-phone"]')).not.toBeNull();
    page.unmount();
    serve({ open: true, code_required: true });
    page = await mountPage();
    expect(document.body.querySelector('[data-test="register-code"]')).not.toBeNull();
    page.unmount();
  });

  it('says so when registration is closed, with no form', async () => {
    serve({ open: false, code_required: false });
    const page = await mountPage();
    expect(inBody('[data-test="register-closed"]').textContent).toContain('暂未开放');
    expect(document.body.querySelector('[data-test="register-submit"]')).toBeNull();
    page.unmount();
  });

  it('marks bad fields on submit and clears each message once the field is fixed', async () => {
    serve({ open: true, code_required: false });
    const page = await mountPage();
    typeInto('[data-test="register-phone"]', '2391234');
    await page.find('form').trigger('submit');
    await flushPromises();
    expect(fieldError('phone')).toContain('11 位手机号');
    expect(fieldError('password')).toContain('至少 10 个字符');
    expect(calls.post).not.toHaveBeenCalled();
    typeInto('[data-test="register-phone"]', '13912345678');
    await flushPromises();
    expect(fieldError('phone')).toBe('');
    expect(fieldError('password')).toContain('至少 10 个字符');
    typeInto('[data-test="register-password"]', 'Garden2026x');
    await flushPromises();
    expect(fieldError('password')).toBe('');
    page.unmount();
  });

  it('registers, which signs in, and lands on the matters page', async () => {
    serve({ open: true, code_required: false });
    calls.post.mockResolvedValue({ token: 't', csrf_token: 'c', user: { id: 9, username: '13912345678', role: 'resident' } });
    const page = await mountPage();
    await fill(page, false);
    await page.find('form').trigger('submit');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('auth/register', {
      phone: '13912345678',
      password: 'Garden2026x',
      display_name: '王小明',
      community_code: '411002001002',
    });
    expect(replace).toHaveBeenCalledWith('/r/matters');
    page.unmount();
  });

  it('sends a code, counts down before another, and sends the code with the form', async () => {
    vi.useFakeTimers();
    serve({ open: true, code_required: true });
    calls.post.mockImplementation(async (path: string) => {
      if (path === 'auth/registration/code') return { sent: true, valid_seconds: 600, resend_seconds: 60 };
      return { token: 't', csrf_token: 'c', user: { id: 9, username: '13912345678', role: 'resident' } };
    });
    const page = await mountPage();
    typeInto('[data-test="register-phone"]', '13912345678');
    await page.find('[data-test="register-send-code"]').trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('auth/registration/code', { phone: '13912345678' });
    const button = () => page.find('[data-test="register-send-code"]');
    expect(button().text()).toContain('60 秒后');
    expect(button().attributes('disabled')).toBeDefined();
    await vi.advanceTimersByTimeAsync(60000);
    expect(button().text()).toBe('获取验证码');
    await fill(page, true);
    await page.find('form').trigger('submit');
    await flushPromises();
    expect(calls.post).toHaveBeenLastCalledWith('auth/register', expect.objectContaining({ code: '123456' }));
    page.unmount();
  });

  it("shows the server's refusal under the field it names", async () => {
    serve({ open: true, code_required: false });
    calls.post.mockRejectedValue(new ApiError(409, 'already_exists', '该手机号已注册，请直接登录 this phone number is already registered; sign in instead', 'phone'));
    const page = await mountPage();
    await fill(page, false);
    await page.find('form').trigger('submit');
    await flushPromises();
    expect(fieldError('phone')).toContain('该手机号已注册');
    expect(replace).not.toHaveBeenCalled();
    page.unmount();
  });
});

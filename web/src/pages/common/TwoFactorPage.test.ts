import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ApiError } from '@/api/client';
import { i18n } from '@/i18n';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
const replace = vi.fn();
vi.mock('vue-router', () => ({ useRouter: () => ({ replace, push: vi.fn() }) }));
import TwoFactorPage from './TwoFactorPage.vue';

const OFF = { offered: true, on: false, pending: false, required: false, may_turn_off: false, recovery_codes_left: 0 };
const ON = { ...OFF, on: true, may_turn_off: true, recovery_codes_left: 10 };
const CODES = ['a2b3c-d4e5f', 'g6h7j-k8m9n', 'p2q3r-s4t5u', 'v6w7x-y8z92', '33333-44444', '55555-66666', '77777-88888', '99999-22222', 'abcde-fghjk', 'mnpqr-stuvw'];

function serve(standing: typeof OFF): void {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'auth/two-factor') return standing;
    if (path === 'auth/me') return { id: 1, username: 'grid1', role: 'grid_worker', must_set_up_two_factor: false };
    throw new Error(path);
  });
}

async function click(selector: string): Promise<void> {
  inBody(selector).click();
  await flushPromises();
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('TwoFactorPage', () => {
  it('sets it up: a QR code and the secret, then the first code turns it on and shows the recovery codes once', async () => {
    serve(OFF);
    calls.post.mockImplementation(async (path: string) => {
      if (path === 'auth/two-factor/setup') return { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', otpauth_uri: 'otpauth://totp/Sanwang%3Agrid1?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
      if (path === 'auth/two-factor/confirm') return { recovery_codes: CODES };
      throw new Error(path);
    });
    const page = mountPage(TwoFactorPage);
    await flushPromises();
    await click('[data-test="two-factor-begin"]');
    expect(inBody('[data-test="qr-code"]').getAttribute('aria-label')).toBe('两步验证二维码');
    expect(inBody('[data-test="two-factor-secret"]').textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    const confirm = inBody('[data-test="two-factor-confirm"]') as HTMLButtonElement;
    typeInto('[data-test="two-factor-code"]', '12345');
    await flushPromises();
    expect(confirm.disabled).toBe(true); // six digits or nothing is sent
    typeInto('[data-test="two-factor-code"]', '123456');
    await flushPromises();
    serve(ON);
    await click('[data-test="two-factor-confirm"]');
    expect(calls.post).toHaveBeenCalledWith('auth/two-factor/confirm', { code: '123456' });
    expect(inBody('[data-test="recovery-codes"]').querySelectorAll('li')).toHaveLength(10);
    await click('[data-test="two-factor-done"]');
    expect(replace).toHaveBeenCalled();
    page.unmount();
  });

  it('offers turning off only where the server allows it, and shows a wrong code', async () => {
    serve({ ...ON, may_turn_off: false });
    const page = mountPage(TwoFactorPage);
    await flushPromises();
    expect(inBody('[data-test="two-factor-on"]').textContent).toContain('剩余 10 个恢复码');
    expect(document.body.querySelector('[data-test="two-factor-off"]')).toBeNull();
    expect(inBody('[data-test="two-factor-keep"]').textContent).toContain('不能自行关闭');
    calls.post.mockRejectedValueOnce(new ApiError(400, 'invalid_argument', '动态验证码错误或已用过 the one-time code is wrong or was used already', 'code'));
    typeInto('[data-test="two-factor-current"]', '000000');
    await flushPromises();
    await click('[data-test="two-factor-renew"]');
    expect(inBody('[data-test="two-factor-error"]').textContent).toContain('动态验证码错误');
    page.unmount();

    resetCalls();
    serve(ON);
    const mine = mountPage(TwoFactorPage);
    await flushPromises();
    expect(inBody('[data-test="two-factor-off"]').textContent).toContain('关闭两步验证');
    mine.unmount();
  });

  it('tells residents it is not for them', async () => {
    serve({ ...OFF, offered: false });
    const page = mountPage(TwoFactorPage);
    await flushPromises();
    expect(inBody('[data-test="two-factor-not-offered"]').textContent).toContain('居民账号');
    expect(document.body.querySelector('[data-test="two-factor-begin"]')).toBeNull();
    page.unmount();
  });
});

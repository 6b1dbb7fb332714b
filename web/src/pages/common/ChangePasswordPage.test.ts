import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { signIn } from '@/api/session';
import { calls, inBody, mountPage, resetCalls } from '../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
vi.mock('vue-router', () => ({ useRouter: () => ({ replace: vi.fn(), push: vi.fn() }) }));
import ChangePasswordPage from './ChangePasswordPage.vue';

// Signs in as an account the server holds to a password change for `reason`.
async function signedInToChange(reason: string): Promise<void> {
  calls.post.mockResolvedValue({
    token: 't',
    csrf_token: 'c',
    user: { id: 9, username: 'grid1', role: 'grid_worker', must_change_password: true, must_change_reason: reason },
  });
  await signIn('grid1', 'Sanwang2026');
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('ChangePasswordPage', () => {
  it('says why the password must be changed first', async () => {
    for (const [reason, zh] of [
      ['reset', '管理员已重置'],
      ['expired', '密码已过期'],
      ['demo_password', '演示密码'],
    ]) {
      await signedInToChange(reason);
      const page = mountPage(ChangePasswordPage);
      await flushPromises();
      expect(inBody('[data-test="must-change"]').textContent).toContain(zh);
      page.unmount();
    }
  });

  it('says it in English too', async () => {
    i18n.global.locale.value = 'en';
    await signedInToChange('expired');
    const page = mountPage(ChangePasswordPage);
    await flushPromises();
    expect(inBody('[data-test="must-change"]').textContent).toContain('Your password has expired');
    page.unmount();
  });
});

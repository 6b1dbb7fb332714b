import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import { i18n } from '@/i18n';
import { calls, mountPage, resetCalls } from '../admin/test_support';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import CalendarSubscription from './CalendarSubscription.vue';
import { feedAddress } from './calendar_api';

const MADE = { active: true, created_at: '2026-11-30T09:00:00+08:00', path: '/api/v1/calendar/Zq3hT0pSecret.ics' };

// Element Plus puts data-test on the input itself, or on its wrapper.
function addressInput(card: { element: Element }): HTMLInputElement {
  const host = card.element.querySelector<HTMLElement>('[data-test="calendar-address"]');
  if (!host) throw new Error('no address shown');
  return (host.tagName === 'INPUT' ? host : host.querySelector('input')) as HTMLInputElement;
}

function linkState(active: boolean) {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'me/calendar-link') return active ? { active, created_at: MADE.created_at } : { active, created_at: null };
    throw new Error(path);
  });
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('feedAddress', () => {
  it('puts the feed path on the site', () => {
    expect(feedAddress('/api/v1/calendar/abc.ics', 'https://sanwang.example.cn')).toBe(
      'https://sanwang.example.cn/api/v1/calendar/abc.ics',
    );
  });
});

describe('CalendarSubscription', () => {
  it('makes the link and shows its address to copy', async () => {
    linkState(false);
    calls.post.mockResolvedValue(MADE);
    const card = mountPage(CalendarSubscription);
    await flushPromises();
    expect(card.text()).toContain('订阅日历');
    expect(card.find('[data-test="calendar-rotate"]').exists()).toBe(false);
    await card.get('[data-test="calendar-create"]').trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('me/calendar-link');
    const address = addressInput(card);
    expect(address.value).toBe(feedAddress(MADE.path));
    expect(address.readOnly).toBe(true);
    expect(card.find('[data-test="calendar-create"]').exists()).toBe(false);
    expect(card.find('[data-test="calendar-rotate"]').exists()).toBe(true);
    card.unmount();
  });

  it('offers rotating a link made before, whose address the server no longer shows', async () => {
    linkState(true);
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
    calls.post.mockResolvedValue({ ...MADE, path: '/api/v1/calendar/NewSecret.ics' });
    const card = mountPage(CalendarSubscription);
    await flushPromises();
    expect(card.get('[data-test="calendar-made"]').text()).toContain('2026-11-30 09:00');
    expect(card.find('[data-test="calendar-address"]').exists()).toBe(false);
    await card.get('[data-test="calendar-rotate"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(calls.post).toHaveBeenCalledWith('me/calendar-link/rotate');
    expect(addressInput(card).value).toBe(
      feedAddress('/api/v1/calendar/NewSecret.ics'),
    );
    confirm.mockRestore();
    card.unmount();
  });

  it('keeps the old address when rotating is cancelled', async () => {
    linkState(true);
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel');
    const card = mountPage(CalendarSubscription);
    await flushPromises();
    await card.get('[data-test="calendar-rotate"]').trigger('click');
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    confirm.mockRestore();
    card.unmount();
  });

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en';
    linkState(false);
    const card = mountPage(CalendarSubscription);
    await flushPromises();
    expect(card.text()).toContain('Subscribe to calendar');
    card.unmount();
  });
});

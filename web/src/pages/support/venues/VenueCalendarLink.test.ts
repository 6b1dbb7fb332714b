import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus, { ElMessageBox } from 'element-plus';
import { i18n } from '@/i18n';
import { calls, resetCalls } from '../../admin/test_support';
import { feedAddress } from '../calendar_api';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import VenueCalendarLink from './VenueCalendarLink.vue';

const CREATED = '2026-11-30T09:00:00+08:00';
const MADE = { active: true, created_at: CREATED, path: '/api/v1/calendar/venues/Zq3hT0pSecret.ics' };

function mountCard() {
  return mount(VenueCalendarLink, { props: { venueId: 7 }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
}

// Element Plus puts data-test on the input itself, or on its wrapper.
function addressInput(card: { element: Element }): HTMLInputElement | null {
  const host = card.element.querySelector<HTMLElement>('[data-test="venue-feed-address"]');
  if (!host) return null;
  return (host.tagName === 'INPUT' ? host : host.querySelector('input')) as HTMLInputElement;
}

function linkState(active: boolean) {
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'venues/7/feed-link') return { active, created_at: active ? CREATED : null };
    throw new Error(path);
  });
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
});

describe('VenueCalendarLink', () => {
  it('publishes the calendar and shows its address once, with the warning', async () => {
    linkState(false);
    calls.post.mockResolvedValue(MADE);
    const confirm = vi.spyOn(ElMessageBox, 'confirm');
    const card = mountCard();
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('venues/7/feed-link');
    expect(card.text()).toContain('日历订阅');
    expect(card.get('[data-test="venue-feed-publish"]').text()).toBe('发布日历');
    expect(card.find('[data-test="venue-feed-remove"]').exists()).toBe(false);
    expect(addressInput(card)).toBeNull();

    await card.get('[data-test="venue-feed-publish"]').trigger('click');
    await flushPromises();
    expect(confirm).not.toHaveBeenCalled(); // nothing published yet, nothing to break
    expect(calls.post).toHaveBeenCalledWith('venues/7/feed-link/rotate');
    const address = addressInput(card)!;
    expect(address.value).toBe(feedAddress(MADE.path));
    expect(address.value).toBe(`${window.location.origin}${MADE.path}`);
    expect(address.readOnly).toBe(true);
    expect(card.get('[data-test="venue-feed-once"]').text()).toContain('只显示这一次');
    expect(card.get('[data-test="venue-feed-once"]').text()).toContain('不含预约人');
    expect(card.get('[data-test="venue-feed-publish"]').text()).toBe('更换地址');
    expect(card.find('[data-test="venue-feed-remove"]').exists()).toBe(true);
    confirm.mockRestore();
    card.unmount();

    // The server shows the secret only in that answer: a later visit sees when, not where.
    linkState(true);
    const again = mountCard();
    await flushPromises();
    expect(addressInput(again)).toBeNull();
    expect(again.get('[data-test="venue-feed-made"]').text()).toContain('2026-11-30 09:00');
    again.unmount();
  });

  it('asks before rotating an active address, and keeps it when cancelled', async () => {
    linkState(true);
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel').mockResolvedValueOnce('confirm' as never);
    calls.post.mockResolvedValue({ ...MADE, path: '/api/v1/calendar/venues/NewSecret.ics' });
    const card = mountCard();
    await flushPromises();
    await card.get('[data-test="venue-feed-publish"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(String(confirm.mock.calls[0][0])).toContain('旧地址将立即失效');
    expect(calls.post).not.toHaveBeenCalled();

    await card.get('[data-test="venue-feed-publish"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(calls.post).toHaveBeenCalledWith('venues/7/feed-link/rotate');
    expect(addressInput(card)!.value).toBe(feedAddress('/api/v1/calendar/venues/NewSecret.ics'));
    confirm.mockRestore();
    card.unmount();
  });

  it('stops publishing after confirmation and forgets the address shown', async () => {
    linkState(false);
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
    calls.post.mockImplementation(async (path: string) => {
      if (path === 'venues/7/feed-link/rotate') return MADE;
      if (path === 'venues/7/feed-link/remove') return { active: false, created_at: null };
      throw new Error(path);
    });
    const card = mountCard();
    await flushPromises();
    await card.get('[data-test="venue-feed-publish"]').trigger('click');
    await flushPromises();
    expect(addressInput(card)).not.toBeNull();

    await card.get('[data-test="venue-feed-remove"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(calls.post).toHaveBeenLastCalledWith('venues/7/feed-link/remove');
    expect(addressInput(card)).toBeNull();
    expect(card.find('[data-test="venue-feed-remove"]').exists()).toBe(false);
    expect(card.get('[data-test="venue-feed-publish"]').text()).toBe('发布日历');
    confirm.mockRestore();
    card.unmount();
  });

  it('does not stop publishing when the confirmation is cancelled', async () => {
    linkState(true);
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel');
    const card = mountCard();
    await flushPromises();
    await card.get('[data-test="venue-feed-remove"]').trigger('click');
    await flushPromises();
    expect(calls.post).not.toHaveBeenCalled();
    expect(card.find('[data-test="venue-feed-remove"]').exists()).toBe(true);
    confirm.mockRestore();
    card.unmount();
  });

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en';
    linkState(true);
    const card = mountCard();
    await flushPromises();
    expect(card.text()).toContain('Publish calendar');
    expect(card.get('[data-test="venue-feed-publish"]').text()).toBe('Rotate address');
    expect(card.get('[data-test="venue-feed-remove"]').text()).toBe('Stop publishing');
    card.unmount();
  });
});

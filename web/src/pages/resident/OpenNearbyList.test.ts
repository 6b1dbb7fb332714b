import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { calls, mountPage, resetCalls } from '../admin/test_support';
import OpenNearbyList from './OpenNearbyList.vue';

vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts

const NEARBY = {
  radius_m: 300,
  items: [
    { id: 7, title: '路灯不亮', item_code: 'A01-003', item_name: '路灯损坏', state: 'accepted', metres: 42.4, mine: false },
    { id: 9, title: '井盖松动', item_code: 'A01-004', item_name: '道路损坏', state: 'dispatched', metres: 180, mine: true },
  ],
};

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'cases/open-nearby') return NEARBY;
    throw new Error(path);
  });
  calls.post.mockResolvedValue({ id: 7, following: true });
});

describe('OpenNearbyList', () => {
  it('lists the open matters near the pin before filing, and follows one', async () => {
    const list = mountPage(OpenNearbyList);
    await flushPromises();
    expect(list.find('[data-test="open-nearby"]').exists()).toBe(false); // no pin yet
    await list.setProps({ point: { lat: 34.01, lon: 113.805 } });
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('cases/open-nearby', { lat: 34.01, lon: 113.805, coord_system: 'wgs84' });
    const items = list.findAll('[data-test="open-nearby-item"]');
    expect(items).toHaveLength(2);
    expect(items[0].text()).toContain('路灯不亮');
    expect(items[0].text()).toContain('路灯损坏');
    expect(items[0].text()).toContain('42 米');
    expect(items[1].find('[data-test="followed"]').exists()).toBe(true);
    await items[0].find('[data-test="follow"]').trigger('click');
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('cases/7/follow'); // the route takes no body
    expect(list.findAll('[data-test="followed"]')).toHaveLength(2);
    list.unmount();
  });

  it('shows nothing when no open matter is near', async () => {
    calls.get.mockResolvedValue({ radius_m: 300, items: [] });
    const list = mountPage(OpenNearbyList);
    await list.setProps({ point: { lat: 34.01, lon: 113.805 } });
    await flushPromises();
    expect(list.find('[data-test="open-nearby"]').exists()).toBe(false);
    list.unmount();
  });
});

import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { ApiError } from '@/api/client';
import { calls, inBody, mountPage, resetCalls, typeInto } from '../../admin/test_support';
import type { Venue, VenuePhotoList, VenueSchedule } from './venue_api';

vi.setConfig({ testTimeout: 20000 });
vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
vi.mock('vue-router', () => ({ useRoute: () => ({ params: { id: '7' } }) }));
import VenueDetailPage from './VenueDetailPage.vue';

const VENUE: Venue = {
  id: 7,
  owner_unit_code: 'C1',
  owner_unit_name: '和平社区',
  name: '和平社区活动室',
  kind: 'activity_room',
  address: '建设路 1 号',
  lon: null,
  lat: null,
  capacity: 30,
  hours: { workday: '09:00-12:00', rest_day: '' },
  open_to: 'public',
  max_days_ahead: 14,
  max_minutes: 120,
  needs_approval: false,
  active: true,
};

// Dates far ahead, so that no slot is in the past whenever the test runs.
const SCHEDULE: VenueSchedule = {
  venue: VENUE,
  from: '2099-06-01T00:00:00+08:00',
  to: '2099-06-03T00:00:00+08:00',
  days: [
    { date: '2099-06-01', hours: '09:00-12:00' },
    { date: '2099-06-02', hours: '09:00-12:00' },
  ],
  items: [
    {
      id: 3,
      venue_id: 7,
      venue_name: VENUE.name,
      starts_at: '2099-06-01T10:00:00+08:00',
      ends_at: '2099-06-01T11:00:00+08:00',
      purpose: '书法班',
      people: 12,
      state: 'accepted',
      mine: false,
    },
  ],
};

const NO_PHOTOS: VenuePhotoList = { items: [], may_manage: false };

function slot(at: string): HTMLButtonElement {
  return inBody(`[data-slot="${at}"]`) as HTMLButtonElement;
}

beforeEach(() => {
  resetCalls();
  i18n.global.locale.value = 'zh';
  calls.get.mockImplementation(async (path: string) => {
    if (path === 'venues/7') return VENUE;
    if (path === 'venues/7/bookings') return SCHEDULE;
    if (path === 'venues/7/photos') return NO_PHOTOS;
    throw new Error(path);
  });
});

describe('VenueDetailPage', () => {
  it('books the chosen half hours with their Shanghai times and offers no taken slot', async () => {
    calls.post.mockResolvedValue({ ...SCHEDULE.items[0], id: 9, state: 'accepted', mine: true });
    const page = mountPage(VenueDetailPage);
    await flushPromises();
    expect(slot('2099-06-01 10:00').disabled).toBe(true);
    expect(slot('2099-06-01 10:00').textContent).toContain('已预订');
    slot('2099-06-02 09:00').click();
    await flushPromises();
    slot('2099-06-02 10:00').click();
    await flushPromises();
    expect(inBody('[data-test="selection"]').textContent).toContain('2099-06-02 09:00–10:30');
    (inBody('[data-test="book"]') as HTMLButtonElement).click();
    await flushPromises();
    typeInto('[data-test="purpose"]', '合唱排练');
    await flushPromises();
    (inBody('[data-test="confirm-booking"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls.post).toHaveBeenCalledWith('venues/7/bookings', {
      starts_at: '2099-06-02T09:00:00+08:00',
      ends_at: '2099-06-02T10:30:00+08:00',
      purpose: '合唱排练',
      people: 1,
    });
    page.unmount();
  });

  it('says the time was just taken and reloads the week when the server answers 409', async () => {
    calls.post.mockRejectedValue(new ApiError(409, 'conflict', '该时段已被预订 the venue is already booked for that time'));
    const page = mountPage(VenueDetailPage);
    await flushPromises();
    const loads = calls.get.mock.calls.filter(([path]) => path === 'venues/7/bookings').length;
    slot('2099-06-01 09:00').click();
    await flushPromises();
    (inBody('[data-test="book"]') as HTMLButtonElement).click();
    await flushPromises();
    typeInto('[data-test="purpose"]', '读书会');
    await flushPromises();
    (inBody('[data-test="confirm-booking"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(document.body.textContent).toContain('该时段刚被他人预订');
    expect(calls.get.mock.calls.filter(([path]) => path === 'venues/7/bookings').length).toBe(loads + 1);
    page.unmount();
  });

  it('offers publishing the calendar to the venue\'s managers only', async () => {
    const page = mountPage(VenueDetailPage);
    await flushPromises();
    expect(page.find('[data-test="venue-feed-card"]').exists()).toBe(false);
    expect(calls.get).not.toHaveBeenCalledWith('venues/7/feed-link');
    page.unmount();

    calls.get.mockImplementation(async (path: string) => {
      if (path === 'venues/7') return { ...VENUE, manage: true };
      if (path === 'venues/7/bookings') return SCHEDULE;
      if (path === 'venues/7/feed-link') return { active: false, created_at: null };
      if (path === 'venues/7/photos') return { items: [], may_manage: true };
      throw new Error(path);
    });
    const managed = mountPage(VenueDetailPage);
    await flushPromises();
    expect(managed.get('[data-test="venue-feed-card"]').text()).toContain('日历订阅');
    expect(calls.get).toHaveBeenCalledWith('venues/7/feed-link');
    managed.unmount();
  });

  it('shows the photos just below the facts, and no empty gallery to a resident', async () => {
    const page = mountPage(VenueDetailPage);
    await flushPromises();
    expect(calls.get).toHaveBeenCalledWith('venues/7/photos');
    expect(page.find('[data-test="venue-photos"]').exists()).toBe(false);
    page.unmount();

    const cover = {
      id: 3,
      caption: '活动室全景',
      content_type: 'image/jpeg',
      size_bytes: 4096,
      sha256: 'abc',
      uploaded_at: '2026-12-01T09:00:00+08:00',
      url: '/api/v1/venues/7/photos/3',
    } as const;
    calls.get.mockImplementation(async (path: string) => {
      if (path === 'venues/7') return VENUE;
      if (path === 'venues/7/bookings') return SCHEDULE;
      if (path === 'venues/7/photos') return { items: [cover], may_manage: false } satisfies VenuePhotoList;
      throw new Error(path);
    });
    const shown = mountPage(VenueDetailPage);
    await flushPromises();
    const gallery = shown.get('[data-test="venue-photos"]');
    expect(gallery.element.previousElementSibling?.classList.contains('venue-detail__facts')).toBe(true);
    expect(gallery.get('img').attributes('src')).toBe('/api/v1/venues/7/photos/3');
    expect(gallery.text()).toContain('活动室全景');
    shown.unmount();
  });

  it('asks for a purpose before sending anything', async () => {
    const page = mountPage(VenueDetailPage);
    await flushPromises();
    slot('2099-06-01 09:00').click();
    await flushPromises();
    (inBody('[data-test="book"]') as HTMLButtonElement).click();
    await flushPromises();
    (inBody('[data-test="confirm-booking"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(document.body.textContent).toContain('请填写用途');
    expect(calls.post).not.toHaveBeenCalled();
    page.unmount();
  });
});

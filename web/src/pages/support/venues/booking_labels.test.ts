import { describe, expect, it } from 'vitest';
import { bookingTag, bookingTime, cancellable } from './booking_labels';
import type { Booking } from './venue_api';

const b: Booking = {
  id: 1,
  venue_id: 2,
  venue_name: '阅览室',
  starts_at: '2026-12-08T01:00:00Z',
  ends_at: '2026-12-08T02:30:00Z',
  purpose: '读书会',
  people: 8,
  state: 'accepted',
  mine: true,
};

describe('booking labels', () => {
  it('shows the time in Shanghai whatever the zone it was sent in', () => {
    expect(bookingTime(b)).toBe('2026-12-08 09:00–10:30');
  });
  it('colours states', () => {
    expect(bookingTag('pending')).toBe('warning');
    expect(bookingTag('refused')).toBe('danger');
  });
  it('lets the booker cancel only what holds a slot and has not begun', () => {
    const before = new Date('2026-12-08T00:00:00Z');
    expect(cancellable(b, before)).toBe(true);
    expect(cancellable({ ...b, state: 'refused' }, before)).toBe(false);
    expect(cancellable(b, new Date('2026-12-08T01:30:00Z'))).toBe(false);
  });
});

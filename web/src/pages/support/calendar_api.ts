// A person's calendar link (src/support/api/calendar_routes.cc): whether they have one,
// making it and rotating it. The feed's secret path comes only in the answer that made the
// link; the server keeps nothing it could show again.
import { call } from '@/api/typed_client';
import type { Schemas } from '@/api/types';

export type CalendarLink = Schemas['CalendarLink'];

export const myCalendarLink = () => call('get', '/api/v1/me/calendar-link');
export const createCalendarLink = () => call('post', '/api/v1/me/calendar-link');
export const rotateCalendarLink = () => call('post', '/api/v1/me/calendar-link/rotate');

// The address a calendar program subscribes to: the feed's path on this site.
export function feedAddress(path: string, origin: string = window.location.origin): string {
  return new URL(path, origin).toString();
}

// The venue and booking routes of the support net (src/support/api/venue_routes.cc).
import { api } from '@/api/client';

export const VENUE_KINDS = ['party_service_room', 'activity_room', 'reading_space', 'court', 'playground', 'other'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export interface Venue {
  id: number;
  owner_unit_code: string;
  owner_unit_name: string;
  name: string;
  kind: VenueKind;
  address: string;
  lon: number | null;
  lat: number | null;
  capacity: number;
  // "08:30-21:00", or "" when closed on that kind of day (the working calendar says which).
  hours: { workday: string; rest_day: string };
  open_to: 'public' | 'staff';
  max_days_ahead: number;
  max_minutes: number;
  needs_approval: boolean;
  active: boolean;
  // Whether the signed-in account manages this venue: edits it and decides its bookings
  // (the server's rule: staff whose scope holds the owner unit, and admins).
  manage?: boolean;
}

// What a venue form sends (POST /venues, PUT /venues/{id}).
export type VenueInput = Omit<Venue, 'id' | 'owner_unit_name' | 'manage'>;

export type BookingState = 'pending' | 'accepted' | 'refused' | 'cancelled' | 'no_show';

export interface Booking {
  id: number;
  venue_id: number;
  venue_name: string;
  starts_at: string; // ISO 8601, +08:00
  ends_at: string;
  purpose: string;
  people: number;
  state: BookingState;
  mine: boolean;
  booker_name?: string; // only for the booker and the owning unit's staff
  reason?: string;
}

// One day of a venue's schedule: its opening hours on that date ("" = closed).
export interface VenueDay {
  date: string; // YYYY-MM-DD in Asia/Shanghai
  hours: string;
}

// A date range of one venue: each day's opening hours and the bookings holding slots.
export interface VenueSchedule {
  days: VenueDay[];
  items: Booking[];
}

export interface NewBooking {
  starts_at: string;
  ends_at: string;
  purpose: string;
  people: number;
}

// Venues in use; a manager also gets the ones of theirs that are switched off.
export const listVenues = (query: { unit?: string; kind?: string } = {}) =>
  api.get<{ items: Venue[] }>('venues', query).then((a) => a.items);
export const getVenue = (id: number) => api.get<Venue>(`venues/${id}`);
export const venueSchedule = (id: number, from: string, to: string) =>
  api.get<VenueSchedule>(`venues/${id}/bookings`, { from, to });
export const bookVenue = (id: number, booking: NewBooking) => api.post<Booking>(`venues/${id}/bookings`, booking);
export const myBookings = () => api.get<{ items: Booking[] }>('bookings/mine').then((a) => a.items);
export const bookingsToReview = (state = 'pending') =>
  api.get<{ items: Booking[] }>('bookings', { state }).then((a) => a.items);
export const decideBooking = (id: number, action: 'approve' | 'refuse' | 'cancel' | 'no-show', reason = '') =>
  api.post<Booking>(`bookings/${id}/${action}`, reason ? { reason } : {});
export const createVenue = (v: VenueInput) => api.post<Venue>('venues', v);
export const updateVenue = (id: number, v: VenueInput) => api.put<Venue>(`venues/${id}`, v);
export const venueCalendarUrl = (id: number) => `/api/v1/venues/${id}/calendar.ics`;

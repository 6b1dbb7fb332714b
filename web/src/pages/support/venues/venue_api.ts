// The venue and booking routes of the support net (src/support/api/venue_routes.cc). The
// shapes are the server's own (src/api/openapi.json, see '@/api/types').
import { call, linkTo } from '@/api/typed_client';
import type { Answer, QueryOf, RequestBody, Schemas } from '@/api/types';

// A venue. Its hours are "08:30-21:00", or "" when closed on that kind of day (the working
// calendar says which). `manage` says whether the signed-in account manages it: edits it and
// decides its bookings (the server's rule: staff whose scope holds the owner unit, and admins).
export type Venue = Schemas['Venue'];
export type VenueKind = Venue['kind'];

export const VENUE_KINDS = [
  'party_service_room',
  'activity_room',
  'reading_space',
  'court',
  'playground',
  'other',
] as const satisfies readonly VenueKind[];

export type NewVenue = RequestBody<'createVenue'>;
export type VenueChange = RequestBody<'updateVenue'>;
type VenueHours = NonNullable<NewVenue['hours']>;
// The venue form's state: every field a new venue takes, all filled in, both kinds of day
// included.
export type VenueInput = Required<Omit<NewVenue, 'hours'>> & { hours: Required<VenueHours> };

// A booking; booker_name only for the booker and the owning unit's staff.
export type Booking = Schemas['Booking'];
export type BookingState = Booking['state'];
export type NewBooking = RequestBody<'bookVenue'>;
export type BookingDecision = RequestBody<'approveBooking'>;

// A date range of one venue: each day's opening hours ("" = closed) and the bookings
// holding slots.
export type VenueSchedule = Answer<'listVenueBookings'>;
export type VenueDay = VenueSchedule['days'][number];

// Venues in use; a manager also gets the ones of theirs that are switched off.
export const listVenues = (query: QueryOf<'listVenues'> = {}) =>
  call('get', '/api/v1/venues', { query: query }).then((a) => a.items);
export const getVenue = (id: number) => call('get', '/api/v1/venues/{id}', { path: { id } });
export const venueSchedule = (id: number, from: string, to: string) =>
  call('get', '/api/v1/venues/{id}/bookings', { path: { id }, query: { from, to } satisfies QueryOf<'listVenueBookings'> });
export const bookVenue = (id: number, booking: NewBooking) =>
  call('post', '/api/v1/venues/{id}/bookings', { path: { id }, body: booking });
// Booking lists come a page at a time, with the total.
export const BOOKING_PAGE_SIZE = 20;
export const myBookings = (page = 1) =>
  call('get', '/api/v1/bookings/mine', { query: { page, page_size: BOOKING_PAGE_SIZE } satisfies QueryOf<'listMyBookings'> });
export const bookingsToReview = (state: BookingState = 'pending', page = 1) =>
  call('get', '/api/v1/bookings', { query: { state, page, page_size: BOOKING_PAGE_SIZE } satisfies QueryOf<'listManagedBookings'> });
// The route of each decision on a booking.
const DECIDE_BOOKING = {
  approve: '/api/v1/bookings/{id}/approve',
  refuse: '/api/v1/bookings/{id}/refuse',
  cancel: '/api/v1/bookings/{id}/cancel',
  'no-show': '/api/v1/bookings/{id}/no-show',
} as const;

export const decideBooking = (id: number, action: 'approve' | 'refuse' | 'cancel' | 'no-show', reason = '') =>
  call('post', DECIDE_BOOKING[action], { path: { id }, body: (reason ? { reason } : {}) satisfies BookingDecision });
// Usage statistics of the venues of a unit (and those below it) or of one venue over a date
// range: hours open, booked and used, occupancy, and the weekday × hour heat map (7 × 24
// cells, Monday 00:00 first). For the venues' managers and the district-wide roles.
export type VenueUsage = Answer<'getVenueUsage'>;
export type UsageCell = VenueUsage['heat'][number];
export const venueUsage = (query: QueryOf<'getVenueUsage'>) => call('get', '/api/v1/venues/usage', { query });
export const createVenue = (v: NewVenue) => call('post', '/api/v1/venues', { body: v });
export const updateVenue = (id: number, v: VenueChange) => call('put', '/api/v1/venues/{id}', { path: { id }, body: v });
export const venueCalendarUrl = (id: number) => linkTo('/api/v1/venues/{id}/calendar.ics', { id });
// The venue's published calendar (场地日历订阅): a secret address for notice screens and
// calendar programs that cannot sign in, for the venue's managers. As with a person's link,
// `path` comes only in the answer of rotate; reading the link tells whether it is active.
export type VenueFeedLink = Schemas['CalendarLink'];
export const venueFeedLink = (id: number) => call('get', '/api/v1/venues/{id}/feed-link', { path: { id } });
export const rotateVenueFeedLink = (id: number) => call('post', '/api/v1/venues/{id}/feed-link/rotate', { path: { id } });
export const removeVenueFeedLink = (id: number) => call('post', '/api/v1/venues/{id}/feed-link/remove', { path: { id } });
// The venue's photos (场地照片), oldest first: the first is its cover. Everyone who sees the
// venue sees them; `may_manage` says whether the caller may add and remove them. Each
// photo's `url` is its image, read with the session's cookie like the case photos.
export type VenuePhoto = Schemas['VenuePhoto'];
export type VenuePhotoList = Schemas['VenuePhotoList'];
// The server's limits (src/support/venue_photos.h), checked here first so a person hears
// at once what is wrong instead of after sending 10 MB.
export const VENUE_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const satisfies readonly VenuePhoto['content_type'][];
export const VENUE_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const VENUE_PHOTOS_MAX = 12;
export const VENUE_PHOTO_CAPTION_MAX = 60;
export const venuePhotos = (id: number) => call('get', '/api/v1/venues/{id}/photos', { path: { id } });
// The body is the image itself, its type the Content-Type; the caption is optional.
export { addVenuePhoto } from '@/api/typed_client';
// Answers the photos left.
export const removeVenuePhoto = (id: number, photoId: number) =>
  call('post', '/api/v1/venues/{id}/photos/{photo_id}/remove', { path: { id, photo_id: photoId } });

// The venue form's checks, before anything is sent: the same limits the server keeps
// (src/support/venue.h), so a person sees every problem at once, beside its field.
import type { VenueInput } from './venue_api';
import { parseHours } from './week_grid';

export type VenueErrors = Partial<Record<keyof VenueInput | 'hours_workday' | 'hours_rest_day', string>>;
type Translate = (key: string) => string;

function checkHours(hours: string, t: Translate): string | undefined {
  if (hours.trim() === '') return undefined; // closed on that kind of day
  const span = parseHours(hours);
  if (!span) return t('support.venueForm.hoursFormat');
  if (span[0] % 30 !== 0 || span[1] % 30 !== 0) return t('support.venueForm.hoursGrid');
  if (span[1] > 24 * 60) return t('support.venueForm.hoursFormat');
  return undefined;
}

export function checkVenue(v: VenueInput, t: Translate): VenueErrors {
  const errors: VenueErrors = {};
  if (!v.name.trim()) errors.name = t('support.venueForm.required');
  if (!v.owner_unit_code) errors.owner_unit_code = t('support.venueForm.required');
  if (!Number.isInteger(v.capacity) || v.capacity < 1) errors.capacity = t('support.venueForm.positive');
  if (!Number.isInteger(v.max_days_ahead) || v.max_days_ahead < 1) errors.max_days_ahead = t('support.venueForm.positive');
  if (!Number.isInteger(v.max_minutes) || v.max_minutes < 30 || v.max_minutes % 30 !== 0) errors.max_minutes = t('support.venueForm.halfHours');
  const workday = checkHours(v.hours.workday, t);
  const restDay = checkHours(v.hours.rest_day, t);
  if (workday) errors.hours_workday = workday;
  if (restDay) errors.hours_rest_day = restDay;
  return errors;
}

export function emptyVenue(ownerUnit = ''): VenueInput {
  return {
    owner_unit_code: ownerUnit,
    name: '',
    kind: 'activity_room',
    address: '',
    lon: null,
    lat: null,
    capacity: 30,
    hours: { workday: '08:30-21:00', rest_day: '09:00-17:00' },
    open_to: 'public',
    max_days_ahead: 14,
    max_minutes: 120,
    needs_approval: false,
    active: true,
  };
}

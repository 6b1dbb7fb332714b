// How activities, sign-ups and registrations read in a list: time ranges in the district's
// time, the colour of a state, hours from credited minutes, what an organizer may do with
// a participant next, and the times a publish form sends. Pure functions.
import type { TagType } from '@/utils/format';
import { formatMinute, isoAt, shanghaiDateMinute } from '../venues/week_grid';
import type { Activity, RegistrationState, Signup } from './activity_api';

export function activityTime(a: Pick<Activity, 'starts_at' | 'ends_at'>): string {
  const from = shanghaiDateMinute(a.starts_at);
  const to = shanghaiDateMinute(a.ends_at);
  const end = to.date === from.date ? formatMinute(to.minute) : `${to.date} ${formatMinute(to.minute)}`;
  return `${from.date} ${formatMinute(from.minute)}–${end}`;
}

const REGISTRATION_TAGS: Record<RegistrationState, TagType> = {
  pending: 'warning',
  confirmed: 'success',
  declined: 'danger',
  withdrawn: 'info',
};

export function registrationTag(state: RegistrationState): TagType {
  return REGISTRATION_TAGS[state] ?? 'info';
}

// 90 → "1.5"; whole hours without a decimal.
export function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

// The next step the organizer may take with a participant.
export function nextAttendance(s: Pick<Signup, 'state' | 'checked_in_at' | 'checked_out_at'>): 'check-in' | 'check-out' | null {
  if (s.state !== 'signed_up') return null;
  if (!s.checked_in_at) return 'check-in';
  if (!s.checked_out_at) return 'check-out';
  return null;
}

// A publish form's date ("2026-12-01") and times ("09:00", "11:30") → ISO 8601 with +08:00;
// null when a time is malformed or the end is not after the start.
export function activityTimes(date: string, from: string, to: string): { starts_at: string; ends_at: string } | null {
  const minute = (hhmm: string) => {
    const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
    return Number(m[1]) * 60 + Number(m[2]);
  };
  const start = minute(from);
  const end = minute(to);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || start === null || end === null || end <= start) return null;
  return { starts_at: isoAt(date, start), ends_at: isoAt(date, end) };
}

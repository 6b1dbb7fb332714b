// How a booking reads in a list: its time range in the district's time and the colour of
// its state.
import type { TagType } from '@/utils/format';
import type { Booking, BookingState } from './venue_api';
import { formatMinute, shanghaiDateMinute } from './week_grid';

export function bookingTime(b: Pick<Booking, 'starts_at' | 'ends_at'>): string {
  const from = shanghaiDateMinute(b.starts_at);
  const to = shanghaiDateMinute(b.ends_at);
  const end = to.date === from.date ? formatMinute(to.minute) : `${to.date} ${formatMinute(to.minute)}`;
  return `${from.date} ${formatMinute(from.minute)}–${end}`;
}

const TAGS: Record<BookingState, TagType> = {
  pending: 'warning',
  accepted: 'success',
  refused: 'danger',
  cancelled: 'info',
  no_show: 'danger',
};

export function bookingTag(state: BookingState): TagType {
  return TAGS[state] ?? 'info';
}

// The booker may still cancel what holds a slot and has not begun.
export function cancellable(b: Booking, now: Date): boolean {
  return (b.state === 'pending' || b.state === 'accepted') && new Date(b.starts_at).getTime() > now.getTime();
}

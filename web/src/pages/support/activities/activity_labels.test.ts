import { describe, expect, it } from 'vitest';
import { activityTime, activityTimes, hoursText, nextAttendance, registrationTag } from './activity_labels';

describe('activity labels', () => {
  it('shows a time range in Shanghai time', () => {
    expect(activityTime({ starts_at: '2026-12-01T01:00:00Z', ends_at: '2026-12-01T03:30:00Z' })).toBe('2026-12-01 09:00–11:30');
    expect(activityTime({ starts_at: '2026-12-01T22:00:00+08:00', ends_at: '2026-12-02T01:00:00+08:00' })).toBe(
      '2026-12-01 22:00–2026-12-02 01:00',
    );
  });

  it('turns credited minutes into hours', () => {
    expect(hoursText(120)).toBe('2');
    expect(hoursText(90)).toBe('1.5');
    expect(hoursText(0)).toBe('0');
  });

  it('offers check-in, then check-out, then nothing', () => {
    expect(nextAttendance({ state: 'signed_up', checked_in_at: null, checked_out_at: null })).toBe('check-in');
    expect(nextAttendance({ state: 'signed_up', checked_in_at: '2026-12-01T09:00:00+08:00', checked_out_at: null })).toBe('check-out');
    expect(
      nextAttendance({ state: 'signed_up', checked_in_at: '2026-12-01T09:00:00+08:00', checked_out_at: '2026-12-01T11:00:00+08:00' }),
    ).toBeNull();
    expect(nextAttendance({ state: 'withdrawn', checked_in_at: null, checked_out_at: null })).toBeNull();
  });

  it('colours registration states', () => {
    expect(registrationTag('confirmed')).toBe('success');
    expect(registrationTag('pending')).toBe('warning');
    expect(registrationTag('declined')).toBe('danger');
  });

  it('builds the times a publish form sends, refusing a bad range', () => {
    expect(activityTimes('2026-12-01', '09:00', '11:30')).toEqual({
      starts_at: '2026-12-01T09:00:00+08:00',
      ends_at: '2026-12-01T11:30:00+08:00',
    });
    expect(activityTimes('2026-12-01', '11:00', '09:00')).toBeNull();
    expect(activityTimes('2026-12-01', '9:00', '11:00')).toBeNull();
    expect(activityTimes('12/01', '09:00', '11:00')).toBeNull();
  });
});

import { describe, it, expect } from 'vitest';
import { timeLeft } from './time_left';

const NOW = new Date('2026-11-30T09:00:00+08:00');

describe('timeLeft', () => {
  it('names the largest whole unit before the deadline', () => {
    expect(timeLeft('2026-11-30T09:59:00+08:00', NOW)).toEqual({ late: false, amount: 59, unit: 'minute' });
    expect(timeLeft('2026-11-30T12:30:00+08:00', NOW)).toEqual({ late: false, amount: 3, unit: 'hour' });
    expect(timeLeft('2026-12-02T10:00:00+08:00', NOW)).toEqual({ late: false, amount: 2, unit: 'day' });
  });

  it('says how late once the deadline has passed', () => {
    expect(timeLeft('2026-11-30T08:30:00+08:00', NOW)).toEqual({ late: true, amount: 30, unit: 'minute' });
    expect(timeLeft('2026-11-29T07:00:00+08:00', NOW)).toEqual({ late: true, amount: 1, unit: 'day' });
  });

  it('has nothing to say without a deadline', () => {
    expect(timeLeft(null, NOW)).toBeNull();
    expect(timeLeft('not a time', NOW)).toBeNull();
  });
});

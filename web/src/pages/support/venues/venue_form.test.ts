import { describe, expect, it } from 'vitest';
import { checkVenue, emptyVenue } from './venue_form';

const t = (key: string) => key.split('.').pop() ?? key;

describe('checkVenue', () => {
  it('accepts the defaults once a name and owner are given', () => {
    expect(checkVenue({ ...emptyVenue('C1'), name: '活动室' }, t)).toEqual({});
  });
  it('names every field that is wrong at once', () => {
    const errors = checkVenue(
      { ...emptyVenue(''), name: ' ', capacity: 0, max_minutes: 45, hours: { workday: '8点到9点', rest_day: '08:15-10:00' } },
      t,
    );
    expect(errors).toEqual({
      name: 'required',
      owner_unit_code: 'required',
      capacity: 'positive',
      max_minutes: 'halfHours',
      hours_workday: 'hoursFormat',
      hours_rest_day: 'hoursGrid',
    });
  });
  it('lets a kind of day be closed', () => {
    expect(checkVenue({ ...emptyVenue('C1'), name: '球场', hours: { workday: '', rest_day: '07:00-19:00' } }, t)).toEqual({});
  });
});

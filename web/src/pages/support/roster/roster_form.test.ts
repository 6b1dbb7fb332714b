import { describe, expect, it } from 'vitest';
import { checkWorker, emptyWorker, idNumberValid, mobileValid, totalHours } from './roster_form';

const t = (key: string) => key;

describe('roster form', () => {
  it('checks the ID number check character', () => {
    expect(idNumberValid('11010519491231002X')).toBe(true);
    expect(idNumberValid('11010519491231002x')).toBe(true);
    expect(idNumberValid('410102199003071230')).toBe(true);
    expect(idNumberValid('410102199003071231')).toBe(false);
    expect(idNumberValid('41010219900307123')).toBe(false);
    expect(idNumberValid('41010219900307123A')).toBe(false);
  });

  it('checks mobile numbers', () => {
    expect(mobileValid('13812345678')).toBe(true);
    expect(mobileValid('1381234567')).toBe(false);
    expect(mobileValid('23812345678')).toBe(false);
  });

  it('names each missing or bad field', () => {
    const w = { ...emptyWorker(), kind: 'grid_worker' as const, id_number: '410102199003071231', phone: '123' };
    expect(Object.keys(checkWorker(w, t)).sort()).toEqual(['grid_code', 'id_number', 'name', 'phone', 'post', 'started_on', 'unit_code']);
    const ok = { ...emptyWorker(), name: '王芳', post: '社区书记', unit_code: 'C', started_on: '2021-03-01', id_number: '410102199003071230', phone: '13812345678' };
    expect(checkWorker(ok, t)).toEqual({});
    // An edit that leaves the masked personal data alone does not check it.
    expect(checkWorker({ ...ok, id_number: '410102********1230', phone: '138****5678' }, t, false)).toEqual({});
  });

  it('adds training hours without float noise', () => {
    expect(totalHours([{ hours: 0.1 }, { hours: 0.2 }])).toBe(0.3);
    expect(totalHours([])).toBe(0);
  });
});

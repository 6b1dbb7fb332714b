import { describe, expect, it } from 'vitest';
import { emptyForm, missingField, orderActions, transitionBody } from '@/pages/workbench/actions';

describe('workflow action forms', () => {
  it('requires a note where the workflow does', () => {
    const form = emptyForm();
    expect(missingField('accept', form)).toBeNull();
    expect(missingField('resolve', form)).toBe('note');
    expect(missingField('return', form)).toBe('note');
    form.note = '已修复';
    expect(missingField('resolve', form)).toBeNull();
  });

  it('requires the target of a re-dispatch and of a merge', () => {
    const form = emptyForm();
    expect(missingField('redispatch', form)).toBe('target_unit');
    form.target_unit = '411002001001';
    expect(missingField('redispatch', form)).toBeNull();
    expect(missingField('merge', form)).toBe('target_case_id');
  });

  it('builds the transition body with only the fields of the action', () => {
    const form = { ...emptyForm(), note: ' 需要协调物业 ', hours: 16, target_unit: 'X', stars: 2, comment: ' 还是漏水 ' };
    expect(transitionBody('request_extension', form)).toEqual({ action: 'request_extension', note: '需要协调物业', hours: 16 });
    expect(transitionBody('accept', emptyForm())).toEqual({ action: 'accept' });
    expect(transitionBody('merge', { ...emptyForm(), target_case_id: 12 })).toEqual({ action: 'merge', target_case_id: 12 });
    expect(transitionBody('visit', form)).toEqual({ action: 'visit', note: '需要协调物业', stars: 2, comment: '还是漏水' });
  });

  it('asks for the stars of a follow-up visit: none is chosen for the staff', () => {
    const form = emptyForm();
    expect(form.stars).toBe(0);
    expect(missingField('visit', form)).toBe('stars');
    expect(missingField('visit', { ...form, stars: 3 })).toBeNull();
    expect(missingField('reply', form)).toBe('note');
  });

  it('orders the allowed actions as staff expect and leaves rating to residents', () => {
    expect(orderActions(['return', 'rate', 'accept', 'custom'])).toEqual(['accept', 'return', 'custom']);
    expect(orderActions(['urge', 'reply', 'comment', 'accept'])).toEqual(['accept', 'reply']);
  });
});

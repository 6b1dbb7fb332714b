import { describe, expect, it } from 'vitest';
import { checkAmount, clearErrors } from './budget_form';

const t = (key: string, named?: Record<string, unknown>) => (named ? `${key} ${JSON.stringify(named)}` : key);

describe('checkAmount', () => {
  it('gives the fen of a valid amount within what is left', () => {
    expect(checkAmount('12.34', 5000, t)).toEqual({ fen: 1234 });
    expect(checkAmount('50', 5000, t)).toEqual({ fen: 5000 });
  });
  it('says what is wrong otherwise', () => {
    expect(checkAmount('12.345', 5000, t)).toEqual({ error: 'support.budget.amountInvalid' });
    expect(checkAmount('50.01', 5000, t)).toEqual({ error: 'support.budget.overRemaining {"left":"50.00"}' });
  });
});

describe('clearErrors', () => {
  it('empties the object in place, so a reactive form sees it', () => {
    const errors: Record<string, string> = { amount: 'x', payee: 'y' };
    const same = errors;
    clearErrors(errors);
    expect(same).toEqual({});
  });
});

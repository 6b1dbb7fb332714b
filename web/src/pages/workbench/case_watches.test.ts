// The case-follow calls (关注案件) reach the documented paths, and who is asked for a list.
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { ApiError } from '@/api/client';
import { calls, resetCalls } from '../admin/test_support';

vi.mock('@/api/client'); // the shared stand-in, src/api/__mocks__/client.ts
import { casePath, fetchCaseWatches, fetchWatching, mayAskForCaseWatches, refusedToAccount, unwatchCase, watchCase } from './case_watches';

beforeEach(() => resetCalls());

describe('case_watches', () => {
  it('reads, follows and unfollows a case and lists the followed ones by the documented paths', async () => {
    calls.get.mockResolvedValue({ id: 7, watching: false });
    calls.post.mockResolvedValue({ id: 7, watching: true });
    await fetchWatching(7);
    await watchCase(7);
    await unwatchCase(7);
    await fetchCaseWatches();
    expect(calls.get.mock.calls).toEqual([['cases/7/watch'], ['me/case-watches']]);
    expect(calls.post.mock.calls).toEqual([['cases/7/watch'], ['cases/7/unwatch']]);
  });

  it('asks for the list for the accounts that work cases only', () => {
    expect(mayAskForCaseWatches(null)).toBe(false);
    expect(mayAskForCaseWatches({ can: { report: true } } as never)).toBe(false);
    expect(mayAskForCaseWatches({ can: { dashboard: true, workbench: false } } as never)).toBe(false);
    expect(mayAskForCaseWatches({ can: { workbench: true, report: false } } as never)).toBe(true);
  });

  it('tells a refusal of the account or the case from a failure', () => {
    expect(refusedToAccount(new ApiError(403, 'permission_denied', 'staff only'))).toBe(true);
    expect(refusedToAccount(new ApiError(404, 'not_found', 'no case'))).toBe(true);
    expect(refusedToAccount(new ApiError(503, 'unavailable', 'busy'))).toBe(false);
    expect(refusedToAccount(new Error('x'))).toBe(false);
    expect(casePath(42)).toBe('/workbench/cases/42');
  });
});

import { describe, expect, it } from 'vitest';
import { actionBody, queryOf, stateTag } from './ledger_view';

const report = { action: 'report', label: '报告进度 Report progress', note_required: true };
const accept = { action: 'accept', label: '验收通过 Accept', note_required: false };

describe('the ledger page', () => {
  it('turns filters into the query the server takes', () => {
    expect(queryOf({ programme: null, state: '', unit: ' ', leader: '', due: '' }, 1, 20)).toEqual({ page: 1, page_size: 20 });
    expect(queryOf({ programme: 3, state: 'submitted', unit: '411002001', leader: 'leader07', due: 'overdue' }, 2, 50)).toEqual({
      page: 2,
      page_size: 50,
      programme: 3,
      state: 'submitted',
      unit: '411002001',
      leader: 'leader07',
      overdue: 'true',
    });
    expect(queryOf({ programme: null, state: '', unit: '', leader: '', due: 'week' }, 1, 20).due_within).toBe(7);
    expect(queryOf({ programme: null, state: '', unit: '', leader: '', due: 'month' }, 1, 20).due_within).toBe(30);
  });

  it('colours overdue before anything else, accepted green and waiting amber', () => {
    expect(stateTag({ overdue: true, open: true, state: 'submitted' })).toBe('danger');
    expect(stateTag({ overdue: false, open: false, state: 'accepted' })).toBe('success');
    expect(stateTag({ overdue: false, open: true, state: 'submitted' })).toBe('warning');
    expect(stateTag({ overdue: false, open: true, state: 'planned' })).toBe('info');
    expect(stateTag({ overdue: false, open: true, state: 'in_progress' })).toBe('primary');
  });

  it('asks for what an action needs before sending it', () => {
    expect(actionBody(report, null, '进度')).toEqual({ missing: 'governance.ledger.needPercent' });
    expect(actionBody(report, 40, '  ')).toEqual({ missing: 'governance.ledger.needNote' });
    expect(actionBody(report, 40, ' 已完成 ')).toEqual({ body: { action: 'report', percent: 40, note: '已完成' } });
    expect(actionBody(accept, 40, '')).toEqual({ body: { action: 'accept' } });
  });
});

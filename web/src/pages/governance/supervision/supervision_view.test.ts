import { describe, expect, it } from 'vitest';
import { levelTag, noticeQuery, noticeStatusKey, recipients } from './supervision_view';

describe('supervision view', () => {
  it('asks for active notices of a level only when the filters say so', () => {
    expect(noticeQuery({ activeOnly: false, level: null }, 1, 20)).toEqual({ page: 1, page_size: 20 });
    expect(noticeQuery({ activeOnly: true, level: 2 }, 3, 20)).toEqual({ page: 3, page_size: 20, active: 'true', level: 2 });
  });

  it('colours the levels from reminder to interview', () => {
    expect([1, 2, 3].map(levelTag)).toEqual(['info', 'warning', 'danger']);
  });

  it('says where a notice stands', () => {
    expect(noticeStatusKey({ active: true, answered_at: null, closed_reason: null })).toBe('governance.supervision.waiting');
    expect(noticeStatusKey({ active: true, answered_at: '2026-12-01T10:00:00+08:00', closed_reason: null })).toBe(
      'governance.supervision.answered',
    );
    expect(noticeStatusKey({ active: false, answered_at: null, closed_reason: 'escalated' })).toBe('governance.supervision.escalated');
    expect(noticeStatusKey({ active: false, answered_at: null, closed_reason: 'resolved' })).toBe('governance.supervision.resolved');
  });

  it('names the unit and the leader who were told', () => {
    const unit = { code: 'C', name: '东社区' };
    expect(recipients({ unit, leader: { username: 'leader', name: '张副区长' } })).toBe('东社区 · 张副区长');
    expect(recipients({ unit, leader: { username: 'leader', name: '' } })).toBe('东社区 · leader');
    expect(recipients({ unit, leader: null })).toBe('东社区');
  });
});

// What the supervision page shows, from the server's answers: the colour of a level, the
// status line of a notice, who was told, and the query its filters make. Pure, so it is
// tested without a browser.
import type { TagType } from '@/utils/format';
import type { Notice, NoticeQuery } from './supervision_api';

export interface NoticeFilters {
  activeOnly: boolean;
  level: number | null;
}

export function noticeQuery(f: NoticeFilters, page: number, pageSize: number): NoticeQuery {
  const q: NoticeQuery = { page, page_size: pageSize };
  if (f.activeOnly) q.active = 'true';
  if (f.level) q.level = f.level;
  return q;
}

// 提醒 grey, 督办 amber, 约谈问责 red.
export function levelTag(level: number): TagType {
  if (level >= 3) return 'danger';
  return level === 2 ? 'warning' : 'info';
}

// The i18n key of where the notice stands: closed (raised a level, or no longer needed),
// answered, or waiting for an answer.
export function noticeStatusKey(n: Pick<Notice, 'active' | 'answered_at' | 'closed_reason'>): string {
  if (!n.active) {
    return n.closed_reason === 'escalated' ? 'governance.supervision.escalated' : 'governance.supervision.resolved';
  }
  return n.answered_at ? 'governance.supervision.answered' : 'governance.supervision.waiting';
}

// "东社区 · 张副区长": the unit and the leader the notice went to.
export function recipients(n: Pick<Notice, 'unit' | 'leader'>): string {
  return n.leader ? `${n.unit.name} · ${n.leader.name || n.leader.username}` : n.unit.name;
}

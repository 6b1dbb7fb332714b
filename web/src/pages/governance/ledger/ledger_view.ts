// What the ledger page shows and asks, from the server's answers: the colour of a state,
// what an action needs before it is sent, and the query a set of filters makes. Pure, so
// it is tested without a browser.
import type { TagType } from '@/utils/format';
import type { LedgerQuery, Milestone, MilestoneAction, WorkflowAction } from './ledger_api';

export interface LedgerFilters {
  programme: number | null;
  state: string;
  unit: string;
  // A leader's username: their list (责任田).
  leader: string;
  due: '' | 'overdue' | 'week' | 'month';
}

export const DUE_CHOICES = ['overdue', 'week', 'month'] as const;

export function queryOf(f: LedgerFilters, page: number, pageSize: number): LedgerQuery {
  const q: LedgerQuery = { page, page_size: pageSize };
  if (f.programme) q.programme = f.programme;
  if (f.state) q.state = f.state;
  if (f.unit.trim()) q.unit = f.unit.trim();
  if (f.leader) q.leader = f.leader;
  if (f.due === 'overdue') q.overdue = 'true';
  if (f.due === 'week') q.due_within = 7;
  if (f.due === 'month') q.due_within = 30;
  return q;
}

// Overdue first; then closed (accepted) green, waiting for acceptance amber, the rest plain.
export function stateTag(m: Pick<Milestone, 'open' | 'overdue' | 'state'>): TagType {
  if (m.overdue) return 'danger';
  if (!m.open) return 'success';
  if (m.state === 'submitted') return 'warning';
  return m.state === 'planned' ? 'info' : 'primary';
}

// The body to send for `action`, or the i18n key of what is missing: a progress report
// needs a percent, an action the workflow marks note_required needs a note.
export function actionBody(
  action: WorkflowAction,
  percent: number | null,
  note: string,
): { body: MilestoneAction } | { missing: string } {
  const text = note.trim();
  if (action.action === 'report' && percent === null) return { missing: 'governance.ledger.needPercent' };
  if (action.note_required && !text) return { missing: 'governance.ledger.needNote' };
  const body: MilestoneAction = { action: action.action };
  if (action.action === 'report' && percent !== null) body.percent = percent;
  if (text) body.note = text;
  return { body };
}

// 发件箱: the admins' view of the outbox of messages beyond the app (GET /api/v1/admin/outbox,
// POST …/{id}/retry; docs/notifications.md §6, §8). The server never sends an address with
// them, so the page can show every field it gets.
import { call } from '@/api/typed_client';
import type { Schemas } from '@/api/types';
import type { TagType } from '@/utils/format';

export type OutboxMessage = Schemas['OutboxMessage'];
export type OutboxState = OutboxMessage['state'];
// The filter's choice: one state, or every message.
export type OutboxFilter = OutboxState | 'all';

export const OUTBOX_STATES: readonly OutboxState[] = ['pending', 'sent', 'dead', 'cancelled'];
export const OUTBOX_PAGE_SIZE = 20;

export const fetchOutbox = (filter: OutboxFilter, page: number) =>
  call('get', '/api/v1/admin/outbox', { query: { page, page_size: OUTBOX_PAGE_SIZE, ...(filter === 'all' ? {} : { state: filter }) } });

// Only a dead message may be sent again (409 otherwise): it is pending from now on.
export const retryOutboxMessage = (id: number) => call('post', '/api/v1/admin/outbox/{id}/retry', { path: { id } });

// A state's colour: given up stands out, waiting is in progress, sent is done.
const STATE_TAGS: Record<OutboxState, TagType> = { pending: 'warning', sent: 'success', dead: 'danger', cancelled: 'info' };

export function outboxStateTag(state: OutboxState): TagType {
  return STATE_TAGS[state];
}

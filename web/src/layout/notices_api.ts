// The signed-in account's in-app notices (站内通知, src/notify/api/notice_routes.cc), behind
// the bell of the header. Each account reads and marks only its own.
import { call } from '@/api/typed_client';
import type { QueryOf, Schemas } from '@/api/types';

export type Notice = Schemas['Notice'];
export type NoticePage = Schemas['NoticePage'];

// How often the bell asks for the unread count while the page is visible (ms).
export const NOTICE_POLL_MS = 15_000;
// How many of the latest notices the panel lists.
export const NOTICE_PANEL_SIZE = 20;

export const listNotices = (query: QueryOf<'listNotices'> = {}) => call('get', '/api/v1/notices', { query });
export const latestNotices = () => listNotices({ page: 1, page_size: NOTICE_PANEL_SIZE });
export const unreadCount = () => call('get', '/api/v1/notices/unread-count').then((a) => a.unread);
// Both answer how many remain unread.
export const readNotice = (id: number) => call('post', '/api/v1/notices/{id}/read', { path: { id } }).then((a) => a.unread);
export const readAllNotices = () => call('post', '/api/v1/notices/read-all').then((a) => a.unread);

// A notice's title and body in the page's language; the English text falls back to the
// Chinese one when a rule left it empty.
export function noticeText(notice: Notice, locale: string): { title: string; body: string } {
  const en = locale === 'en';
  return {
    title: en && notice.title_en ? notice.title_en : notice.title,
    body: en && notice.body_en ? notice.body_en : notice.body,
  };
}

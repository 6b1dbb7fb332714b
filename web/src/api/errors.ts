// Turns any failure into one line a person can act on, in the current language. The server's
// error code picks a translated message (common.errors.<code>); the server's own message
// follows as detail, in the current language only: its messages are "中文 English", and the
// half in the other language is dropped. An unknown code falls back to the server's message.
import { ApiError } from './client';
import { i18n } from '@/i18n';

type Translate = (key: string) => string;

// Error codes the server sends (src/core/status.cc) and the client makes itself.
const KNOWN_CODES = [
  'invalid_argument',
  'not_found',
  'already_exists',
  'permission_denied',
  'unauthenticated',
  'failed_precondition',
  'conflict',
  'unsupported_media_type',
  'password_change_required',
  'resource_exhausted',
  'unavailable',
  'data_loss',
  'internal',
  'network',
];
// Answers that are not the server's JSON (a proxy's page), by HTTP status.
const HTTP_CODES: Record<string, string> = { http_413: 'too_large', http_429: 'too_many', http_502: 'unavailable', http_503: 'unavailable', http_504: 'unavailable' };
const HIDDEN_DETAIL = ['internal', 'network', 'data_loss'];

const HAN = /[\u3400-\u9fff]/;
// Quoted names ('社区季度目标考评', 「…」, “…”) may stand in the English half.
const QUOTED = /'[^']*'|"[^"]*"|「[^」]*」|“[^”]*”/g;

// Where the English half begins: the first space before a Latin letter after which no Han
// character stands outside quotes, so codes and names inside the Chinese half ("指标 Q3 的权重",
// "请上传 Excel 文件") do not cut it short.
function englishStart(text: string): number {
  if (!HAN.test(text.charAt(0))) return -1;
  for (const space of text.matchAll(/\s+(?=[A-Za-z])/g)) {
    const start = space.index + space[0].length;
    if (!HAN.test(text.slice(start).replace(QUOTED, ''))) return start;
  }
  return -1;
}

// "请先登录 sign in first" → "请先登录" in Chinese, "sign in first" in English; a message in
// one language only is kept whole.
export function inLanguage(message: string, locale: string): string {
  const text = message.trim();
  const start = englishStart(text);
  if (start < 0) return text;
  return locale === 'en' ? text.slice(start).trim() : text.slice(0, start).trim();
}

export function errorMessage(error: unknown, t: Translate): string {
  const locale = String(i18n.global.locale.value);
  if (error instanceof ApiError) {
    const code = KNOWN_CODES.includes(error.code) ? error.code : HTTP_CODES[error.code];
    const detail = error.message ? inLanguage(error.message, locale) : '';
    if (!code) return detail || t('common.errors.unknown');
    const lead = t(`common.errors.${code}`);
    if (HIDDEN_DETAIL.includes(code) || !detail || detail === lead) return lead;
    return `${lead}: ${detail}`;
  }
  if (error instanceof Error) return `${t('common.errors.unknown')}: ${error.message}`;
  return t('common.errors.unknown');
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

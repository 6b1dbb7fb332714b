// Turns any failure into one line a person can act on, in the current language: a known
// error code gets a translated lead-in, followed by the server's own detail.
import { ApiError } from './client';

type Translate = (key: string) => string;

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
  'unavailable',
  'internal',
  'network',
];

export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    const code = KNOWN_CODES.includes(error.code) ? error.code : 'unknown';
    const lead = t(`common.errors.${code}`);
    const detail = error.code === 'internal' || error.code === 'network' ? '' : error.message;
    return detail ? `${lead}: ${detail}` : lead;
  }
  if (error instanceof Error) return `${t('common.errors.unknown')}: ${error.message}`;
  return t('common.errors.unknown');
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

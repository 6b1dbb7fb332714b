// The signed-in account, shared by the whole app. The server keeps the session in an
// HttpOnly cookie; the app keeps the account and the CSRF token it needs for writes.
//
// The app cannot see that cookie, so it remembers in localStorage that it signed in: with no
// such hint a page load does not ask /auth/me at all (which would answer 401 and log an error
// in the browser for every visitor who has not signed in). A stale hint costs one 401, which
// clears it.
import { reactive, readonly } from 'vue';
import { setCsrfToken, setUnauthenticatedHandler, ApiError } from './client';
import { call } from './typed_client';
import { can } from './capabilities';
import { forgetClientConfig } from './client_config';
import type { Capability, RegistrationForm, User } from './types';

interface SessionState {
  user: User | null;
  checked: boolean; // whether /auth/me has answered once since the page loaded
}

const state = reactive<SessionState>({ user: null, checked: false });

const HINT_KEY = 'sanwang.signedIn';

function hasHint(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true; // Storage off (private mode): ask the server, as before.
  }
}

function setHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage off: every load asks /auth/me.
  }
}

export const session = readonly(state);

let onSessionEnded: (() => void) | null = null;

// Called when the server says the session is gone (expired, signed out elsewhere).
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

function forget(): void {
  forgetClientConfig();
  state.user = null;
  setCsrfToken('');
  setHint(false);
}

setUnauthenticatedHandler(() => {
  const wasSignedIn = state.user !== null;
  forget();
  if (wasSignedIn && onSessionEnded) onSessionEnded();
});

export async function loadSession(): Promise<User | null> {
  if (!hasHint()) {
    state.user = null;
    state.checked = true;
    return null;
  }
  try {
    const me = await call('get', '/api/v1/auth/me');
    setCsrfToken(me.csrf_token);
    state.user = me;
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    forget();
  } finally {
    state.checked = true;
  }
  return state.user;
}

// Signs in; an account with two-step sign-in also sends `code` (the server answers 401
// naming `code` when it is needed: isCodeNeeded).
export async function signIn(username: string, password: string, code = ''): Promise<User> {
  const body = code ? { username, password, code } : { username, password };
  const answer = await call('post', '/api/v1/auth/sign-in', { body });
  forgetClientConfig(); // the new account's district may be another
  setCsrfToken(answer.csrf_token);
  setHint(true);
  state.user = answer.user;
  state.checked = true;
  return answer.user;
}

// Registers a resident; the server signs the new account in at once, as a sign-in would.
export async function register(form: RegistrationForm): Promise<User> {
  const answer = await call('post', '/api/v1/auth/register', { body: form });
  forgetClientConfig();
  setCsrfToken(answer.csrf_token);
  setHint(true);
  state.user = answer.user;
  state.checked = true;
  return answer.user;
}

// Changes the signed-in account's password. The server ends every session of the account
// and hands this browser a new one (a new cookie and CSRF token).
export async function changePassword(oldPassword: string, newPassword: string): Promise<User> {
  const answer = await call('post', '/api/v1/auth/password', { body: { old_password: oldPassword, new_password: newPassword } });
  setCsrfToken(answer.csrf_token);
  state.user = answer.user;
  return answer.user;
}

export async function signOut(): Promise<void> {
  try {
    await call('post', '/api/v1/auth/sign-out');
  } finally {
    forget();
  }
}

export { can };

// Whether the signed-in account may do `what`.
export function mayI(what: Capability): boolean {
  return can(state.user, what);
}

export const CHANGE_PASSWORD_PATH = '/account/password';
export const TWO_FACTOR_PATH = '/account/two-factor';
export const NOTIFICATION_SETTINGS_PATH = '/settings/notifications';
// 关注区域: where the notices of new reports in a followed area link to (notify/case_notices.h).
export const AREA_FOLLOWS_PATH = '/follows';

// Whether a refused sign-in asks for the one-time code of two-step sign-in.
export function isCodeNeeded(e: unknown): boolean {
  return e instanceof ApiError && e.status === 401 && e.field === 'code';
}

// After a change of the account's two-step standing, the account as the server now sees it.
export async function refreshAccount(): Promise<User | null> {
  const me = await call('get', '/api/v1/auth/me');
  state.user = me;
  return me;
}

// Where a person lands after signing in.
export function homePathFor(user: Readonly<User> | null): string {
  if (!user) return '/sign-in';
  if (user.must_change_password) return CHANGE_PASSWORD_PATH;
  if (user.must_set_up_two_factor) return TWO_FACTOR_PATH;
  if (can(user, 'report')) return '/r/report';
  if (can(user, 'admin')) return '/admin/catalog';
  if (can(user, 'accounts')) return '/admin/users';
  if (can(user, 'workbench')) return '/workbench';
  if (can(user, 'dashboard')) return '/dashboard';
  if (can(user, 'audit')) return '/audit';
  return '/sign-in';
}

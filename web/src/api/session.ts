// The signed-in account, shared by the whole app. The server keeps the session in an
// HttpOnly cookie; the app keeps the account and the CSRF token it needs for writes.
import { reactive, readonly } from 'vue';
import { api, setCsrfToken, setUnauthenticatedHandler, ApiError } from './client';
import type { Me, SignInAnswer, User } from './types';

interface SessionState {
  user: User | null;
  checked: boolean; // whether /auth/me has answered once since the page loaded
}

const state = reactive<SessionState>({ user: null, checked: false });

export const session = readonly(state);

let onSessionEnded: (() => void) | null = null;

// Called when the server says the session is gone (expired, signed out elsewhere).
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

function forget(): void {
  state.user = null;
  setCsrfToken('');
}

setUnauthenticatedHandler(() => {
  const wasSignedIn = state.user !== null;
  forget();
  if (wasSignedIn && onSessionEnded) onSessionEnded();
});

export async function loadSession(): Promise<User | null> {
  try {
    const me = await api.get<Me>('auth/me');
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

export async function signIn(username: string, password: string): Promise<User> {
  const answer = await api.post<SignInAnswer>('auth/sign-in', { username, password });
  setCsrfToken(answer.csrf_token);
  state.user = answer.user;
  state.checked = true;
  return answer.user;
}

export async function signOut(): Promise<void> {
  try {
    await api.post('auth/sign-out');
  } finally {
    forget();
  }
}

export const STAFF_ROLES = [
  'grid_worker',
  'community_staff',
  'street_staff',
  'dept_staff',
  'command_center',
  'supervisor',
  'leader',
  'admin',
];
// Roles that handle cases in the workbench.
export const HANDLER_ROLES = ['grid_worker', 'community_staff', 'street_staff', 'dept_staff', 'command_center', 'supervisor'];
// The roles the server gives the figures of a unit to (dashboard, rankings, map layers):
// every staff role with an area, so not department staff.
export const FIGURE_ROLES = ['grid_worker', 'community_staff', 'street_staff', 'command_center', 'supervisor', 'leader', 'admin'];
export const DASHBOARD_ROLES = FIGURE_ROLES;
export const MAP_ROLES = FIGURE_ROLES;

export function hasRole(roles: readonly string[]): boolean {
  return state.user !== null && roles.includes(state.user.role);
}

// Where a person lands after signing in.
export function homePathFor(user: User | null): string {
  if (!user) return '/sign-in';
  if (user.role === 'resident') return '/r/report';
  if (user.role === 'admin') return '/admin/catalog';
  if (user.role === 'leader') return '/dashboard';
  return '/workbench';
}

// What the server lets an account do (the "can" of GET /auth/me, src/org/roles.h). Pages,
// menus and guards ask this instead of comparing role names, so the role sets live on the
// server only.
import type { Capability, User } from './types';

export function can(user: Readonly<User> | null | undefined, what: Capability): boolean {
  return user?.can?.[what] === true;
}

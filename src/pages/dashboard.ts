// What the start page shows a user: the next meeting and what needs their attention.
import type { SessionUser } from '../auth/auth.repository.js';
import type { Deps } from '../deps.js';

export function dashboardFor(_deps: Pick<Deps, 'db' | 'now'>, user: SessionUser) {
  return { isCoordinator: user.role === 'coordinator' };
}

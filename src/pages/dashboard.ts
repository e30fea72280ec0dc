// What the start page shows a user: the next meeting and what needs their attention.
import type { SessionUser } from '../auth/auth.repository.js';
import type { Deps } from '../deps.js';
import { presentMeeting } from '../meetings/meetings.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { isAnswerable } from '../polls/polls.js';
import { createPollsRepository } from '../polls/polls.repository.js';

export function dashboardFor(deps: Pick<Deps, 'db' | 'now'>, user: SessionUser) {
  const now = deps.now();
  const isCoordinator = user.role === 'coordinator';
  const next = createMeetingsRepository(deps.db).nextFor(user, now);
  return {
    isCoordinator,
    nextMeeting: next ? presentMeeting(next, now) : null,
    openPolls: isCoordinator
      ? createPollsRepository(deps.db)
          .listOpen()
          .map((poll) => ({ ...poll, answerable: isAnswerable(poll, now) }))
      : [],
  };
}

// Read functions of the polls module for other pages: the open polls a user sees on the start page and the meetings
// list. They load the rows through the repository; `polls.view.ts` shapes them.

import type { DbOrTx } from '../db/connection.js';
import type { SessionUser } from '../shared/session-user.js';
import { createPollsRepository } from './polls.repository.js';
import { type OpenPollItem, openPollsView, ownPollsView } from './polls.view.js';

/** The polls as the meetings pages show them (see `MeetingPolls` in the meetings routes). */
export function meetingPolls(db: DbOrTx) {
  return {
    openFor: (user: SessionUser, now: Date) => openPollsFor(db, user, now),
    ofMeeting: (meetingId: number) => createPollsRepository(db).findByMeeting(meetingId),
  };
}

/** The coordinator sees every open poll with its response count; any other contact the polls they are asked in. */
export function openPollsFor(db: DbOrTx, user: SessionUser, now: Date): OpenPollItem[] {
  const polls = createPollsRepository(db);
  return user.role === 'coordinator'
    ? openPollsView(polls.listOpen(), now)
    : ownPollsView(polls.openFor(user.contactId), now);
}

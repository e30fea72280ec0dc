// Read functions of the polls module for other pages: the open polls a user sees on the start page and the meetings list.
import type { SessionUser } from '../auth/auth.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { t } from '../locale/index.js';
import { formatDate } from '../shared/dates.js';
import { isAnswerable } from './polls.js';
import { createPollsRepository } from './polls.repository.js';

export interface OpenPollItem {
  id: number;
  title: string;
  href: string;
  /** What to do or know, in a few words: "je hebt nog niet geantwoord · antwoorden kan tot en met …". */
  status: string;
  /** The button text for a contact who was asked; null for the coordinator's overview. */
  action: string | null;
  /** A contact who was asked and has not answered yet. */
  waiting: boolean;
}

/** The polls as the meetings pages show them (see `MeetingPolls` in the meetings routes). */
export function meetingPolls(db: DbOrTx) {
  return {
    openFor: (user: SessionUser, now: Date) => openPollsFor(db, user, now),
    ofMeeting: (meetingId: number) => createPollsRepository(db).findByMeeting(meetingId),
  };
}

/**
 * The coordinator sees every open poll with its response count; any other contact the polls they are asked in and
 * can still answer, linked to the answer form in the app (the same form as the personal link in their mail).
 */
export function openPollsFor(db: DbOrTx, user: SessionUser, now: Date): OpenPollItem[] {
  const polls = createPollsRepository(db);
  if (user.role === 'coordinator') {
    return polls.listOpen().map((poll) => ({
      id: poll.id,
      title: poll.title,
      href: `/polls/${poll.id}`,
      status: [
        t('meetings.dashboard.pollResponses', { count: poll.responded, participants: poll.participants }),
        isAnswerable(poll, now)
          ? t('meetings.dashboard.pollCloses', { date: formatDate(poll.closesAt) })
          : t('polls.status.expired'),
      ].join(' · '),
      action: null,
      waiting: false,
    }));
  }
  return polls
    .openFor(user.contactId)
    .filter((poll) => isAnswerable(poll, now))
    .map((poll) => {
      const waiting = poll.respondedAt === null;
      return {
        id: poll.id,
        title: poll.title,
        href: `/polls/${poll.id}/answer`,
        status: t(waiting ? 'polls.own.waiting' : 'polls.own.answered', { date: formatDate(poll.closesAt) }),
        action: t(waiting ? 'polls.own.answer' : 'polls.own.change'),
        waiting,
      };
    });
}

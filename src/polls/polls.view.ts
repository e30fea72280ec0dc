// The open polls as the start page and the meetings list show them, from the rows `polls.read.ts` loads.
import { t } from '../locale/index.js';
import { formatDate } from '../shared/dates.js';
import { isAnswerable } from './polls.js';
import type { OpenPollRow, OwnOpenPollRow } from './polls.repository.js';

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

/** The coordinator's overview: every open poll with its response count and when it closes. */
export function openPollsView(polls: readonly OpenPollRow[], now: Date): OpenPollItem[] {
  return polls.map((poll) => ({
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

/**
 * The polls a contact was asked in and can still answer, linked to the answer form in the app (the same form as the
 * personal link in their mail).
 */
export function ownPollsView(polls: readonly OwnOpenPollRow[], now: Date): OpenPollItem[] {
  return polls
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

// Starting, answering, reminding and closing a date poll as one transaction each: store, mail (outbox), audit.
import { recordAudit, recordPrivacyConfirmations } from '../audit/audit.repository.js';
import { hashToken } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import type { PollAnswer } from '../db/schema/index.js';
import { enqueueMail } from '../mail/mailer.js';
import { createMeeting } from '../meetings/meetings.actions.js';
import type { MeetingValues } from '../meetings/meetings.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import { isAnswerable, type PollValues, toRemind } from './polls.js';
import { createPollsRepository } from './polls.repository.js';

export function pollLink(config: Config, token: string): string {
  return `${config.baseUrl}/poll/${token}`;
}

/**
 * Starts a poll among the contacts of the core partners and the schools who receive invitations. The coordinator
 * who starts it chose the dates and is not asked again. Each contact gets a personal link; only its hash is stored.
 * Without a config nobody is mailed (the demo on a real mail server). Returns the poll id and how many were asked.
 */
export function startPoll(
  db: DbOrTx,
  ctx: Omit<ActionContext, 'config'> & { config: Config | null },
  input: { poll: PollValues; privacy?: GuardOutcome },
): { id: number; participants: number } {
  const { config, now, actor: creator } = ctx;
  const { poll } = input;
  return db.transaction((tx) => {
    const repo = createPollsRepository(tx);
    const id = repo.insert(poll, creator?.contactId ?? null, now);
    const options = repo.options(id);
    const asked = createContactsRepository(tx)
      .listInvitable()
      .filter((contact) => contact.organisationKind !== 'optional' && contact.id !== creator?.contactId);
    for (const contact of asked) {
      if (!contact.email) continue;
      const token = ctx.newToken();
      repo.addParticipant(id, contact.id, hashToken(token));
      if (!config) continue;
      enqueueMail(tx, config, now, {
        template: 'poll-invite',
        to: { name: contact.name, email: contact.email },
        data: { title: poll.title, link: pollLink(config, token), options, closesAt: poll.closesAt },
        purpose: `poll:${id}`,
      });
    }
    if (input.privacy) recordPrivacyConfirmations(tx, input.privacy, creator?.contactId ?? null, 'poll', now);
    if (creator) recordAudit(tx, creator, 'create', 'poll', id, now);
    return { id, participants: asked.length };
  });
}

/**
 * Closes an open poll, with the chosen date turned into a planned meeting or without a date, and tells everyone
 * who answered. `closed` is false when the poll was no longer open (a second click, another tab).
 */
export function closePoll(
  db: DbOrTx,
  ctx: ActionContext,
  input: { pollId: number; meeting: MeetingValues | null; privacy?: GuardOutcome },
): { closed: boolean; meetingId: number | null } {
  const { config, now } = ctx;
  const actor = actorOf(ctx);
  const { pollId, meeting } = input;
  return db.transaction((tx) => {
    const repo = createPollsRepository(tx);
    const poll = repo.find(pollId);
    if (poll?.status !== 'open') return { closed: false, meetingId: null };
    if (input.privacy) recordPrivacyConfirmations(tx, input.privacy, actor.contactId, 'meeting', now);
    const meetingId = meeting ? createMeeting(tx, ctx, { values: meeting, status: 'gepland' }) : null;
    if (!repo.close(pollId, meetingId, now)) return { closed: false, meetingId: null };
    for (const respondent of repo.respondents(pollId)) {
      if (!respondent.email) continue;
      enqueueMail(tx, config, now, {
        template: 'poll-outcome',
        to: { name: respondent.name, email: respondent.email },
        data: {
          title: poll.title,
          meeting,
          // Only contacts who can log in get a link to the meeting page.
          meetingUrl:
            meetingId && respondent.access !== 'none' ? `${config.baseUrl}/meetings/${meetingId}` : null,
        },
        purpose: `poll:${pollId}`,
      });
    }
    recordAudit(tx, actor, 'close', 'poll', pollId, now);
    return { closed: true, meetingId };
  });
}

/** Saves a participant's answers, from the personal link or the app; a change of mind overwrites the earlier one. */
export function answerPoll(
  db: DbOrTx,
  ctx: ActionContext,
  input: { participantId: number; answers: readonly { optionId: number; answer: PollAnswer }[] },
) {
  db.transaction((tx) => createPollsRepository(tx).saveAnswers(input.participantId, input.answers, ctx.now));
}

/**
 * Sends the one reminder to everyone asked who has not answered yet (`toRemind`), each with a new personal link: only
 * the hash of the first one is stored. Both links keep working. Returns how many were reminded; none once the poll
 * takes no more answers.
 */
export function remindPoll(db: DbOrTx, ctx: ActionContext, input: { pollId: number }): number {
  return db.transaction((tx) => {
    const repo = createPollsRepository(tx);
    const poll = repo.find(input.pollId);
    if (!poll || !isAnswerable(poll, ctx.now)) return 0;
    const options = repo.options(poll.id);
    let sent = 0;
    for (const contact of toRemind(repo.withoutAnswer(poll.id))) {
      const token = ctx.newToken();
      if (!contact.email || !repo.markReminded(contact.participantId, hashToken(token), ctx.now)) continue;
      enqueueMail(tx, ctx.config, ctx.now, {
        template: 'poll-reminder',
        to: { name: contact.name, email: contact.email },
        data: { title: poll.title, link: pollLink(ctx.config, token), options, closesAt: poll.closesAt },
        purpose: `poll:${poll.id}`,
      });
      sent += 1;
    }
    if (ctx.actor && sent > 0) recordAudit(tx, ctx.actor, 'remind', 'poll', poll.id, ctx.now);
    return sent;
  });
}

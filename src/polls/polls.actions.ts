// Starting and closing a date poll as one transaction each: store, mail the contacts (outbox), audit.
import { recordAudit } from '../audit/audit.repository.js';
import { hashToken } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import { enqueueMail } from '../mail/mailer.js';
import { createMeeting } from '../meetings/meetings.actions.js';
import type { MeetingValues } from '../meetings/meetings.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import type { PollValues } from './polls.js';
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
  tx: DbOrTx,
  config: Config | null,
  deps: { newToken: () => string },
  poll: PollValues,
  creator: { contactId: number } | null,
  now: Date,
): { id: number; participants: number } {
  const repo = createPollsRepository(tx);
  const id = repo.insert(poll, creator?.contactId ?? null, now);
  const options = repo.options(id);
  const asked = createContactsRepository(tx)
    .listInvitable()
    .filter((contact) => contact.organisationKind !== 'optional' && contact.id !== creator?.contactId);
  for (const contact of asked) {
    if (!contact.email) continue;
    const token = deps.newToken();
    repo.addParticipant(id, contact.id, hashToken(token));
    if (!config) continue;
    enqueueMail(tx, config, now, {
      template: 'poll-invite',
      to: { name: contact.name, email: contact.email },
      data: { title: poll.title, link: pollLink(config, token), options, closesAt: poll.closesAt },
      purpose: `poll:${id}`,
    });
  }
  if (creator) recordAudit(tx, creator, 'create', 'poll', id, now);
  return { id, participants: asked.length };
}

/**
 * Closes an open poll, with the chosen date turned into a planned meeting or without a date, and tells everyone
 * who answered. `closed` is false when the poll was no longer open (a second click, another tab).
 */
export function closePoll(
  tx: DbOrTx,
  config: Config,
  pollId: number,
  meeting: MeetingValues | null,
  actor: { contactId: number },
  now: Date,
): { closed: boolean; meetingId: number | null } {
  const repo = createPollsRepository(tx);
  const poll = repo.find(pollId);
  if (poll?.status !== 'open') return { closed: false, meetingId: null };
  const meetingId = meeting ? createMeeting(tx, meeting, 'gepland', actor, now) : null;
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
}

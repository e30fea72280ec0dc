// Invitation state changes as one transaction each: answers (web and calendar), sending, adding, removing,
// delegating, reminders, and telling invitees about a changed or cancelled meeting.
import { createAgendaRepository } from '../agenda/agenda.repository.js';
import { recordAudit, recordPrivacyConfirmations } from '../audit/audit.repository.js';
import { hashToken } from '../auth/tokens.js';
import type { DbOrTx } from '../db/connection.js';
import type { RsvpSource, RsvpStatus } from '../db/schema/index.js';
import { NOTIFIABLE_CHANGES } from '../meetings/meetings.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import type { ContactValues } from '../organisations/organisations.js';
import type { GuardOutcome } from '../privacy/guard.js';
import type { ActionContext } from '../shared/action.js';
import {
  answerApplies,
  behindOnAgenda,
  canInvite,
  canRecordPresence,
  type Proposed,
  presenceList,
  type Reason,
  rsvpReminderDue,
  storedReason,
} from './invitations.js';
import {
  agendaSoFar,
  enqueueCancelMail,
  enqueueInvitationMail,
  type InvitationMailKind,
  type InvitationRecipient,
  rsvpLink,
} from './invitations.mail.js';
import {
  createInvitationsRepository,
  type InvitationsRepository,
  type Invitee,
} from './invitations.repository.js';
import { createParticipation } from './participation.js';

export type AnswerOutcome = 'applied' | 'older' | 'unknown';

/**
 * Records an answer from the RSVP page or a calendar reply (METHOD:REPLY). Both feed the same status and the
 * newest answer wins (ICAL.md point 18): an answer not newer than the applied one changes nothing and says so.
 * `comment` is only given by the web page, which has checked it with the privacy guard.
 */
export function recordAnswer(
  db: DbOrTx,
  _ctx: ActionContext,
  input: {
    invitationId: number;
    rsvp: RsvpStatus;
    answeredAt: string;
    source: RsvpSource;
    comment?: string;
    /** The privacy guard's outcome for the comment; confirmed warnings are recorded with the answer. */
    privacy?: GuardOutcome;
  },
): AnswerOutcome {
  return db.transaction((tx) => {
    const repo = createInvitationsRepository(tx);
    const invitation = repo.find(input.invitationId);
    if (!invitation) return 'unknown';
    if (!answerApplies(invitation, input)) return 'older';
    if (input.privacy) {
      recordPrivacyConfirmations(
        tx,
        input.privacy,
        invitation.contactId,
        'rsvp-comment',
        new Date(input.answeredAt),
      );
    }
    repo.setAnswer(invitation.id, {
      rsvp: input.rsvp,
      rsvpAt: new Date(input.answeredAt).toISOString(),
      rsvpSource: input.source,
      // A calendar reply carries no comment of ours: it leaves an earlier web comment alone.
      ...(input.source === 'web' ? { rsvpComment: input.comment ? input.comment : null } : {}),
    });
    return 'applied';
  });
}

/** Why an invitee is invited, as the mail says it: the live proposal's reasons, else the stored one. */
function reasonsOf(repo: InvitationsRepository, proposal: readonly Proposed[], invitee: Invitee): Reason[] {
  const proposed = proposal.find((entry) => entry.contact.id === invitee.contactId);
  if (invitee.reason === 'delegate') {
    const from = invitee.delegatedFromId ? repo.invitee(invitee.delegatedFromId) : null;
    return [{ kind: 'delegate', fromName: from?.contactName ?? '' }];
  }
  if (invitee.reason === 'manual' || !proposed) return [{ kind: 'manual' }];
  return proposed.reasons;
}

function recipientOf(repo: InvitationsRepository, proposal: readonly Proposed[], invitee: Invitee) {
  if (!invitee.email) return null;
  return {
    invitationId: invitee.id,
    name: invitee.contactName,
    email: invitee.email,
    organisationName: invitee.organisationName,
    reasons: reasonsOf(repo, proposal, invitee),
  } satisfies InvitationRecipient;
}

/** A fresh RSVP link for a mail; earlier links keep working until the meeting ends. */
function newLink(repo: InvitationsRepository, ctx: ActionContext, invitationId: number): string {
  const token = ctx.newToken();
  repo.addToken(invitationId, hashToken(token), ctx.now.toISOString());
  return token;
}

/** Sends one REQUEST-type (or plain) invitation mail to an invitee and records what it was sent with. */
function mailInvitee(
  tx: DbOrTx,
  ctx: ActionContext,
  meeting: Meeting,
  invitee: Invitee,
  options: {
    kind: InvitationMailKind;
    proposal: readonly Proposed[];
    token?: string;
    /** The colleague the invitee sent in their place, if any (see `enqueueInvitationMail`). */
    replacedBy?: string | null;
  },
) {
  const repo = createInvitationsRepository(tx);
  const to = recipientOf(repo, options.proposal, invitee);
  if (!to) return false;
  const agenda = agendaSoFar(tx, meeting);
  const token = options.token ?? newLink(repo, ctx, invitee.id);
  const { kind, replacedBy } = options;
  enqueueInvitationMail(tx, ctx, { kind, meeting, agenda, to, token, replacedBy });
  if (options.kind !== 'reminder' && options.kind !== 'agenda') repo.markSent(invitee.id, meeting.sequence);
  if (agenda.published && options.kind !== 'reminder') repo.markAgendaSent(invitee.id, ctx.now.toISOString());
  return true;
}

/**
 * Invites the chosen contacts (from the proposal, or any other invitable contact by hand) and sends each one
 * REQUEST with the meeting's current SEQUENCE. The first send is "new"; later additions are "added" and go to the
 * added contact only. A contact removed earlier is invited again with a fresh start. Returns how many were sent.
 */
export function sendInvitations(
  db: DbOrTx,
  ctx: ActionContext,
  input: { meetingId: number; contactIds: readonly number[] },
): number {
  return db.transaction((tx) => {
    const repo = createInvitationsRepository(tx);
    const meeting = createMeetingsRepository(tx).find(input.meetingId);
    if (!meeting || !canInvite(meeting, ctx.now)) return 0;
    const proposal = createParticipation(tx).proposal(meeting.id);
    const invitable = new Map(
      createContactsRepository(tx)
        .invitable()
        .map((contact) => [contact.id, contact]),
    );
    const kind: InvitationMailKind = repo.anySent(meeting.id) ? 'added' : 'new';
    const now = ctx.now.toISOString();
    let current = meeting;
    let sent = 0;
    for (const contactId of new Set(input.contactIds)) {
      if (!invitable.has(contactId)) continue;
      const existing = repo.findForContact(meeting.id, contactId);
      if (existing && existing.removedAt === null && existing.sentSequence !== null) continue;
      // Someone whose invitation was withdrawn has its CANCEL in their calendar: the new invite must be newer.
      if (existing?.sentSequence != null && existing.sentSequence >= current.sequence) {
        current = { ...current, sequence: existing.sentSequence + 1 };
        createMeetingsRepository(tx).raiseSequence(meeting.id, current.sequence, ctx.now);
      }
      const reason = proposal.find((entry) => entry.contact.id === contactId)?.reasons[0] ?? {
        kind: 'manual',
      };
      const token = ctx.newToken();
      const stored = storedReason(reason);
      let id: number;
      if (existing) {
        repo.reinstate(existing.id, hashToken(token), stored, now);
        id = existing.id;
      } else {
        id = repo.insert({ meetingId: meeting.id, contactId, ...stored, tokenHash: hashToken(token) }, now);
      }
      const invitee = repo.invitee(id);
      if (invitee && mailInvitee(tx, ctx, current, invitee, { kind, proposal, token })) sent += 1;
    }
    if (sent > 0) {
      // The planned meeting has now been told to its invitees.
      const meetings = createMeetingsRepository(tx);
      const planned = meetings
        .unnotifiedChanges()
        .filter((change) => change.meetingId === meeting.id && change.kind === 'planned');
      meetings.markNotified(
        planned.map((change) => change.id),
        ctx.now,
      );
    }
    if (ctx.actor && sent > 0) recordAudit(tx, ctx.actor, 'invite', 'meeting', meeting.id, ctx.now);
    return sent;
  });
}

/**
 * Withdraws one invitation: the invitee gets a CANCEL (only they do, ICAL.md point 10) when they had been sent
 * the invite, with the meeting's SEQUENCE raised by one. The others keep the version they have: their replies
 * count against what they were sent (see replies.ts). A colleague sent in their place keeps their own invitation.
 */
export function removeInvitation(db: DbOrTx, ctx: ActionContext, input: { invitationId: number }): boolean {
  return db.transaction((tx) => {
    const repo = createInvitationsRepository(tx);
    const invitee = repo.invitee(input.invitationId);
    if (!invitee || invitee.removedAt) return false;
    const meetings = createMeetingsRepository(tx);
    const meeting = meetings.find(invitee.meetingId);
    if (!meeting) return false;
    repo.markRemoved(invitee.id, ctx.now.toISOString());
    if (invitee.sentSequence !== null && meeting.status === 'gepland') {
      // With the reasons the invite had, so the CANCEL names the attendee as the REQUEST did.
      const to = recipientOf(repo, createParticipation(tx).proposal(meeting.id), invitee);
      if (to) {
        const sequence = meeting.sequence + 1;
        meetings.raiseSequence(meeting.id, sequence, ctx.now);
        enqueueCancelMail(tx, ctx, { kind: 'withdrawn', meeting: { ...meeting, sequence }, to });
        repo.markSent(invitee.id, sequence);
      }
    }
    if (ctx.actor) recordAudit(tx, ctx.actor, 'uninvite', 'meeting', meeting.id, ctx.now);
    return true;
  });
}

/**
 * Records which organisations were at a meeting once it has started: every organisation on the presence list
 * (invited, or recorded before) gets a row, present when it is among `presentIds`. Returns false before the start.
 */
export function recordPresence(
  db: DbOrTx,
  ctx: ActionContext,
  input: { meetingId: number; presentIds: readonly number[] },
): boolean {
  return db.transaction((tx) => {
    const repo = createInvitationsRepository(tx);
    const meeting = createMeetingsRepository(tx).find(input.meetingId);
    if (!meeting || !canRecordPresence(meeting, ctx.now)) return false;
    const listed = presenceList(repo.invitees(meeting.id), repo.presence([meeting.id]));
    repo.recordPresence(
      meeting.id,
      listed.map((organisation) => ({
        organisationId: organisation.id,
        present: input.presentIds.includes(organisation.id),
      })),
      ctx.now.toISOString(),
    );
    if (ctx.actor) recordAudit(tx, ctx.actor, 'presence', 'meeting', meeting.id, ctx.now);
    return true;
  });
}

/**
 * Tells everyone invited about the meeting's recorded changes nobody has heard of yet: the meeting actions call this
 * after every change. A cancel sends METHOD:CANCEL to all; a new time or place sends an update (same UID, the
 * SEQUENCE the meeting action raised) to all and asks everyone again. Before any invitation went out there is
 * nobody to tell. Returns how many mails went out.
 */
export function notifyInvitees(db: DbOrTx, ctx: ActionContext, input: { meetingId: number }): number {
  return db.transaction((tx) => {
    const repo = createInvitationsRepository(tx);
    const meetings = createMeetingsRepository(tx);
    const meeting = createMeetingsRepository(tx).find(input.meetingId);
    if (!meeting || !repo.anySent(meeting.id)) return 0;
    const changes = meetings
      .unnotifiedChanges()
      .filter((change) => change.meetingId === meeting.id && NOTIFIABLE_CHANGES.includes(change.kind));
    const cancelled = changes.some((change) => change.kind === 'cancelled');
    const moved = changes.some((change) => change.kind === 'time' || change.kind === 'place');
    if (!cancelled && !moved) return 0;
    const invitees = repo
      .invitees(meeting.id)
      .filter((row) => row.removedAt === null && row.sentSequence !== null);
    let mails = 0;
    const proposal = createParticipation(tx).proposal(meeting.id);
    if (cancelled) {
      for (const invitee of invitees) {
        const to = recipientOf(repo, proposal, invitee);
        if (!to) continue;
        enqueueCancelMail(tx, ctx, { kind: 'cancelled', meeting, to });
        mails += 1;
      }
    } else {
      // Everyone is asked again, except who sent a colleague in their place: that answer still stands.
      repo.resetAnswers(
        invitees.filter((invitee) => invitee.delegatedToName === null).map((invitee) => invitee.id),
        ctx.now.toISOString(),
      );
      for (const invitee of invitees) {
        const options = { kind: 'update' as const, proposal, replacedBy: invitee.delegatedToName };
        if (mailInvitee(tx, ctx, meeting, invitee, options)) mails += 1;
      }
    }
    meetings.markNotified(
      changes.map((change) => change.id),
      ctx.now,
    );
    return mails;
  });
}

/**
 * Personal links for a mail with the agenda that goes out now: each contact with a sent, current invitation gets a
 * fresh link to their RSVP page (which shows the agenda, without logging in), and counts as having had the agenda
 * as it is now. Keyed by contact id; contacts without an invitation are not in it.
 */
export function personalAgendaLinks(tx: DbOrTx, ctx: ActionContext, meetingId: number): Map<number, string> {
  const repo = createInvitationsRepository(tx);
  const links = new Map<number, string>();
  for (const invitee of repo.invitees(meetingId)) {
    if (invitee.removedAt !== null || invitee.sentSequence === null) continue;
    links.set(invitee.contactId, rsvpLink(ctx.config, newLink(repo, ctx, invitee.id)));
    repo.markAgendaSent(invitee.id, ctx.now.toISOString());
  }
  return links;
}

/** The latest change to the published agenda: an item changed or taken off after publishing; null before. */
export function lastAgendaChange(
  db: DbOrTx,
  meeting: Pick<Meeting, 'id' | 'agendaPublishedAt'>,
): string | null {
  if (!meeting.agendaPublishedAt) return null;
  const agenda = createAgendaRepository(db);
  const times = [
    ...agenda.items(meeting.id).map((item) => item.changedAfterPublishAt),
    ...agenda.removedItems(meeting.id).map((item) => item.removedAt),
  ].filter((time): time is string => time !== null);
  return times.sort().at(-1) ?? null;
}

/**
 * Sends the "agenda gewijzigd" mail to the invitees who have not had the agenda as it is now; the coordinator chose
 * to after seeing who gets it.
 */
export function sendAgendaChanged(db: DbOrTx, ctx: ActionContext, input: { meetingId: number }): number {
  return db.transaction((tx) => {
    const repo = createInvitationsRepository(tx);
    const meeting = createMeetingsRepository(tx).find(input.meetingId);
    if (!meeting?.agendaPublishedAt || !canInvite(meeting, ctx.now)) return 0;
    const proposal = createParticipation(tx).proposal(meeting.id);
    let mails = 0;
    for (const invitee of behindOnAgenda(repo.invitees(meeting.id), lastAgendaChange(tx, meeting))) {
      if (mailInvitee(tx, ctx, meeting, invitee, { kind: 'agenda', proposal })) mails += 1;
    }
    if (ctx.actor && mails > 0) recordAudit(tx, ctx.actor, 'agenda-mail', 'meeting', meeting.id, ctx.now);
    return mails;
  });
}

export type DelegateOutcome =
  | { ok: true; invitationId: number }
  | { ok: false; field: 'email'; error: 'otherOrganisation' | 'alreadyInvited' | 'self' };

/**
 * "Ik stuur een vervanger": the colleague (by work e-mail, a contact of the same organisation, created when new)
 * gets an invitation of their own with its own link; the original invitation shows as delegated and counts as
 * "komt niet" for its holder. The caller has validated name and address.
 */
export function delegateInvitation(
  db: DbOrTx,
  ctx: ActionContext,
  input: { invitationId: number; colleague: Pick<ContactValues, 'name' | 'email'> },
): DelegateOutcome {
  return db.transaction((tx): DelegateOutcome => {
    const repo = createInvitationsRepository(tx);
    const original = repo.invitee(input.invitationId);
    const meeting = original ? createMeetingsRepository(tx).find(original.meetingId) : null;
    if (!original || !meeting) throw new Error('Delegating an unknown invitation');
    if (original.email === input.colleague.email) return { ok: false, field: 'email', error: 'self' };
    const contacts = createContactsRepository(tx);
    const now = ctx.now.toISOString();
    const known = contacts.findByEmail(input.colleague.email);
    if (known && known.organisationId !== original.organisationId)
      return { ok: false, field: 'email', error: 'otherOrganisation' };
    const contactId =
      known?.id ??
      contacts.insert(
        original.organisationId,
        { ...input.colleague, role: '', access: 'none', receivesInvitations: false },
        now,
      );
    const existing = repo.findForContact(meeting.id, contactId);
    if (existing && existing.removedAt === null)
      return { ok: false, field: 'email', error: 'alreadyInvited' };
    const token = ctx.newToken();
    const delegated = { reason: 'delegate' as const, reasonThemeId: null, reasonTopicId: null };
    let id: number;
    if (existing) {
      repo.reinstate(existing.id, hashToken(token), delegated, now);
      id = existing.id;
    } else {
      id = repo.insert({ meetingId: meeting.id, contactId, ...delegated, tokenHash: hashToken(token) }, now);
    }
    repo.setDelegatedFrom(id, original.id);
    repo.setAnswer(original.id, { rsvp: 'nee', rsvpAt: now, rsvpSource: 'web', rsvpComment: null });
    const invitee = repo.invitee(id);
    if (invitee) mailInvitee(tx, ctx, meeting, invitee, { kind: 'added', proposal: [], token });
    return { ok: true, invitationId: id };
  });
}

/**
 * The hourly job: the "kom je?" reminder to every invitee without an answer, `RSVP_REMINDER_DAYS` before the
 * meeting, once per invitation. Returns how many went out.
 */
export function sendRsvpReminders(db: DbOrTx, ctx: ActionContext, days: number): number {
  if (days <= 0) return 0;
  return db.transaction((tx) => {
    const repo = createInvitationsRepository(tx);
    let sent = 0;
    for (const meeting of createMeetingsRepository(tx).plannedAhead(ctx.now)) {
      const due = repo
        .invitees(meeting.id)
        .filter((invitee) => rsvpReminderDue(meeting, invitee, ctx.now, days));
      if (due.length === 0) continue;
      const proposal = createParticipation(tx).proposal(meeting.id);
      for (const invitee of due) {
        if (!repo.markReminded(invitee.id, ctx.now.toISOString())) continue;
        if (mailInvitee(tx, ctx, meeting, invitee, { kind: 'reminder', proposal })) sent += 1;
      }
    }
    return sent;
  });
}

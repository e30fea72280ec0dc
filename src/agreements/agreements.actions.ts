// Every change to agreements and minutes as one transaction each: the writes, their history, the privacy
// confirmations, the audit entry and the mail (outbox) together, so nothing is half-written.
import { recordAudit, recordPrivacyConfirmations } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { AgreementStatus } from '../db/schema/index.js';
import { createParticipation } from '../invitations/participation.js';
import { enqueueMail } from '../mail/mailer.js';
import { changeStatus } from '../meetings/meetings.actions.js';
import { checkTransition } from '../meetings/meetings.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import { formatDate, formatMeetingWhen } from '../shared/dates.js';
import {
  type AgreementChange,
  checkChange,
  type Due,
  type ItemRecording,
  reminderDue,
} from './agreements.js';
import { presentAgreements } from './agreements.read.js';
import { createAgreementsRepository } from './agreements.repository.js';

/** A change refused by the core's rules; routes show its Dutch message. */
export class AgreementChangeRefused extends Error {
  readonly code = 'AGREEMENT_CHANGE_REFUSED';
}

/**
 * Records the minutes and agreements of one agenda item. A planned meeting that has started becomes gehouden
 * through the meetings module's own action (with its change record and audit).
 */
export function recordItem(
  db: DbOrTx,
  ctx: ActionContext,
  input: {
    meeting: Meeting;
    item: { id: number; topicId: number | null };
    recording: ItemRecording;
    privacy: GuardOutcome;
  },
): { created: number } {
  const actor = actorOf(ctx);
  const { meeting, item, recording } = input;
  return db.transaction((tx) => {
    const repo = createAgreementsRepository(tx);
    recordPrivacyConfirmations(tx, input.privacy, actor.contactId, 'agreements', ctx.now);
    repo.saveMinutes(
      { meetingId: meeting.id, agendaItemId: item.id, topicId: item.topicId },
      recording.minutes,
      ctx.now,
    );
    let created = 0;
    for (const agreement of recording.agreements) {
      if (agreement.id !== null && agreement.remove) {
        repo.remove(agreement.id);
        continue;
      }
      let id = agreement.id;
      if (id === null) {
        id = repo.insert(
          {
            meetingId: meeting.id,
            agendaItemId: item.id,
            topicId: item.topicId,
            text: agreement.text,
            due: agreement.due,
            status: agreement.status,
          },
          ctx.now,
        );
        repo.addEvent(
          id,
          {
            kind: 'created',
            meetingId: meeting.id,
            status: agreement.status,
            due: agreement.due,
            contactId: actor.contactId,
          },
          ctx.now,
        );
        created += 1;
      } else {
        const before = repo.find(id);
        repo.update(id, { text: agreement.text, due: agreement.due, status: agreement.status }, ctx.now);
        if (before && before.status !== agreement.status)
          repo.addEvent(
            id,
            { kind: 'status', status: agreement.status, contactId: actor.contactId },
            ctx.now,
          );
      }
      repo.setOwners(id, agreement.ownerIds);
    }
    if (meeting.status === 'gepland' && checkTransition(meeting, 'gehouden', ctx.now).ok)
      changeStatus(tx, ctx, { meeting, to: 'gehouden' });
    recordAudit(tx, actor, 'record', 'minutes', item.id, ctx.now);
    return { created };
  });
}

/** Marks a meeting's minutes vastgesteld; false when there was nothing left to establish. */
export function establishMinutes(db: DbOrTx, ctx: ActionContext, input: { meetingId: number }): boolean {
  const actor = actorOf(ctx);
  return db.transaction((tx) => {
    const changed = createAgreementsRepository(tx).establishMinutes(input.meetingId, ctx.now);
    if (changed > 0) recordAudit(tx, actor, 'establish', 'minutes', input.meetingId, ctx.now);
    return changed > 0;
  });
}

/** Loads an agreement and checks the change against the core's rules; throws AgreementChangeRefused. */
function checked(db: DbOrTx, agreementId: number, change: AgreementChange) {
  const agreement = createAgreementsRepository(db).find(agreementId);
  if (!agreement) throw new Error(`Agreement ${agreementId} does not exist`);
  const check = checkChange(agreement, change);
  if (!check.ok) throw new AgreementChangeRefused(check.message);
  return agreement;
}

/** The coordinator closes (afgerond, vervallen) or reopens an agreement, optionally at a meeting. */
export function setAgreementStatus(
  db: DbOrTx,
  ctx: ActionContext,
  input: { agreementId: number; status: AgreementStatus; meetingId: number | null },
) {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    checked(tx, input.agreementId, { kind: 'status', to: input.status });
    const repo = createAgreementsRepository(tx);
    repo.update(input.agreementId, { status: input.status }, ctx.now);
    if (input.status !== 'open') repo.setReportedDone(input.agreementId, null, null);
    repo.addEvent(
      input.agreementId,
      { kind: 'status', status: input.status, meetingId: input.meetingId, contactId: actor.contactId },
      ctx.now,
    );
    recordAudit(
      tx,
      actor,
      input.status === 'open' ? 'reopen' : 'close',
      'agreement',
      input.agreementId,
      ctx.now,
    );
  });
}

/** The coordinator confirms what a member reported done: the agreement is afgerond. */
export function confirmDone(
  db: DbOrTx,
  ctx: ActionContext,
  input: { agreementId: number; meetingId: number | null },
) {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    checked(tx, input.agreementId, { kind: 'confirm_done' });
    const repo = createAgreementsRepository(tx);
    repo.update(input.agreementId, { status: 'afgerond' }, ctx.now);
    repo.addEvent(
      input.agreementId,
      { kind: 'status', status: 'afgerond', meetingId: input.meetingId, contactId: actor.contactId },
      ctx.now,
    );
    recordAudit(tx, actor, 'confirm', 'agreement', input.agreementId, ctx.now);
  });
}

/** The coordinator gives an open agreement a new due date (at the next meeting, usually). */
export function renewAgreement(
  db: DbOrTx,
  ctx: ActionContext,
  input: { agreementId: number; due: Due; meetingId: number | null },
) {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    checked(tx, input.agreementId, { kind: 'renew', due: input.due });
    const repo = createAgreementsRepository(tx);
    repo.update(input.agreementId, { due: input.due }, ctx.now);
    // "Gereed gemeld" that the coordinator renews instead of confirming was not done after all.
    repo.setReportedDone(input.agreementId, null, null);
    repo.addEvent(
      input.agreementId,
      { kind: 'renewed', due: input.due, meetingId: input.meetingId, contactId: actor.contactId },
      ctx.now,
    );
    recordAudit(tx, actor, 'renew', 'agreement', input.agreementId, ctx.now);
  });
}

/** A member (or the coordinator) of an owner organisation adds a progress note. */
export function addProgressNote(
  db: DbOrTx,
  ctx: ActionContext,
  input: { agreementId: number; organisationId: number; text: string; privacy: GuardOutcome },
) {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    const repo = createAgreementsRepository(tx);
    // The same note sent again (a double click, or resent after the back button) is not stored twice.
    if (repo.lastNoteBy(input.agreementId, actor.contactId) === input.text) return;
    recordPrivacyConfirmations(tx, input.privacy, actor.contactId, 'agreement-note', ctx.now);
    repo.addNote(
      input.agreementId,
      { text: input.text, contactId: actor.contactId, organisationId: input.organisationId },
      ctx.now,
    );
    recordAudit(tx, actor, 'note', 'agreement', input.agreementId, ctx.now);
  });
}

/** A member of an owner organisation reports the agreement done, for the coordinator to confirm. */
export function reportDone(db: DbOrTx, ctx: ActionContext, input: { agreementId: number }) {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    checked(tx, input.agreementId, { kind: 'report_done' });
    const repo = createAgreementsRepository(tx);
    repo.setReportedDone(input.agreementId, actor.contactId, ctx.now);
    repo.addEvent(input.agreementId, { kind: 'reported_done', contactId: actor.contactId }, ctx.now);
    recordAudit(tx, actor, 'report-done', 'agreement', input.agreementId, ctx.now);
  });
}

/**
 * Mails the agreement list of a held meeting to every contact of the invited organisations and everyone holding an
 * invitation, and records that it was sent. Returns the number of recipients.
 */
export function sendAgreementList(db: DbOrTx, ctx: ActionContext, input: { meeting: Meeting }): number {
  const actor = actorOf(ctx);
  const { meeting } = input;
  return db.transaction((tx) => {
    const repo = createAgreementsRepository(tx);
    const lines = presentAgreements(tx, repo.list({ meetingId: meeting.id }), ctx.now).map((row) => ({
      text: row.text,
      owners: row.ownersLabel,
      due: row.dueLabel,
      status: row.statusLabel,
      item: row.itemTitle,
    }));
    const participation = createParticipation(tx);
    const recipients = createContactsRepository(tx).mailRecipients(
      participation.organisationIds(meeting.id),
      participation.invitedContactIds(meeting.id),
    );
    for (const recipient of recipients) {
      enqueueMail(tx, ctx.config, ctx.now, {
        template: 'agreement-list',
        to: { name: recipient.name, email: recipient.email },
        purpose: `agreement-list:${meeting.id}`,
        data: {
          meetingTitle: meeting.title,
          meetingDate: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
          lines,
          link: `${ctx.config.baseUrl}/meetings/${meeting.id}/verslag`,
        },
      });
    }
    repo.recordMailing(meeting.id, recipients.length, actor.contactId, ctx.now);
    recordAudit(tx, actor, 'send', 'agreement-list', meeting.id, ctx.now);
    return recipients.length;
  });
}

/**
 * The hourly job: reminds the owner organisations' contacts of every open agreement due within
 * `config.agreementReminderDays` days, once per due date. Returns the number of mails.
 */
export function sendAgreementReminders(db: DbOrTx, ctx: ActionContext): { agreementReminders: number } {
  return db.transaction((tx) => {
    const repo = createAgreementsRepository(tx);
    const contacts = createContactsRepository(tx);
    let mails = 0;
    for (const row of presentAgreements(tx, repo.list({ status: 'open' }), ctx.now)) {
      const due = row.effectiveDue;
      if (!due || !reminderDue(row, due, ctx.now, ctx.config.agreementReminderDays)) continue;
      if (!repo.markReminded(row.id, due)) continue;
      repo.addEvent(row.id, { kind: 'reminded', contactId: null }, ctx.now);
      for (const recipient of contacts.mailRecipients(row.ownerIds)) {
        enqueueMail(tx, ctx.config, ctx.now, {
          template: 'agreement-reminder',
          to: { name: recipient.name, email: recipient.email },
          purpose: `agreement-reminder:${row.id}`,
          data: {
            text: row.text,
            organisationName: recipient.organisationName,
            due: formatDate(due),
            meetingTitle: row.meetingTitle,
            link: `${ctx.config.baseUrl}/agreements/${row.id}`,
          },
        });
        mails += 1;
      }
    }
    return { agreementReminders: mails };
  });
}

// The agenda's mail, put in the outbox inside the caller's transaction: triage outcomes for the submitting
// organisations, the published agenda for the organisations taking part, and the deadline reminder for schools.
import { createHash } from 'node:crypto';
import { openAgreementsForAgenda } from '../agreements/agreements.read.js';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import type { Deps } from '../deps.js';
import { participantIds, proposalReasons, type Reason, reasonLines } from '../invitations/invitations.js';
import { createParticipation } from '../invitations/participation.js';
import { t } from '../locale/index.js';
import { enqueueMail } from '../mail/mailer.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { formatDateTime } from '../shared/dates.js';
import { reminderDue, schoolsWithoutTopics } from './agenda.js';
import { readAgenda } from './agenda.repository.js';
import { agendaView, meetingWhen } from './agenda.view.js';
import { createTopicsRepository, type Topic } from './topics.repository.js';

export type TopicOutcome = 'accepted' | 'merged' | 'deferred' | 'declined';

export interface OutcomeDetails {
  outcome: TopicOutcome;
  meeting: Meeting;
  /** Deferred: the meeting the topic moved to (null = a later meeting). */
  nextMeeting?: Meeting | null;
  /** Merged: the topic it was merged into. */
  mergedInto?: { title: string; organisationName: string };
  /** Declined: the coordinator's reason (checked by the privacy guard). */
  reason?: string;
}

/**
 * Tells the organisations concerned what happened to a topic: the submitting organisation and the organisations
 * whose topics were merged into it. One mail per contact, even when a contact is concerned twice.
 */
export function enqueueTopicOutcome(
  tx: DbOrTx,
  config: Config,
  now: Date,
  topic: Topic,
  details: OutcomeDetails,
): number {
  const contacts = createContactsRepository(tx);
  const merged = createTopicsRepository(tx).mergedInto([topic.id]);
  const concerned = [
    {
      title: topic.title,
      organisationId: topic.organisationId,
      submittedBy: topic.submittedBy,
      viaTitle: '',
    },
    ...merged.map((child) => ({
      title: child.title,
      organisationId: child.organisationId,
      submittedBy: null,
      viaTitle: topic.title,
    })),
  ];
  const mailed = new Set<number>();
  for (const entry of concerned) {
    const recipients = contacts.mailRecipients(
      [entry.organisationId],
      entry.submittedBy ? [entry.submittedBy] : [],
    );
    for (const recipient of recipients) {
      if (recipient.organisationId !== entry.organisationId || mailed.has(recipient.id)) continue;
      mailed.add(recipient.id);
      enqueueMail(tx, config, now, {
        template: 'topic-outcome',
        to: { name: recipient.name, email: recipient.email },
        purpose: `topic-${details.outcome}:${topic.id}`,
        data: {
          outcome: details.outcome,
          outcomeLabel: t(`mail.topic-outcome.outcomeLabels.${details.outcome}`),
          title: entry.title,
          viaTitle: entry.viaTitle,
          // The topic the decision is about: the one this topic was merged into, or the topic itself.
          topicTitle: entry.viaTitle || entry.title,
          organisationName: recipient.organisationName,
          meetingDate: meetingWhen(details.meeting),
          nextMeetingDate: details.nextMeeting ? meetingWhen(details.nextMeeting) : '',
          mergedIntoTitle: details.mergedInto?.title ?? '',
          mergedIntoOrganisation: details.mergedInto?.organisationName ?? '',
          reason: details.reason ?? '',
          link: `${config.baseUrl}/topics`,
        },
      });
    }
  }
  return mailed.size;
}

/**
 * The published-agenda mail as the coordinator previews it and the outbox sends it: every contact of the invited
 * organisations, each with why the organisation is invited, and the agenda lines. `digest` identifies exactly this
 * mail and these recipients, so a confirmation sends only what was previewed.
 */
export function agendaPublishedMail(db: DbOrTx, config: Config, now: Date, meeting: Meeting) {
  // Under "Openstaande afspraken" the open agreements from earlier meetings, as on the agenda page.
  const open = openAgreementsForAgenda(db, meeting, now).map((agreement) => ({
    text: agreement.text,
    owners: agreement.ownersLabel,
    due: agreement.dueLabel,
    status: agreement.statusLabel,
  }));
  const lines = agendaView(meeting, readAgenda(db, meeting.id)).items.map((item) => ({
    time: item.startLabel,
    title: item.title,
    agreements: item.isAgreements ? open : [],
  }));
  // Why each organisation takes part; one that only holds an invitation was invited by hand.
  const participation = createParticipation(db);
  const participants = participation.of(meeting.id);
  const reasonsOf = new Map(participants.map((entry) => [entry.organisationId, proposalReasons(entry)]));
  const manual: Reason[] = [{ kind: 'manual' }];
  // Whoever holds an invitation gets it too: their invitation said the full agenda would follow.
  const recipients = createContactsRepository(db)
    .mailRecipients(participantIds(participants), participation.invitedContactIds(meeting.id))
    .map((recipient) => {
      const reasons = reasonsOf.get(recipient.organisationId) ?? [];
      return { ...recipient, reasons: reasons.length > 0 ? reasons : manual };
    });
  const data = {
    meetingTitle: meeting.title,
    meetingDate: meetingWhen(meeting),
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    lines,
    link: `${config.baseUrl}/meetings/${meeting.id}/agenda`,
  };
  const digest = createHash('sha256')
    .update(JSON.stringify({ data, recipients }))
    .digest('base64url')
    .slice(0, 32);
  return {
    meetingId: meeting.id,
    data,
    recipients,
    digest,
    subject: t('mail.agenda-published.subject', { meetingDate: data.meetingDate }),
  };
}

export type AgendaPublishedMail = ReturnType<typeof agendaPublishedMail>;

/**
 * Sends the previewed published-agenda mail: one per recipient, saying why they get it. A recipient with an
 * invitation gets their personal link (`links`, by contact id), which opens the agenda without logging in.
 */
export function enqueueAgendaPublished(
  tx: DbOrTx,
  config: Config,
  now: Date,
  mail: AgendaPublishedMail,
  links: ReadonlyMap<number, string>,
): number {
  for (const recipient of mail.recipients) {
    enqueueMail(tx, config, now, {
      template: 'agenda-published',
      to: { name: recipient.name, email: recipient.email },
      purpose: `agenda-published:${mail.meetingId}`,
      data: {
        ...mail.data,
        link: links.get(recipient.id) ?? mail.data.link,
        reasons: reasonLines(recipient.organisationName, recipient.reasons),
      },
    });
  }
  return mail.recipients.length;
}

/**
 * Sends the deadline reminder for every meeting where it is due to the schools that submitted nothing yet, and
 * records it on the meeting, so running this again (every hour) sends nothing twice.
 */
export function sendDueReminders(deps: Pick<Deps, 'db' | 'now'>, config: Config): { reminders: number } {
  const now = deps.now();
  return deps.db.transaction((tx) => {
    const meetings = createMeetingsRepository(tx);
    const topics = createTopicsRepository(tx);
    const contacts = createContactsRepository(tx);
    let reminders = 0;
    for (const meeting of meetings.listAhead()) {
      if (!reminderDue(meeting, now, config.topicReminderDays)) continue;
      if (!meetings.markReminderSent(meeting.id, now)) continue;
      const silent = schoolsWithoutTopics(
        createOrganisationsRepository(tx).listByKind('school'),
        topics.submittingOrganisationIds(meeting.id),
      );
      for (const recipient of contacts.mailRecipients(silent)) {
        enqueueMail(tx, config, now, {
          template: 'topic-reminder',
          to: { name: recipient.name, email: recipient.email },
          purpose: `topic-reminder:${meeting.id}`,
          data: {
            organisationName: recipient.organisationName,
            meetingDate: meetingWhen(meeting),
            deadline: formatDateTime(meeting.topicDeadline),
            link: `${config.baseUrl}/topics/new`,
          },
        });
        reminders += 1;
      }
    }
    return { reminders };
  });
}

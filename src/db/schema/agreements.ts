// Agreements made at meetings, their owners, progress notes and history, the minutes per agenda item, and the
// agreement lists mailed after a meeting.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agendaItems, topics } from './agenda.js';
import { meetings } from './meetings.js';
import { contacts, organisations } from './organisations.js';

export const agreementStatuses = ['open', 'afgerond', 'vervallen'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreements = sqliteTable(
  'agreements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    topicId: integer('topic_id').references(() => topics.id),
    /** The agenda item it was recorded under (standing items have no topic). */
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    /** Local date `YYYY-MM-DD`; null with `dueNextMeeting` ("voor het volgende overleg"). */
    dueDate: text('due_date'),
    dueNextMeeting: integer('due_next_meeting', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: agreementStatuses }).notNull().default('open'),
    /** A member reported it done; the coordinator confirms (status afgerond) or not. */
    reportedDoneAt: text('reported_done_at'),
    reportedDoneBy: integer('reported_done_by').references(() => contacts.id),
    /** The due date (`YYYY-MM-DD`) the owners were reminded of: one reminder per due date. */
    reminderSentFor: text('reminder_sent_for'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  // The agenda lists the open agreements of earlier meetings: found by status, not by reading all of history.
  (table) => [
    index('agreements_meeting_idx').on(table.meetingId),
    index('agreements_status_idx').on(table.status),
  ],
);

export const agreementEventKinds = ['created', 'status', 'renewed', 'reported_done', 'reminded'] as const;
export type AgreementEventKind = (typeof agreementEventKinds)[number];

/** The history of an agreement: no free text, only what changed, at which meeting, by whom. */
export const agreementEvents = sqliteTable(
  'agreement_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: agreementEventKinds }).notNull(),
    /** The meeting at which it happened (closing or renewing under "Openstaande afspraken"). */
    meetingId: integer('meeting_id').references(() => meetings.id),
    status: text('status', { enum: agreementStatuses }),
    dueDate: text('due_date'),
    dueNextMeeting: integer('due_next_meeting', { mode: 'boolean' }),
    contactId: integer('contact_id').references(() => contacts.id),
    at: text('at').notNull(),
  },
  (table) => [
    index('agreement_events_agreement_idx').on(table.agreementId),
    // The agenda finds the agreements closed or renewed at its meeting ("Openstaande afspraken").
    index('agreement_events_meeting_idx').on(table.meetingId, table.kind),
  ],
);

export const agreementOwners = sqliteTable(
  'agreement_owners',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (table) => [primaryKey({ columns: [table.agreementId, table.organisationId] })],
);

export const agreementNotes = sqliteTable('agreement_notes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agreementId: integer('agreement_id')
    .notNull()
    .references(() => agreements.id, { onDelete: 'cascade' }),
  contactId: integer('contact_id').references(() => contacts.id),
  organisationId: integer('organisation_id').references(() => organisations.id),
  text: text('text').notNull(),
  createdAt: text('created_at').notNull(),
});

export const minutesStatuses = ['concept', 'vastgesteld'] as const;
export type MinutesStatus = (typeof minutesStatuses)[number];

/** One row per agenda item; all rows of a meeting are established (vastgesteld) together. */
export const minutes = sqliteTable(
  'minutes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    topicId: integer('topic_id').references(() => topics.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    status: text('status', { enum: minutesStatuses }).notNull().default('concept'),
    establishedAt: text('established_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('minutes_agenda_item_unique').on(table.agendaItemId)],
);

/** Each time the agreement list of a meeting was mailed to the invited organisations. */
export const agreementListMailings = sqliteTable('agreement_list_mailings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  meetingId: integer('meeting_id')
    .notNull()
    .references(() => meetings.id),
  recipients: integer('recipients').notNull(),
  sentBy: integer('sent_by').references(() => contacts.id),
  sentAt: text('sent_at').notNull(),
});

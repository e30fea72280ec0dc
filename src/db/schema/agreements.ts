// Agreements made at meetings, their owners and progress notes, and the minutes per topic.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { topics } from './agenda.js';
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
    text: text('text').notNull(),
    dueDate: text('due_date'),
    status: text('status', { enum: agreementStatuses }).notNull().default('open'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  // The agenda lists the open agreements of earlier meetings: found by status, not by reading all of history.
  (table) => [
    index('agreements_meeting_idx').on(table.meetingId),
    index('agreements_status_idx').on(table.status),
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

export const minutes = sqliteTable('minutes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  meetingId: integer('meeting_id')
    .notNull()
    .references(() => meetings.id),
  topicId: integer('topic_id').references(() => topics.id),
  text: text('text').notNull(),
  status: text('status', { enum: minutesStatuses }).notNull().default('concept'),
  updatedAt: text('updated_at').notNull(),
});

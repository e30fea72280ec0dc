// Infrastructure tables: sessions, login tokens, the mail outbox, the audit log, privacy confirmations.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { contacts } from './organisations.js';

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the cookie value itself is never stored. */
    idHash: text('id_hash').primaryKey(),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (table) => [index('sessions_contact_idx').on(table.contactId)],
);

export const loginTokens = sqliteTable('login_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  contactId: integer('contact_id')
    .notNull()
    .references(() => contacts.id),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  createdAt: text('created_at').notNull(),
});

export const outboxStatuses = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stable Message-ID, so a retried delivery is recognisable as the same message. */
    messageId: text('message_id').notNull().unique(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** iTIP method (REQUEST, CANCEL, ...) and the VCALENDAR, for calendar mail. */
    icalMethod: text('ical_method'),
    icalContent: text('ical_content'),
    /** What caused the message, e.g. `login`, `invitation:12` (no free text). */
    purpose: text('purpose').notNull(),
    status: text('status', { enum: outboxStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    /** Set while a worker delivers the message, so two workers never send it twice. */
    lockedUntil: text('locked_until'),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('outbox_status_idx').on(table.status, table.nextAttemptAt)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorContactId: integer('actor_contact_id').references(() => contacts.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    at: text('at').notNull(),
  },
  (table) => [index('audit_log_at_idx').on(table.at)],
);

/** A writer's confirmation that a privacy warning was not personal data: who, when, which category, never the text. */
export const privacyConfirmations = sqliteTable('privacy_confirmations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contactId: integer('contact_id').references(() => contacts.id),
  form: text('form').notNull(),
  category: text('category').notNull(),
  at: text('at').notNull(),
});

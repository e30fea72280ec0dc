// Who is invited to a meeting and why, their RSVP, and calendar feed tokens per organisation.
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { meetings } from './meetings.js';
import { contacts, organisations } from './organisations.js';

export const invitationReasons = ['core', 'theme', 'manual', 'delegate'] as const;
export type InvitationReason = (typeof invitationReasons)[number];
export const rsvpStatuses = ['geen-reactie', 'ja', 'nee', 'misschien'] as const;
export type RsvpStatus = (typeof rsvpStatuses)[number];
export const rsvpSources = ['web', 'calendar'] as const;
export type RsvpSource = (typeof rsvpSources)[number];

export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id),
    reason: text('reason', { enum: invitationReasons }).notNull(),
    /** For theme invitations: which theme and topic brought the partner in (no free text of users). */
    reasonThemeId: integer('reason_theme_id'),
    reasonTopicId: integer('reason_topic_id'),
    rsvp: text('rsvp', { enum: rsvpStatuses }).notNull().default('geen-reactie'),
    rsvpComment: text('rsvp_comment'),
    rsvpAt: text('rsvp_at'),
    /** Where the applied answer came from: the RSVP page or a calendar reply (METHOD:REPLY). */
    rsvpSource: text('rsvp_source', { enum: rsvpSources }),
    /** For a colleague sent in someone's place: the invitation of the contact who delegated. */
    delegatedFromId: integer('delegated_from_id').references((): AnySQLiteColumn => invitations.id),
    /** When the "you have not answered yet" reminder went to this invitee (once per invitation). */
    reminderSentAt: text('reminder_sent_at'),
    /** When this invitee last got the published agenda (in an invitation or an "agenda gewijzigd" mail). */
    agendaSentAt: text('agenda_sent_at'),
    /** The first link's hash; links in later mail are in `invitation_tokens`. */
    tokenHash: text('token_hash').notNull().unique(),
    /** SEQUENCE of the last REQUEST this invitee was sent; null = not sent yet. */
    sentSequence: integer('sent_sequence'),
    removedAt: text('removed_at'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('invitations_meeting_contact').on(table.meetingId, table.contactId),
    index('invitations_contact_idx').on(table.contactId),
  ],
);

/** Every RSVP link put in a mail after the first (updates, reminders): each stays valid until the meeting ends. */
export const invitationTokens = sqliteTable(
  'invitation_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    invitationId: integer('invitation_id')
      .notNull()
      .references(() => invitations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('invitation_tokens_invitation_idx').on(table.invitationId)],
);

export const feedTokens = sqliteTable('feed_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  organisationId: integer('organisation_id')
    .notNull()
    .references(() => organisations.id),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at'),
});

/** Calendar replies that could not be matched to an invitation, kept for manual review. */
export const unmatchedReplies = sqliteTable('unmatched_replies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  receivedAt: text('received_at').notNull(),
  fromAddress: text('from_address'),
  uid: text('uid'),
  partstat: text('partstat'),
  reason: text('reason').notNull(),
  resolvedAt: text('resolved_at'),
});

/**
 * Which organisations were at a meeting, as the coordinator recorded it afterwards: a row for every organisation on
 * the list, present or not. No rows for a meeting means presence was not recorded (the insight shows "onbekend").
 */
export const meetingPresence = sqliteTable(
  'meeting_presence',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    present: integer('present', { mode: 'boolean' }).notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.organisationId] })],
);

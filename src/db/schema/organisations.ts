// Organisations, their contacts, the theme catalogue and which optional partners a theme brings in.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const organisationKinds = ['school', 'core', 'optional'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisations = sqliteTable('organisations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  kind: text('kind', { enum: organisationKinds }).notNull(),
  place: text('place'),
  archivedAt: text('archived_at'),
  createdAt: text('created_at').notNull(),
});

export const contactAccess = ['none', 'member', 'coordinator'] as const;
export type ContactAccess = (typeof contactAccess)[number];

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    // Name and e-mail become null when the retention period of an archived contact has passed.
    name: text('name'),
    email: text('email'),
    role: text('role').notNull().default(''),
    access: text('access', { enum: contactAccess }).notNull().default('none'),
    receivesInvitations: integer('receives_invitations', { mode: 'boolean' }).notNull().default(true),
    archivedAt: text('archived_at'),
    anonymisedAt: text('anonymised_at'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('contacts_email_unique').on(table.email).where(sql`${table.email} is not null`),
    index('contacts_organisation_idx').on(table.organisationId),
  ],
);

export const themes = sqliteTable('themes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  archivedAt: text('archived_at'),
  createdAt: text('created_at').notNull(),
});

export const themePartners = sqliteTable(
  'theme_partners',
  {
    themeId: integer('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (table) => [primaryKey({ columns: [table.themeId, table.organisationId] })],
);

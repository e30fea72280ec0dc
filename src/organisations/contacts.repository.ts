// Queries for contacts: the professionals at organisations, their access and their archiving.
import { and, asc, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { type ExportedTable, exportTable } from '../db/export-table.js';
import { lookup } from '../db/lookup.js';
import { inList, prepared } from '../db/prepared.js';
import { contacts, organisations } from '../db/schema/index.js';

export type Contact = typeof contacts.$inferSelect;

/** A column of the contact `id` names, for another module's query (see `lookup`). */
export const contactOf = <K extends keyof Contact, TId extends SQLiteColumn | SQL>(field: K, id: TId) =>
  lookup(contacts[field], contacts.id, id);
export type ContactInput = Pick<
  typeof contacts.$inferInsert,
  'name' | 'email' | 'role' | 'access' | 'receivesInvitations'
>;

/**
 * The condition for a contact meeting mail can reach, in a query that joins the contact's organisation: neither is
 * archived and the contact has an address. Whether they want invitations is the caller's part of the condition.
 */
const mailableContact = () =>
  and(isNull(contacts.archivedAt), isNull(organisations.archivedAt), isNotNull(contacts.email));

const organisationsOfContacts = prepared((db) =>
  db
    .select({ id: contacts.id, organisationId: contacts.organisationId })
    .from(contacts)
    .where(inList(contacts.id, 'ids'))
    .prepare(),
);

/** Whether the contact `id` names is one meeting mail can reach (see `mailableContact`), for another module's filter. */
export const isMailableContact = (id: SQLiteColumn | SQL) =>
  sql`exists (select 1 from ${contacts} inner join ${organisations} on ${eq(organisations.id, contacts.organisationId)} where ${and(eq(contacts.id, id), mailableContact())})`;

/** `(select the ids of an organisation's contacts)`, for another module's `inArray`. */
export const contactIdsOfOrganisation = (organisationId: number) =>
  sql`(select ${contacts.id} from ${contacts} where ${contacts.organisationId} = ${organisationId})`;

export function createContactsRepository(db: DbOrTx) {
  /** Mailable contacts (see `mailableContact`) that also meet `where`, with their organisation, by organisation. */
  const mailable = (where: SQL | undefined) =>
    db
      .select({
        id: contacts.id,
        name: contacts.name,
        email: contacts.email,
        organisationId: organisations.id,
        organisationName: organisations.name,
        organisationKind: organisations.kind,
        receivesInvitations: contacts.receivesInvitations,
      })
      .from(contacts)
      .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
      .where(and(mailableContact(), where))
      .orderBy(asc(organisations.name), asc(contacts.name))
      .all()
      .flatMap((row) => (row.email ? [{ ...row, email: row.email }] : []));

  return {
    /** The contacts, for the archive export (`cli export`). */
    exportRows(): ExportedTable[] {
      return [exportTable(db, contacts)];
    },

    listByOrganisation(organisationId: number) {
      return db
        .select()
        .from(contacts)
        .where(eq(contacts.organisationId, organisationId))
        .orderBy(asc(contacts.archivedAt), asc(contacts.name))
        .all();
    },

    find(id: number): Contact | null {
      return db.select().from(contacts).where(eq(contacts.id, id)).get() ?? null;
    },

    /** The contact who may log in with this address: active, of an active organisation, with access. */
    findLoginContact(email: string) {
      const row = db
        .select({ id: contacts.id, access: contacts.access })
        .from(contacts)
        .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
        .where(
          and(
            eq(contacts.email, email.trim().toLowerCase()),
            isNull(contacts.archivedAt),
            isNull(organisations.archivedAt),
          ),
        )
        .get();
      return row && row.access !== 'none' ? row : null;
    },

    findByEmail(email: string): Contact | null {
      return db.select().from(contacts).where(eq(contacts.email, email.toLowerCase())).get() ?? null;
    },

    insert(organisationId: number, input: ContactInput, now: string): number {
      return db
        .insert(contacts)
        .values({ ...input, email: input.email?.toLowerCase() ?? null, organisationId, createdAt: now })
        .returning({ id: contacts.id })
        .get().id;
    },

    update(id: number, input: ContactInput) {
      db.update(contacts)
        .set({ ...input, email: input.email?.toLowerCase() ?? null })
        .where(eq(contacts.id, id))
        .run();
    },

    /** A contact who leaves: no more invitations or logins, still named in history until the retention period ends. */
    archive(id: number, now: string) {
      db.update(contacts)
        .set({ archivedAt: now })
        .where(and(eq(contacts.id, id), isNull(contacts.archivedAt)))
        .run();
    },

    restore(id: number) {
      db.update(contacts)
        .set({ archivedAt: null })
        .where(and(eq(contacts.id, id), isNull(contacts.anonymisedAt)))
        .run();
    },

    /** Every contact's e-mail address (archived ones too: addresses are unique) with its organisation's name. */
    emailsWithOrganisation() {
      return db
        .select({ email: contacts.email, organisationName: organisations.name })
        .from(contacts)
        .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
        .where(isNotNull(contacts.email))
        .all()
        .flatMap((row) => (row.email ? [{ email: row.email, organisationName: row.organisationName }] : []));
    },

    /** Active contacts who receive invitations, with their organisation. */
    listInvitable() {
      return db
        .select({
          id: contacts.id,
          name: contacts.name,
          email: contacts.email,
          role: contacts.role,
          organisationId: organisations.id,
          organisationName: organisations.name,
          organisationKind: organisations.kind,
        })
        .from(contacts)
        .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
        .where(and(mailableContact(), eq(contacts.receivesInvitations, true)))
        .orderBy(asc(organisations.name), asc(contacts.name))
        .all();
    },

    /** The organisation of each of these contacts. */
    organisationIdsOf(contactIds: readonly number[]): Map<number, number> {
      if (contactIds.length === 0) return new Map();
      const rows = organisationsOfContacts(db).all({ ids: inList.values([...new Set(contactIds)]) });
      return new Map(rows.map((row) => [row.id, row.organisationId]));
    },

    /** Contacts who could be invited (active, with an address), with their own "receives invitations" setting. */
    invitable() {
      return mailable(undefined);
    },

    /**
     * Who receives mail for these organisations: active contacts with an address who receive invitations, plus
     * `alsoContactIds` (e.g. the one who submitted a topic) whatever their setting.
     */
    mailRecipients(organisationIds: readonly number[], alsoContactIds: readonly number[] = []) {
      if (organisationIds.length === 0 && alsoContactIds.length === 0) return [];
      return mailable(
        or(
          and(inArray(contacts.organisationId, [...organisationIds]), eq(contacts.receivesInvitations, true)),
          inArray(contacts.id, [...alsoContactIds]),
        ),
      );
    },

    /** Removes name and e-mail of contacts archived before `cutoff`, for good. */
    anonymiseArchivedBefore(cutoff: string, now: string): number {
      return db
        .update(contacts)
        .set({
          name: null,
          email: null,
          role: '',
          access: 'none',
          receivesInvitations: false,
          anonymisedAt: now,
        })
        .where(
          and(isNotNull(contacts.archivedAt), lt(contacts.archivedAt, cutoff), isNull(contacts.anonymisedAt)),
        )
        .run().changes;
    },
  };
}

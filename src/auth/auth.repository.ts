// Queries for login tokens and sessions.
import { and, count, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { loginTokens, sessions } from '../db/schema/index.js';
import { contactIdsOfOrganisation, contactOf } from '../organisations/contacts.repository.js';
import { organisationOf } from '../organisations/organisations.repository.js';
import type { SessionUser } from '../shared/session-user.js';

// Every request with a session cookie reads its session: the query is built and prepared once per database handle
// instead of on every request.
const sessionUserQueries = new WeakMap<DbOrTx, ReturnType<typeof prepareSessionUser>>();

/** The organisation of the session's contact. */
const organisationId = contactOf('organisationId', sessions.contactId);

function prepareSessionUser(db: DbOrTx) {
  return db
    .select({
      session: sessions,
      contactId: sessions.contactId,
      name: contactOf('name', sessions.contactId),
      email: contactOf('email', sessions.contactId),
      access: contactOf('access', sessions.contactId),
      archivedAt: contactOf('archivedAt', sessions.contactId),
      organisationId,
      organisationName: organisationOf('name', organisationId),
      organisationKind: organisationOf('kind', organisationId),
      organisationArchivedAt: organisationOf('archivedAt', organisationId),
    })
    .from(sessions)
    .where(eq(sessions.idHash, sql.placeholder('idHash')))
    .prepare();
}

function sessionUserQuery(db: DbOrTx) {
  let query = sessionUserQueries.get(db);
  if (!query) {
    query = prepareSessionUser(db);
    sessionUserQueries.set(db, query);
  }
  return query;
}

export function createAuthRepository(db: DbOrTx) {
  return {
    insertLoginToken(tokenHash: string, contactId: number, expiresAt: string, now: string) {
      db.insert(loginTokens).values({ tokenHash, contactId, expiresAt, createdAt: now }).run();
    },

    /** How many login links the contact was given after `since` (the per-address limit counts them). */
    countLoginTokensSince(contactId: number, since: string): number {
      const row = db
        .select({ n: count() })
        .from(loginTokens)
        .where(and(eq(loginTokens.contactId, contactId), gt(loginTokens.createdAt, since)))
        .get();
      return row?.n ?? 0;
    },

    findLoginToken(tokenHash: string) {
      return db.select().from(loginTokens).where(eq(loginTokens.tokenHash, tokenHash)).get() ?? null;
    },

    /** Marks the token used; returns false when another request used it first. */
    useLoginToken(tokenHash: string, now: string): boolean {
      const result = db
        .update(loginTokens)
        .set({ usedAt: now })
        .where(and(eq(loginTokens.tokenHash, tokenHash), isNull(loginTokens.usedAt)))
        .run();
      return result.changes === 1;
    },

    insertSession(idHash: string, contactId: number, now: string, expiresAt: string) {
      db.insert(sessions).values({ idHash, contactId, createdAt: now, lastSeenAt: now, expiresAt }).run();
    },

    findSessionUser(idHash: string) {
      const row = sessionUserQuery(db).get({ idHash });
      // The same contacts as the contacts' findLoginContact: archiving the contact or its organisation ends its sessions.
      if (
        !row ||
        row.access === 'none' ||
        row.archivedAt ||
        row.organisationArchivedAt ||
        !row.name ||
        !row.email
      )
        return null;
      const user: SessionUser = {
        contactId: row.contactId,
        name: row.name,
        email: row.email,
        organisationId: row.organisationId,
        organisationName: row.organisationName,
        organisationKind: row.organisationKind,
        role: row.access,
      };
      return { session: row.session, user };
    },

    touchSession(idHash: string, now: string) {
      db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run();
    },

    deleteSession(idHash: string) {
      db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
    },

    deleteSessionsOf(contactId: number) {
      db.delete(sessions).where(eq(sessions.contactId, contactId)).run();
    },

    /** Ends the sessions of every contact of an organisation (archiving it), so a restore revives none of them. */
    deleteSessionsOfOrganisation(organisationId: number) {
      db.delete(sessions)
        .where(inArray(sessions.contactId, contactIdsOfOrganisation(organisationId)))
        .run();
    },

    /** Removes expired sessions and login tokens that can no longer be used. */
    purgeExpired(now: string, idleCutoff: string) {
      const removedSessions = db
        .delete(sessions)
        .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)))
        .run().changes;
      const removedTokens = db.delete(loginTokens).where(lt(loginTokens.expiresAt, now)).run().changes;
      return { removedSessions, removedTokens };
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;

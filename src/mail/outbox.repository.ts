// Queries for the outbox: enqueue inside the caller's transaction, claim due mail, record the outcome.
import { and, desc, eq, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { outbox } from '../db/schema/index.js';

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxMail = Pick<
  typeof outbox.$inferInsert,
  | 'messageId'
  | 'toAddress'
  | 'toName'
  | 'subject'
  | 'text'
  | 'html'
  | 'icalMethod'
  | 'icalContent'
  | 'purpose'
>;

/** How long a claimed message stays locked: longer than any SMTP time-out. */
const LOCK_MS = 5 * 60_000;

export function createOutboxRepository(db: DbOrTx) {
  return {
    enqueue(mail: NewOutboxMail, now: Date) {
      const at = now.toISOString();
      db.insert(outbox)
        .values({ ...mail, status: 'pending', nextAttemptAt: at, createdAt: at })
        .run();
    },

    /** Atomically takes the oldest due message, so a second worker (or `cli send-outbox`) never gets it too. */
    claimNext(now: Date): OutboxRow | null {
      const at = now.toISOString();
      const due = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(
            eq(outbox.status, 'pending'),
            lte(outbox.nextAttemptAt, at),
            or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, at)),
          ),
        )
        .orderBy(outbox.id)
        .limit(1)
        .get();
      if (!due) return null;
      const claimed = db
        .update(outbox)
        .set({
          lockedUntil: new Date(now.getTime() + LOCK_MS).toISOString(),
          attempts: sql`${outbox.attempts} + 1`,
        })
        .where(
          and(
            eq(outbox.id, due.id),
            eq(outbox.status, 'pending'),
            or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, at)),
          ),
        )
        .returning()
        .get();
      return claimed ?? null;
    },

    markSent(id: number, now: Date) {
      db.update(outbox)
        .set({ status: 'sent', sentAt: now.toISOString(), lockedUntil: null, lastError: null })
        .where(eq(outbox.id, id))
        .run();
    },

    markFailedAttempt(
      id: number,
      error: string,
      next: { status: 'pending' | 'failed'; nextAttemptAt: string },
    ) {
      db.update(outbox)
        .set({
          status: next.status,
          nextAttemptAt: next.nextAttemptAt,
          lockedUntil: null,
          lastError: error.slice(0, 500),
        })
        .where(eq(outbox.id, id))
        .run();
    },

    /** Gives a claimed message back (the server stops while the mail server has not answered yet). */
    releaseLock(id: number) {
      db.update(outbox)
        .set({ lockedUntil: null })
        .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')))
        .run();
    },

    /** The coordinator's retry button: a failed message is due again with a fresh set of attempts. */
    retry(id: number, now: Date): boolean {
      return (
        db
          .update(outbox)
          .set({ status: 'pending', attempts: 0, nextAttemptAt: now.toISOString(), lockedUntil: null })
          .where(and(eq(outbox.id, id), eq(outbox.status, 'failed')))
          .run().changes === 1
      );
    },

    /**
     * Empties the bodies of mail sent before `before`: they hold live login, poll and RSVP links, and nothing needs
     * them once delivered. Subject, address and status stay for the outbox page. Returns how many were emptied.
     */
    purgeSentBodies(before: string): number {
      return db
        .update(outbox)
        .set({ text: '', html: '', icalContent: null })
        .where(
          and(
            eq(outbox.status, 'sent'),
            lt(outbox.sentAt, before),
            or(ne(outbox.text, ''), ne(outbox.html, ''), isNotNull(outbox.icalContent)),
          ),
        )
        .run().changes;
    },

    findIdByMessageId(messageId: string): number | null {
      return (
        db.select({ id: outbox.id }).from(outbox).where(eq(outbox.messageId, messageId)).get()?.id ?? null
      );
    },

    listRecent(limit = 100) {
      return db
        .select({
          id: outbox.id,
          toAddress: outbox.toAddress,
          subject: outbox.subject,
          purpose: outbox.purpose,
          status: outbox.status,
          attempts: outbox.attempts,
          lastError: outbox.lastError,
          createdAt: outbox.createdAt,
          sentAt: outbox.sentAt,
          nextAttemptAt: outbox.nextAttemptAt,
        })
        .from(outbox)
        .orderBy(desc(outbox.id))
        .limit(limit)
        .all();
    },

    countByStatus() {
      return db
        .select({ status: outbox.status, count: sql<number>`count(*)` })
        .from(outbox)
        .groupBy(outbox.status)
        .all();
    },
  };
}

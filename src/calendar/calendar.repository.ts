// Queries for the calendar module's tables: feed tokens per organisation and calendar replies kept for review.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { prepared } from '../db/prepared.js';
import { feedTokens, unmatchedReplies } from '../db/schema/index.js';

export type FeedToken = typeof feedTokens.$inferSelect;
export type UnmatchedReply = typeof unmatchedReplies.$inferSelect;
export type NewUnmatchedReply = Omit<typeof unmatchedReplies.$inferInsert, 'id' | 'resolvedAt'>;

const activeOfOrganisation = prepared((db) =>
  db
    .select()
    .from(feedTokens)
    .where(
      and(eq(feedTokens.organisationId, sql.placeholder('organisationId')), isNull(feedTokens.revokedAt)),
    )
    .orderBy(desc(feedTokens.id))
    .limit(1)
    .prepare(),
);

export function createCalendarRepository(db: DbOrTx) {
  return {
    /** The organisation's feed token that still works, if it has one. */
    activeFeedToken(organisationId: number): FeedToken | null {
      return activeOfOrganisation(db).get({ organisationId }) ?? null;
    },

    findActiveFeedToken(tokenHash: string): FeedToken | null {
      return (
        db
          .select()
          .from(feedTokens)
          .where(and(eq(feedTokens.tokenHash, tokenHash), isNull(feedTokens.revokedAt)))
          .get() ?? null
      );
    },

    /** Stops every working link of the organisation; returns how many there were. */
    revokeFeedTokens(organisationId: number, now: Date): number {
      return db
        .update(feedTokens)
        .set({ revokedAt: now.toISOString() })
        .where(and(eq(feedTokens.organisationId, organisationId), isNull(feedTokens.revokedAt)))
        .run().changes;
    },

    /** Inserts a token row; the hash is set right after, from the row's id (see `feedTokenFor`). */
    /** Removes the organisation's feed links for good: the organisation itself is being deleted. */
    deleteFeedTokensOf(organisationId: number) {
      db.delete(feedTokens).where(eq(feedTokens.organisationId, organisationId)).run();
    },

    insertFeedToken(organisationId: number, placeholderHash: string, now: Date): number {
      return db
        .insert(feedTokens)
        .values({ organisationId, tokenHash: placeholderHash, createdAt: now.toISOString() })
        .returning({ id: feedTokens.id })
        .get().id;
    },

    setFeedTokenHash(id: number, tokenHash: string) {
      db.update(feedTokens).set({ tokenHash }).where(eq(feedTokens.id, id)).run();
    },

    insertUnmatched(reply: NewUnmatchedReply): number {
      return db.insert(unmatchedReplies).values(reply).returning({ id: unmatchedReplies.id }).get().id;
    },

    findUnmatched(id: number): UnmatchedReply | null {
      return db.select().from(unmatchedReplies).where(eq(unmatchedReplies.id, id)).get() ?? null;
    },

    /** Replies still waiting for the coordinator, newest first. */
    listOpenUnmatched(): UnmatchedReply[] {
      return db
        .select()
        .from(unmatchedReplies)
        .where(isNull(unmatchedReplies.resolvedAt))
        .orderBy(desc(unmatchedReplies.id))
        .all();
    },

    resolveUnmatched(id: number, now: Date): boolean {
      return (
        db
          .update(unmatchedReplies)
          .set({ resolvedAt: now.toISOString() })
          .where(and(eq(unmatchedReplies.id, id), isNull(unmatchedReplies.resolvedAt)))
          .run().changes === 1
      );
    },
  };
}

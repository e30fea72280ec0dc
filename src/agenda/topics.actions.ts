// Topic changes by the submitting organisation, one transaction each: the topic, its agenda item, the privacy
// confirmations and the audit entry.
import { recordAudit, recordPrivacyConfirmations } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import type { TopicValues } from './agenda.js';
import { createAgendaRepository } from './agenda.repository.js';
import { createTopicsRepository, type Topic } from './topics.repository.js';

/**
 * Stores the organisation's new topic. The same form sent again (a double click, or resent after the back button)
 * while that topic awaits triage stores nothing new: it returns the topic already there.
 */
export function submitTopic(
  db: DbOrTx,
  ctx: ActionContext,
  input: { values: TopicValues; organisationId: number; privacy: GuardOutcome },
): number {
  const actor = actorOf(ctx);
  return db.transaction((tx) => {
    const at = ctx.now.toISOString();
    const repo = createTopicsRepository(tx);
    const same = repo.findSubmitted(input.values, input.organisationId);
    if (same) return same.id;
    const id = repo.insert(input.values, input.organisationId, actor.contactId, at);
    recordPrivacyConfirmations(tx, input.privacy, actor.contactId, 'topic', ctx.now);
    recordAudit(tx, actor, 'create', 'topic', id, ctx.now);
    return id;
  });
}

/** Saves the topic; on a published agenda its item is marked changed, for the "agenda gewijzigd" mail. */
export function updateTopic(
  db: DbOrTx,
  ctx: ActionContext,
  input: { topic: Topic; meeting: Meeting | null; values: TopicValues; privacy: GuardOutcome },
): void {
  const actor = actorOf(ctx);
  const { topic, meeting } = input;
  db.transaction((tx) => {
    const at = ctx.now.toISOString();
    const topics = createTopicsRepository(tx);
    topics.update(topic.id, input.values, at);
    // What was merged into it follows it to another meeting (or to "later"), as with the coordinator's moves.
    if (input.values.meetingId !== topic.meetingId) topics.moveMerged(topic.id, input.values.meetingId, at);
    if (topic.status === 'geagendeerd' && meeting?.agendaPublishedAt) {
      createAgendaRepository(tx).markTopicChanged(meeting.id, topic.id, at);
    }
    recordPrivacyConfirmations(tx, input.privacy, actor.contactId, 'topic', ctx.now);
    recordAudit(tx, actor, 'update', 'topic', topic.id, ctx.now);
  });
}

/** Withdraws a topic the caller may withdraw (see `memberWithdrawBlock`): gone from the agenda and the list. */
export function withdrawTopic(db: DbOrTx, ctx: ActionContext, input: { topic: Topic }): void {
  const actor = actorOf(ctx);
  const { topic } = input;
  db.transaction((tx) => {
    if (topic.meetingId) createAgendaRepository(tx).removeTopic(topic.meetingId, topic.id, null);
    createTopicsRepository(tx).delete(topic.id);
    recordAudit(tx, actor, 'withdraw', 'topic', topic.id, ctx.now);
  });
}

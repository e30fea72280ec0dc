// The coordinator's triage of a topic, one transaction each: the topic's status, its agenda item, the mail to the
// organisations concerned, the privacy confirmations and the audit entry.
import { recordAudit, recordPrivacyConfirmations } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { TopicStatus } from '../db/schema/index.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import { agendaChangeMark, awaitsTriage } from './agenda.js';
import { enqueueTopicOutcome } from './agenda.mail.js';
import { createAgendaRepository } from './agenda.repository.js';
import { createTopicsRepository, type Topic } from './topics.repository.js';

interface Triage {
  meeting: Meeting;
  topic: Topic;
}

/** Puts the topic (and what was merged into it) on the meeting's agenda. */
export function acceptTopic(db: DbOrTx, ctx: ActionContext, input: Triage): void {
  const actor = actorOf(ctx);
  const { meeting, topic } = input;
  db.transaction((tx) => {
    const at = ctx.now.toISOString();
    const topics = createTopicsRepository(tx);
    const agenda = createAgendaRepository(tx);
    topics.setStatus(topic.id, { status: 'geagendeerd', meetingId: meeting.id }, at);
    topics.moveMerged(topic.id, meeting.id, at);
    agenda.ensureStandingItems(meeting.id);
    agenda.addTopic(meeting.id, topic.id, topic.suggestedMinutes, agendaChangeMark(meeting, ctx.now));
    enqueueTopicOutcome(tx, ctx.config, ctx.now, topic, { outcome: 'accepted', meeting });
    recordAudit(tx, actor, 'accept', 'topic', topic.id, ctx.now);
  });
}

/** Moves the topic (and what was merged into it) to the next meeting, or to "later" when there is none. */
export function deferTopic(db: DbOrTx, ctx: ActionContext, input: Triage & { next: Meeting | null }): void {
  const actor = actorOf(ctx);
  const { meeting, topic, next } = input;
  db.transaction((tx) => {
    const at = ctx.now.toISOString();
    const topics = createTopicsRepository(tx);
    topics.setStatus(topic.id, { status: 'doorgeschoven', meetingId: next?.id ?? null }, at);
    topics.moveMerged(topic.id, next?.id ?? null, at);
    createAgendaRepository(tx).removeTopic(meeting.id, topic.id, agendaChangeMark(meeting, ctx.now));
    enqueueTopicOutcome(tx, ctx.config, ctx.now, topic, { outcome: 'deferred', meeting, nextMeeting: next });
    recordAudit(tx, actor, 'defer', 'topic', topic.id, ctx.now);
  });
}

/** Merges the topic into `target` (checked with `mergeBlock`); what was merged into it follows. */
export function mergeTopic(
  db: DbOrTx,
  ctx: ActionContext,
  input: Triage & {
    target: { id: number; title: string; organisationName: string; meetingId: number | null };
  },
): void {
  const actor = actorOf(ctx);
  const { meeting, topic, target } = input;
  db.transaction((tx) => {
    const at = ctx.now.toISOString();
    // The mail first: it also goes to the organisations of topics merged into this one, before they move on.
    enqueueTopicOutcome(tx, ctx.config, ctx.now, topic, {
      outcome: 'merged',
      meeting,
      mergedInto: { title: target.title, organisationName: target.organisationName },
    });
    const topics = createTopicsRepository(tx);
    const agenda = createAgendaRepository(tx);
    topics.setStatus(
      topic.id,
      { status: 'samengevoegd', mergedIntoId: target.id, meetingId: target.meetingId },
      at,
    );
    topics.repointMerged(topic.id, target.id, target.meetingId, at);
    agenda.removeTopic(meeting.id, topic.id, agendaChangeMark(meeting, ctx.now));
    // The target's item now names another organisation too.
    if (meeting.agendaPublishedAt) agenda.markTopicChanged(meeting.id, target.id, at);
    recordAudit(tx, actor, 'merge', 'topic', topic.id, ctx.now);
  });
}

/** Declines the topic with a reason (checked by the privacy guard), which the organisation is mailed. */
export function declineTopic(
  db: DbOrTx,
  ctx: ActionContext,
  input: Triage & { reason: string; privacy: GuardOutcome },
): void {
  const actor = actorOf(ctx);
  const { meeting, topic, reason } = input;
  db.transaction((tx) => {
    createTopicsRepository(tx).setStatus(
      topic.id,
      { status: 'afgewezen', declineReason: reason },
      ctx.now.toISOString(),
    );
    createAgendaRepository(tx).removeTopic(meeting.id, topic.id, agendaChangeMark(meeting, ctx.now));
    enqueueTopicOutcome(tx, ctx.config, ctx.now, topic, { outcome: 'declined', meeting, reason });
    recordPrivacyConfirmations(tx, input.privacy, actor.contactId, 'decline-reason', ctx.now);
    recordAudit(tx, actor, 'decline', 'topic', topic.id, ctx.now);
  });
}

/**
 * A cancelled meeting's topics that await triage or were on its agenda go to "a later meeting" (with what was merged
 * into them), where the coordinator decides on them again; otherwise no overview would show them any more. The
 * organisations concerned are told, as with a deferral. Runs in the cancelling transaction `tx`.
 */
export function releaseTopicsOfCancelled(tx: DbOrTx, ctx: OutcomeContext, meeting: Meeting): void {
  const agenda = createAgendaRepository(tx);
  for (const topic of createTopicsRepository(tx).listOpen(meeting.id)) {
    releaseToLater(
      tx,
      ctx,
      meeting,
      topic.id,
      topic.status === 'geagendeerd' ? 'doorgeschoven' : topic.status,
    );
    agenda.removeTopic(meeting.id, topic.id, null);
  }
}

/**
 * A held meeting's topics that still await triage were not discussed: they go to "a later meeting" (with what was
 * merged into them), where the coordinator decides on them, and the organisations concerned are told; the topics on
 * its agenda stay with it. Runs in the transaction that marks the meeting held; returns how many topics went.
 */
export function releaseUntriagedOfHeld(tx: DbOrTx, ctx: OutcomeContext, meeting: Meeting): number {
  const waiting = createTopicsRepository(tx).listOpen(meeting.id).filter(awaitsTriage);
  for (const topic of waiting) releaseToLater(tx, ctx, meeting, topic.id, topic.status);
  return waiting.length;
}

type OutcomeContext = Pick<ActionContext, 'config' | 'now'>;

function releaseToLater(
  tx: DbOrTx,
  ctx: OutcomeContext,
  meeting: Meeting,
  topicId: number,
  status: TopicStatus,
) {
  const at = ctx.now.toISOString();
  const topics = createTopicsRepository(tx);
  topics.setStatus(topicId, { status, meetingId: null }, at);
  topics.moveMerged(topicId, null, at);
  const topic = topics.find(topicId);
  if (topic)
    enqueueTopicOutcome(tx, ctx.config, ctx.now, topic, { outcome: 'deferred', meeting, nextMeeting: null });
}

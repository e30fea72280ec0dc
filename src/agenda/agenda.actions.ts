// The agenda builder's changes as one transaction each: standing items, durations and order, publishing with its
// mail, each with the audit entry.
import { recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { personalAgendaLinks } from '../invitations/invitations.actions.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import { agendaChangeMark } from './agenda.js';
import { type AgendaPublishedMail, agendaPublishedMail, enqueueAgendaPublished } from './agenda.mail.js';
import { createAgendaRepository } from './agenda.repository.js';

function storeDurations(
  tx: DbOrTx,
  meeting: Meeting,
  items: readonly { id: number; minutes: number }[],
  minutes: ReadonlyMap<number, number>,
  now: Date,
): number {
  const repo = createAgendaRepository(tx);
  let changed = 0;
  for (const item of items) {
    const value = minutes.get(item.id);
    if (value !== undefined && value !== item.minutes) {
      repo.setMinutes(item.id, value, agendaChangeMark(meeting, now));
      changed += 1;
    }
  }
  return changed;
}

/**
 * Saves the durations that changed (validated with `validateDurations`) and says whether any did: a form sent empty
 * or as it was changes nothing, so it is not audited either.
 */
export function saveDurations(
  db: DbOrTx,
  ctx: ActionContext,
  input: {
    meeting: Meeting;
    items: readonly { id: number; minutes: number }[];
    minutes: ReadonlyMap<number, number>;
  },
): boolean {
  return db.transaction((tx) => {
    const changed = storeDurations(tx, input.meeting, input.items, input.minutes, ctx.now) > 0;
    if (changed && ctx.actor) recordAudit(tx, ctx.actor, 'update', 'agenda', input.meeting.id, ctx.now);
    return changed;
  });
}

/**
 * Stores a new order. The move buttons belong to the durations form, so a move also carries the minutes typed in the
 * table and saves them first: pressing "Omlaag" never throws typing away.
 */
export function moveItem(
  db: DbOrTx,
  ctx: ActionContext,
  input: {
    meeting: Meeting;
    items: readonly { id: number; minutes: number }[];
    minutes: ReadonlyMap<number, number>;
    order: readonly number[];
    itemId: number;
  },
): void {
  db.transaction((tx) => {
    storeDurations(tx, input.meeting, input.items, input.minutes, ctx.now);
    createAgendaRepository(tx).reorder(input.order, input.itemId, agendaChangeMark(input.meeting, ctx.now));
    if (ctx.actor) recordAudit(tx, ctx.actor, 'reorder', 'agenda', input.meeting.id, ctx.now);
  });
}

/** Creates the standing items the first time the builder (or its publish preview) is opened; nothing after that. */
export function prepareAgenda(db: DbOrTx, _ctx: ActionContext, input: { meetingId: number }): void {
  db.transaction((tx) => createAgendaRepository(tx).ensureStandingItems(input.meetingId));
}

export type PublishOutcome =
  | { kind: 'already' }
  | { kind: 'stale'; mail: AgendaPublishedMail }
  | { kind: 'published'; count: number };

/**
 * Publishes the agenda and sends exactly the mail the coordinator previewed (`preview` is its digest): published
 * twice (a double click, two tabs) it sends nothing again; changed since the preview, it returns the new preview.
 */
export function publishAgenda(
  db: DbOrTx,
  ctx: ActionContext,
  input: { meeting: Meeting; preview: string | undefined },
): PublishOutcome {
  const actor = actorOf(ctx);
  const { meeting } = input;
  return db.transaction((tx): PublishOutcome => {
    const meetings = createMeetingsRepository(tx);
    if (meetings.find(meeting.id)?.agendaPublishedAt) return { kind: 'already' };
    createAgendaRepository(tx).ensureStandingItems(meeting.id);
    const mail = agendaPublishedMail(tx, ctx.config, ctx.now, meeting);
    if (mail.digest !== input.preview) return { kind: 'stale', mail };
    meetings.markAgendaPublished(meeting.id, ctx.now);
    const links = personalAgendaLinks(tx, ctx, meeting.id);
    const count = enqueueAgendaPublished(tx, ctx.config, ctx.now, mail, links);
    recordAudit(tx, actor, 'publish', 'agenda', meeting.id, ctx.now);
    return { kind: 'published', count };
  });
}

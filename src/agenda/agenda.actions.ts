// The agenda builder's changes as one transaction each: durations and order, with the audit entry.
import { recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import type { ActionContext } from '../shared/action.js';
import { createAgendaRepository } from './agenda.repository.js';

/** After publishing, a changed item is marked, so the builder can offer the "agenda gewijzigd" mail. */
const changedAt = (meeting: Meeting, now: Date) => (meeting.agendaPublishedAt ? now.toISOString() : null);

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
      repo.setMinutes(item.id, value, changedAt(meeting, now));
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
    createAgendaRepository(tx).reorder(input.order, input.itemId, changedAt(input.meeting, ctx.now));
    if (ctx.actor) recordAudit(tx, ctx.actor, 'reorder', 'agenda', input.meeting.id, ctx.now);
  });
}

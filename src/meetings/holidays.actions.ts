// Changes to the school holidays the planner avoids, one transaction each with the audit entry.
import { recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import type { HolidayValues } from './holidays.js';
import { createHolidaysRepository } from './holidays.repository.js';

/** Adds a holiday (no `id`) or corrects one; returns its id. */
export function saveHoliday(
  db: DbOrTx,
  ctx: ActionContext,
  input: { id?: number; values: HolidayValues },
): number {
  const actor = actorOf(ctx);
  return db.transaction((tx) => {
    const repo = createHolidaysRepository(tx);
    const id = input.id ?? repo.insert(input.values, ctx.now);
    if (input.id) repo.update(input.id, input.values, ctx.now);
    recordAudit(tx, actor, input.id ? 'update' : 'create', 'holiday', id, ctx.now);
    return id;
  });
}

export function deleteHoliday(db: DbOrTx, ctx: ActionContext, input: { id: number }): void {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    createHolidaysRepository(tx).delete(input.id);
    recordAudit(tx, actor, 'delete', 'holiday', input.id, ctx.now);
  });
}

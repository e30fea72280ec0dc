// The application layer's one convention: every state change is an action `(db, ctx, input)` in `<module>.actions.ts`
// that opens its own transaction (`db.transaction`, a savepoint when `db` already is one) and does the repository writes,
// the audit entry, privacy confirmations and mail enqueueing inside it. Routes parse, validate, call one action, render.
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';

/** Who acts: a logged-in contact, or null for the system (background jobs, token links without a login). */
export type Actor = { contactId: number } | null;

export interface ActionContext {
  config: Config;
  /** The request's clock reading, taken once, so every row written by one action carries the same time. */
  now: Date;
  actor: Actor;
  /** New unguessable tokens (invitations, feeds, logins); injected so tests can predict them. */
  newToken: Deps['newToken'];
}

/** The logged-in contact who acts; for actions only a person takes (never a job or a token link). */
export function actorOf(ctx: ActionContext): { contactId: number } {
  if (!ctx.actor) throw new Error('This action needs a logged-in actor');
  return ctx.actor;
}

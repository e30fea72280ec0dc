// Login changes as actions: mailing a single-use login link writes the link and its mail in one transaction.
import type { DbOrTx } from '../db/connection.js';
import { enqueueMail } from '../mail/mailer.js';
import type { ActionContext } from '../shared/action.js';
import { LOGIN_LINK_MINUTES } from './auth.js';
import { createLoginLink } from './login-link.js';

/** Puts a login link for the contact in the outbox; `next` is where the link leads after logging in. */
export function mailLoginLink(
  db: DbOrTx,
  ctx: ActionContext,
  input: { contactId: number; email: string; next: string },
): void {
  db.transaction((tx) => {
    const link = createLoginLink(
      { db: tx, now: () => ctx.now, newToken: ctx.newToken },
      ctx.config,
      input.contactId,
      input.next,
    );
    enqueueMail(tx, ctx.config, ctx.now, {
      template: 'login',
      to: { name: null, email: input.email },
      data: { link, minutes: LOGIN_LINK_MINUTES },
      purpose: 'login',
    });
  });
}

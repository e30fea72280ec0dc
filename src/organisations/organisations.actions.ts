// Changes to organisations and contacts, one transaction each: the write, its side rules (unique names and
// addresses, losing access ends sessions) and the audit entry.
import { recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { Validated } from '../http/forms.js';
import { t } from '../locale/index.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import { type ContactInput, createContactsRepository } from './contacts.repository.js';
import { createOrganisationsRepository, type OrganisationInput } from './organisations.repository.js';

/** An organisation name is unique, whatever its capitals; `id` is the organisation being edited. */
function nameTaken(tx: DbOrTx, name: string, id?: number): boolean {
  const same = createOrganisationsRepository(tx).findByName(name);
  return same !== null && same.id !== id;
}

/** A contact's e-mail address is unique: it is how they log in. `id` is the contact being edited. */
function emailTaken(tx: DbOrTx, email: string | null | undefined, id?: number): boolean {
  if (!email) return false;
  const same = createContactsRepository(tx).findByEmail(email);
  return same !== null && same.id !== id;
}

export function createOrganisation(
  db: DbOrTx,
  ctx: ActionContext,
  input: OrganisationInput,
): Validated<number> {
  return db.transaction((tx) => {
    if (nameTaken(tx, input.name))
      return { ok: false, errors: { name: t('organisations.errors.nameTaken') } };
    const id = createOrganisationsRepository(tx).insert(input, ctx.now.toISOString());
    recordAudit(tx, actorOf(ctx), 'create', 'organisation', id, ctx.now);
    return { ok: true, value: id };
  });
}

export function updateOrganisation(
  db: DbOrTx,
  ctx: ActionContext,
  input: { id: number; values: OrganisationInput },
): Validated<number> {
  return db.transaction((tx) => {
    if (nameTaken(tx, input.values.name, input.id))
      return { ok: false, errors: { name: t('organisations.errors.nameTaken') } };
    createOrganisationsRepository(tx).update(input.id, input.values);
    recordAudit(tx, actorOf(ctx), 'update', 'organisation', input.id, ctx.now);
    return { ok: true, value: input.id };
  });
}

/**
 * Ends sessions at once, in the caller's transaction: of one contact, or of every contact of an organisation (the auth
 * module's repository, passed in by the app; auth builds on the organisations).
 */
export interface EndSessions {
  ofContact(tx: DbOrTx, contactId: number): void;
  ofOrganisation(tx: DbOrTx, organisationId: number): void;
}

/** Removes an organisation's calendar feed links, in the caller's transaction (the calendar module's repository). */
export type ForgetFeeds = (tx: DbOrTx, organisationId: number) => void;

/**
 * Deletes an organisation nothing refers to, and its feed links (`forgetFeeds`); the caller has shown the references
 * that refuse it.
 */
export function deleteOrganisation(
  db: DbOrTx,
  ctx: ActionContext,
  input: { id: number; forgetFeeds: ForgetFeeds },
) {
  db.transaction((tx) => {
    input.forgetFeeds(tx, input.id);
    createOrganisationsRepository(tx).delete(input.id);
    recordAudit(tx, actorOf(ctx), 'delete', 'organisation', input.id, ctx.now);
  });
}

/** Archiving ends the sessions of the organisation's contacts at once. */
export function archiveOrganisation(
  db: DbOrTx,
  ctx: ActionContext,
  input: { id: number; action: 'archive' | 'restore'; endSessions: EndSessions },
) {
  db.transaction((tx) => {
    const repo = createOrganisationsRepository(tx);
    if (input.action === 'archive') {
      repo.archive(input.id, ctx.now.toISOString());
      // Ended, not just blocked: restoring the organisation must not make an old cookie work again.
      input.endSessions.ofOrganisation(tx, input.id);
    } else repo.restore(input.id);
    recordAudit(tx, actorOf(ctx), input.action, 'organisation', input.id, ctx.now);
  });
}

export function createContact(
  db: DbOrTx,
  ctx: ActionContext,
  input: { organisationId: number; values: ContactInput },
): Validated<number> {
  return db.transaction((tx) => {
    if (emailTaken(tx, input.values.email))
      return { ok: false, errors: { email: t('contacts.errors.emailTaken') } };
    const id = createContactsRepository(tx).insert(input.organisationId, input.values, ctx.now.toISOString());
    recordAudit(tx, actorOf(ctx), 'create', 'contact', id, ctx.now);
    return { ok: true, value: id };
  });
}

export function updateContact(
  db: DbOrTx,
  ctx: ActionContext,
  input: { id: number; values: ContactInput; endSessions: EndSessions },
): Validated<number> {
  return db.transaction((tx) => {
    if (emailTaken(tx, input.values.email, input.id))
      return { ok: false, errors: { email: t('contacts.errors.emailTaken') } };
    createContactsRepository(tx).update(input.id, input.values);
    // Losing the right to log in ends the contact's sessions at once.
    if (input.values.access === 'none') input.endSessions.ofContact(tx, input.id);
    recordAudit(tx, actorOf(ctx), 'update', 'contact', input.id, ctx.now);
    return { ok: true, value: input.id };
  });
}

/** Archiving ends the contact's sessions at once; nobody archives themselves (the caller refuses that first). */
export function archiveContact(
  db: DbOrTx,
  ctx: ActionContext,
  input: { id: number; action: 'archive' | 'restore'; endSessions: EndSessions },
) {
  db.transaction((tx) => {
    const repo = createContactsRepository(tx);
    if (input.action === 'archive') {
      repo.archive(input.id, ctx.now.toISOString());
      input.endSessions.ofContact(tx, input.id);
    } else repo.restore(input.id);
    recordAudit(tx, actorOf(ctx), input.action, 'contact', input.id, ctx.now);
  });
}

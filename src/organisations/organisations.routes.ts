// The coordinator's pages for organisations and their contacts.
import type { FastifyReply } from 'fastify';
import { contactAccess, organisationKinds } from '../db/schema/index.js';
import { requireUser } from '../http/access.js';
import { actionContext } from '../http/action-context.js';
import { renderConfirmation } from '../http/confirm.js';
import { NotFoundError, orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { t } from '../locale/index.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { createContactsRepository } from './contacts.repository.js';
import {
  archiveContact,
  archiveOrganisation,
  createContact,
  createOrganisation,
  deleteOrganisation,
  type EndSessions,
  type ForgetFeeds,
  updateContact,
  updateOrganisation,
} from './organisations.actions.js';
import { validateContact, validateOrganisation } from './organisations.js';
import { createOrganisationsRepository } from './organisations.repository.js';

const OrganisationBody = formBody(['name', 'kind', 'place']);
const ContactBody = formBody(['name', 'email', 'role', 'access', 'receivesInvitations']);

const kindOptions = () =>
  organisationKinds.map((kind) => ({ value: kind, label: t(`organisations.kinds.${kind}`) }));
const accessOptions = () =>
  contactAccess.map((access) => ({ value: access, label: t(`contacts.access.${access}`) }));

/**
 * What other modules hold of an organisation: the topics it submitted and the agreements that name it. It cannot be
 * deleted while any exist. Passed in by the app, because the agenda and the agreements build on the organisations,
 * not the other way round.
 */
export interface OrganisationUse {
  topics(organisationId: number): number;
  agreements(organisationId: number): number;
}

/**
 * An organisation's calendar feed, from the calendar module, which builds on the organisations: the section on the
 * organisation's page (the link, or a button to make one), and forgetting its links when it is deleted.
 */
export interface OrganisationFeeds {
  section(
    organisation: { id: number; name: string },
    paths: { action: string; confirmReplace: string },
  ): object;
  forget: ForgetFeeds;
}

export const organisationsRoutes: ModulePlugin<{
  use: OrganisationUse;
  feeds: OrganisationFeeds;
  sessions: EndSessions;
}> = async (app, opts) => {
  const { deps } = opts;
  const organisations = createOrganisationsRepository(deps.db);
  const contacts = createContactsRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };

  const findOrganisation = (id: number) => orNotFound(organisations.find(id));

  const renderOrganisationForm = (
    reply: FastifyReply,
    data: { id?: number; values: Record<string, unknown>; errors?: FieldErrors },
  ) => {
    if (data.errors) reply.code(422);
    return reply.viewAsync('organisations/form', {
      title: data.id ? t('organisations.form.editTitle') : t('organisations.form.newTitle'),
      action: data.id ? `/organisations/${data.id}` : '/organisations',
      cancel: data.id ? `/organisations/${data.id}` : '/organisations',
      kinds: kindOptions(),
      values: data.values,
      errors: data.errors ?? {},
    });
  };

  const renderContactForm = (
    reply: FastifyReply,
    data: {
      organisation: { id: number; name: string };
      contactId?: number;
      values: Record<string, unknown>;
      errors?: FieldErrors;
    },
  ) => {
    if (data.errors) reply.code(422);
    return reply.viewAsync('organisations/contact-form', {
      title: data.contactId ? t('contacts.form.editTitle') : t('contacts.form.newTitle'),
      organisation: data.organisation,
      action: data.contactId
        ? `/contacts/${data.contactId}`
        : `/organisations/${data.organisation.id}/contacts`,
      accessOptions: accessOptions(),
      values: data.values,
      errors: data.errors ?? {},
    });
  };

  app.get('/organisations', { config: { ...coordinator, keepPage: true } }, async (_request, reply) => {
    const all = organisations.list({ includeArchived: true });
    const groups = organisationKinds.map((kind) => ({
      kind,
      label: t(`organisations.kindsPlural.${kind}`),
      items: all.filter((organisation) => organisation.kind === kind && !organisation.archivedAt),
    }));
    const archived = all.filter((organisation) => organisation.archivedAt);
    return reply.viewAsync('organisations/list', { title: t('organisations.title'), groups, archived });
  });

  app.get('/organisations/new', { config: coordinator }, async (_request, reply) =>
    renderOrganisationForm(reply, { values: { kind: 'school' } }),
  );

  app.post(
    '/organisations',
    { config: coordinator, schema: { body: OrganisationBody } },
    async (request, reply) => {
      const form = cleanForm(request.body);
      const result = validateOrganisation(form);
      if (!result.ok) return renderOrganisationForm(reply, { values: form, errors: result.errors });
      const created = createOrganisation(deps.db, actionContext(request, opts), result.value);
      if (!created.ok) return renderOrganisationForm(reply, { values: form, errors: created.errors });
      return reply
        .flash(t('organisations.flash.created', { name: result.value.name }))
        .redirect(`/organisations/${created.value}`);
    },
  );

  app.get(
    '/organisations/:id',
    { config: { ...coordinator, keepPage: true }, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const organisation = findOrganisation(id);
      const people = contacts.listByOrganisation(id).map((contact) => ({
        ...contact,
        accessLabel: t(`contacts.access.${contact.access}`),
        displayName: contact.name ?? t('contacts.formerContact'),
      }));
      return reply.viewAsync('organisations/show', {
        title: organisation.name,
        organisation: { ...organisation, kindLabel: t(`organisations.kinds.${organisation.kind}`) },
        contacts: people.filter((contact) => !contact.archivedAt),
        archivedContacts: people.filter((contact) => contact.archivedAt),
        feed: opts.feeds.section(organisation, {
          action: `/organisations/${id}/feed`,
          confirmReplace: `/organisations/${id}/feed/replace`,
        }),
      });
    },
  );

  app.get(
    '/organisations/:id/edit',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const organisation = findOrganisation(id);
      return renderOrganisationForm(reply, { id, values: organisation });
    },
  );

  app.post(
    '/organisations/:id',
    { config: coordinator, schema: { params: IdParams, body: OrganisationBody } },
    async (request, reply) => {
      const { id } = request.params;
      findOrganisation(id);
      const form = cleanForm(request.body);
      const result = validateOrganisation(form);
      if (!result.ok) return renderOrganisationForm(reply, { id, values: form, errors: result.errors });
      const updated = updateOrganisation(deps.db, actionContext(request, opts), { id, values: result.value });
      if (!updated.ok) return renderOrganisationForm(reply, { id, values: form, errors: updated.errors });
      return reply
        .flash(t('organisations.flash.updated', { name: result.value.name }))
        .redirect(`/organisations/${id}`);
    },
  );

  app.get(
    '/organisations/:id/delete',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const organisation = findOrganisation(id);
      return renderConfirmation(reply, {
        question: t('organisations.deleteConfirm.question', { name: organisation.name }),
        consequences: [
          t('organisations.deleteConfirm.consequence'),
          t('organisations.deleteConfirm.archiveInstead'),
        ],
        action: `/organisations/${id}/delete`,
        submit: t('organisations.deleteConfirm.submit'),
        cancel: `/organisations/${id}`,
      });
    },
  );

  app.post(
    '/organisations/:id/delete',
    { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      const organisation = findOrganisation(id);
      const own = organisations.references(id);
      const references = {
        contacts: own.contacts,
        topics: opts.use.topics(id),
        agreements: opts.use.agreements(id),
        themes: own.themes,
      };
      const inUse = Object.values(references).some((count) => count > 0);
      if (inUse) {
        reply.code(409);
        return reply.viewAsync('organisations/delete-refused', {
          title: t('organisations.deleteRefused.title', { name: organisation.name }),
          organisation,
          references,
        });
      }
      deleteOrganisation(deps.db, actionContext(request, opts), { id, forgetFeeds: opts.feeds.forget });
      return reply
        .flash(t('organisations.flash.deleted', { name: organisation.name }))
        .redirect('/organisations');
    },
  );

  for (const action of ['archive', 'restore'] as const) {
    app.post(
      `/organisations/:id/${action}`,
      { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
      async (request, reply) => {
        const { id } = request.params;
        const organisation = findOrganisation(id);
        archiveOrganisation(deps.db, actionContext(request, opts), {
          id,
          action,
          endSessions: opts.sessions,
        });
        return reply
          .flash(t(`organisations.flash.${action}d`, { name: organisation.name }))
          .redirect(`/organisations/${id}`);
      },
    );
  }

  app.get(
    '/organisations/:id/contacts/new',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const organisation = findOrganisation(id);
      return renderContactForm(reply, {
        organisation,
        values: { access: 'member', receivesInvitations: 'on' },
      });
    },
  );

  app.post(
    '/organisations/:id/contacts',
    { config: coordinator, schema: { params: IdParams, body: ContactBody } },
    async (request, reply) => {
      const { id } = request.params;
      const organisation = findOrganisation(id);
      const form = cleanForm(request.body);
      const result = validateContact(form);
      if (!result.ok) return renderContactForm(reply, { organisation, values: form, errors: result.errors });
      const created = createContact(deps.db, actionContext(request, opts), {
        organisationId: id,
        values: result.value,
      });
      if (!created.ok)
        return renderContactForm(reply, { organisation, values: form, errors: created.errors });
      return reply
        .flash(t('contacts.flash.created', { name: result.value.name }))
        .redirect(`/organisations/${id}`);
    },
  );

  const findContact = (id: number) => {
    const contact = contacts.find(id);
    if (!contact || contact.anonymisedAt) throw new NotFoundError();
    return { contact, organisation: findOrganisation(contact.organisationId) };
  };

  app.get(
    '/contacts/:id/edit',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const { contact, organisation } = findContact(id);
      return renderContactForm(reply, {
        organisation,
        contactId: id,
        values: { ...contact, receivesInvitations: contact.receivesInvitations ? 'on' : '' },
      });
    },
  );

  app.post(
    '/contacts/:id',
    { config: coordinator, schema: { params: IdParams, body: ContactBody } },
    async (request, reply) => {
      const { id } = request.params;
      const { organisation } = findContact(id);
      const form = cleanForm(request.body);
      const result = validateContact(form);
      if (!result.ok)
        return renderContactForm(reply, { organisation, contactId: id, values: form, errors: result.errors });
      const updated = updateContact(deps.db, actionContext(request, opts), {
        id,
        values: result.value,
        endSessions: opts.sessions,
      });
      if (!updated.ok)
        return renderContactForm(reply, {
          organisation,
          contactId: id,
          values: form,
          errors: updated.errors,
        });
      return reply
        .flash(t('contacts.flash.updated', { name: result.value.name }))
        .redirect(`/organisations/${organisation.id}`);
    },
  );

  app.get(
    '/contacts/:id/archive',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const { contact, organisation } = findContact(id);
      // The same refusal as the archive itself, before asking a question whose answer cannot be yes.
      if (id === requireUser(request).contactId) {
        return reply
          .flash(t('contacts.flash.cannotArchiveSelf'))
          .redirect(`/organisations/${organisation.id}`);
      }
      const name = contact.name ?? t('contacts.formerContact');
      return renderConfirmation(reply, {
        question: t('contacts.archiveConfirm.question', { name, organisation: organisation.name }),
        consequences: [
          t('contacts.archiveConfirm.consequence', { name }),
          t('contacts.archiveConfirm.restore', { name }),
        ],
        action: `/contacts/${id}/archive`,
        submit: t('contacts.archiveConfirm.submit'),
        cancel: `/organisations/${organisation.id}`,
      });
    },
  );

  for (const action of ['archive', 'restore'] as const) {
    app.post(
      `/contacts/:id/${action}`,
      { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
      async (request, reply) => {
        const { id } = request.params;
        const { contact, organisation } = findContact(id);
        const user = requireUser(request);
        if (action === 'archive' && id === user.contactId) {
          return reply
            .flash(t('contacts.flash.cannotArchiveSelf'))
            .redirect(`/organisations/${organisation.id}`);
        }
        archiveContact(deps.db, actionContext(request, opts), { id, action, endSessions: opts.sessions });
        return reply
          .flash(t(`contacts.flash.${action}d`, { name: contact.name ?? '' }))
          .redirect(`/organisations/${organisation.id}`);
      },
    );
  }
};

// The coordinator's pages for the theme catalogue and the optional partners each theme brings in.
import type { FastifyReply } from 'fastify';
import { actionContext } from '../http/action-context.js';
import { renderConfirmation } from '../http/confirm.js';
import { orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams, manyValues } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { checkFormPrivacy } from '../http/privacy-check.js';
import { t } from '../locale/index.js';
import type { GuardOutcome } from '../privacy/guard.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { validateTheme } from './organisations.js';
import { privacyAllowList } from './organisations.read.js';
import { createOrganisationsRepository } from './organisations.repository.js';
import { archiveTheme, createTheme, deleteTheme, updateTheme } from './themes.actions.js';
import { createThemesRepository } from './themes.repository.js';

const ThemeBody = formBody(['name', 'description']);

/**
 * How many topics were filed under a theme: it cannot be deleted while any were. Passed in by the app, because the
 * agenda builds on the themes, not the other way round.
 */
export interface ThemeUse {
  topics(themeId: number): number;
}

export const themesRoutes: ModulePlugin<{ use: ThemeUse }> = async (app, opts) => {
  const { deps } = opts;
  const themes = createThemesRepository(deps.db);
  const organisations = createOrganisationsRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };

  const findTheme = (id: number) => orNotFound(themes.find(id));

  /** Optional partners may be linked; ids that are not optional partners are ignored. */
  const chosenPartners = (body: unknown) => {
    const allowed = new Set(organisations.listByKind('optional').map((organisation) => organisation.id));
    return manyValues(body, 'partnerIds')
      .map(Number)
      .filter((id) => allowed.has(id));
  };

  const renderForm = (
    reply: FastifyReply,
    data: {
      id?: number;
      values: Record<string, unknown>;
      partnerIds: number[];
      errors?: FieldErrors;
      privacy?: GuardOutcome;
    },
  ) => {
    if (data.errors) reply.code(422);
    const partners = organisations.listByKind('optional').map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      checked: data.partnerIds.includes(organisation.id),
    }));
    return reply.viewAsync('organisations/theme-form', {
      title: data.id ? t('themes.form.editTitle') : t('themes.form.newTitle'),
      action: data.id ? `/themes/${data.id}` : '/themes',
      values: data.values,
      partners,
      errors: data.errors ?? {},
      privacy: data.privacy,
    });
  };

  /** Validation, a unique name and the privacy guard on the description, for both new and existing themes. */
  const checkForm = (form: Record<string, string>, id?: number) => {
    const result = validateTheme(form);
    const sameName = result.ok ? themes.findByName(result.value.name) : null;
    return checkFormPrivacy(
      privacyAllowList(deps.db),
      sameName && sameName.id !== id ? { ok: false, errors: { name: t('themes.errors.nameTaken') } } : result,
      [{ name: 'description', label: t('themes.form.description'), value: form.description ?? '' }],
      form,
      deps.now(),
    );
  };

  app.get('/themes', { config: coordinator }, async (_request, reply) => {
    const all = themes.list({ includeArchived: true });
    return reply.viewAsync('organisations/themes', {
      title: t('themes.title'),
      themes: all.filter((theme) => !theme.archivedAt),
      archived: all.filter((theme) => theme.archivedAt),
    });
  });

  app.get('/themes/new', { config: coordinator }, async (_request, reply) =>
    renderForm(reply, { values: {}, partnerIds: [] }),
  );

  app.post('/themes', { config: coordinator, schema: { body: ThemeBody } }, async (request, reply) => {
    const form = cleanForm(request.body);
    const partnerIds = chosenPartners(request.body);
    const result = checkForm(form);
    if (!result.ok) return renderForm(reply, { values: form, partnerIds, ...result });
    createTheme(deps.db, actionContext(request, opts), {
      values: result.value,
      partnerIds,
      privacy: result.privacy,
    });
    return reply.flash(t('themes.flash.created', { name: result.value.name })).redirect('/themes');
  });

  app.get(
    '/themes/:id/edit',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const theme = findTheme(id);
      return renderForm(reply, { id, values: theme, partnerIds: themes.partnerIds(id) });
    },
  );

  app.post(
    '/themes/:id',
    { config: coordinator, schema: { params: IdParams, body: ThemeBody } },
    async (request, reply) => {
      const { id } = request.params;
      findTheme(id);
      const form = cleanForm(request.body);
      const partnerIds = chosenPartners(request.body);
      const result = checkForm(form, id);
      if (!result.ok) return renderForm(reply, { id, values: form, partnerIds, ...result });
      updateTheme(deps.db, actionContext(request, opts), {
        id,
        values: result.value,
        partnerIds,
        privacy: result.privacy,
      });
      return reply.flash(t('themes.flash.updated', { name: result.value.name })).redirect('/themes');
    },
  );

  app.get(
    '/themes/:id/delete',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const theme = findTheme(id);
      return renderConfirmation(reply, {
        question: t('themes.deleteConfirm.question', { name: theme.name }),
        consequences: [t('themes.deleteConfirm.consequence'), t('themes.deleteConfirm.archiveInstead')],
        action: `/themes/${id}/delete`,
        submit: t('themes.deleteConfirm.submit'),
        cancel: '/themes',
      });
    },
  );

  app.post(
    '/themes/:id/delete',
    { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      const theme = findTheme(id);
      const topicCount = opts.use.topics(id);
      if (topicCount > 0) {
        reply.code(409);
        return reply.viewAsync('organisations/theme-delete-refused', {
          title: t('themes.deleteRefused.title', { name: theme.name }),
          theme,
          topicCount,
        });
      }
      deleteTheme(deps.db, actionContext(request, opts), { id });
      return reply.flash(t('themes.flash.deleted', { name: theme.name })).redirect('/themes');
    },
  );

  for (const action of ['archive', 'restore'] as const) {
    app.post(
      `/themes/:id/${action}`,
      { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
      async (request, reply) => {
        const { id } = request.params;
        const theme = findTheme(id);
        archiveTheme(deps.db, actionContext(request, opts), { id, action });
        return reply.flash(t(`themes.flash.${action}d`, { name: theme.name })).redirect('/themes');
      },
    );
  }
};

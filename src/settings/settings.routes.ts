// The coordinator's settings page: the gemeente's and covenant's names, the holiday region, the privacy contact.
import type { FastifyReply } from 'fastify';
import { holidayRegions } from '../db/schema/index.js';
import { actionContext } from '../http/action-context.js';
import { cleanForm, formBody } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { t } from '../locale/index.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { saveSettings } from './settings.actions.js';
import { readSettings, type Settings, validateSettings } from './settings.js';

const SettingsBody = formBody(['gemeenteName', 'covenantName', 'holidayRegion', 'privacyContact']);

export const settingsRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const coordinator = { access: 'coordinator' as const };

  const renderForm = (
    reply: FastifyReply,
    values: Partial<Record<keyof Settings, string>>,
    errors: FieldErrors = {},
  ) => {
    if (Object.keys(errors).length > 0) reply.code(422);
    return reply.viewAsync('settings/form', {
      title: t('settings.title'),
      regions: holidayRegions.map((value) => ({ value, label: t(`settings.regions.${value}`) })),
      values,
      errors,
    });
  };

  app.get('/admin/settings', { config: coordinator }, async (_request, reply) =>
    renderForm(reply, { ...readSettings(deps.db) }),
  );

  app.post(
    '/admin/settings',
    { config: coordinator, schema: { body: SettingsBody } },
    async (request, reply) => {
      const form = cleanForm(request.body);
      const result = validateSettings(form);
      if (!result.ok) return renderForm(reply, form, result.errors);
      saveSettings(deps.db, actionContext(request, opts), result.value);
      return reply.flash(t('settings.flash.saved')).redirect('/admin/settings');
    },
  );
};

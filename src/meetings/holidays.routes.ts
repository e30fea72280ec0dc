// The coordinator's school-holiday tables per region: the planner's data, with their source, correctable.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type HolidayRegion, holidayKinds, holidayRegions } from '../db/schema/index.js';
import { actionContext } from '../http/action-context.js';
import { renderConfirmation } from '../http/confirm.js';
import { orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { Type } from '../http/schema.js';
import { t } from '../locale/index.js';
import { readSettings } from '../settings/settings.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { deleteHoliday, saveHoliday } from './holidays.actions.js';
import { SCHOOL_HOLIDAYS_SOURCES } from './holidays.data.js';
import { validateHoliday } from './holidays.js';
import { createHolidaysRepository, differsFromSource, type SchoolHolidayRow } from './holidays.repository.js';
import { holidayKindLabel } from './school-holidays.js';

const HolidayBody = formBody(['region', 'schoolYear', 'kind', 'startDate', 'endDate', 'advisory']);
const RegionQuery = Type.Object(
  { regio: Type.Optional(Type.String({ maxLength: 20 })) },
  { additionalProperties: true },
);

const regionLabel = (region: string) => t(`settings.regions.${region}`);
const regionsOf = () => holidayRegions.map((value) => ({ value, label: regionLabel(value) }));

export const holidaysRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const holidays = createHolidaysRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };

  const findHoliday = (id: number): SchoolHolidayRow => orNotFound(holidays.find(id));

  const renderForm = (
    reply: FastifyReply,
    data: { id?: number; values: Record<string, unknown>; errors?: FieldErrors },
  ) => {
    if (data.errors) reply.code(422);
    return reply.viewAsync('meetings/holiday-form', {
      title: data.id ? t('holidays.form.editTitle') : t('holidays.form.newTitle'),
      action: data.id ? `/admin/holidays/${data.id}` : '/admin/holidays',
      kinds: holidayKinds.map((kind) => ({ value: kind, label: holidayKindLabel(kind) })),
      regions: regionsOf(),
      values: data.values,
      errors: data.errors ?? {},
    });
  };

  app.get(
    '/admin/holidays',
    { config: coordinator, schema: { querystring: RegionQuery } },
    async (request, reply) => {
      const own = readSettings(deps.db).holidayRegion;
      const region: HolidayRegion =
        holidayRegions.find((value) => value === cleanForm(request.query).regio) ?? own;
      const years = new Map<string, object[]>();
      for (const row of holidays.list(region)) {
        const differs = differsFromSource(row);
        const rows = years.get(row.schoolYear) ?? [];
        rows.push({
          ...row,
          kindLabel: holidayKindLabel(row.kind),
          origin: t(
            differs === null
              ? 'holidays.originOwn'
              : differs
                ? 'holidays.originChanged'
                : 'holidays.originSource',
          ),
        });
        years.set(row.schoolYear, rows);
      }
      const source = SCHOOL_HOLIDAYS_SOURCES[region];
      return reply.viewAsync('meetings/holidays', {
        title: t('holidays.regionTitle', { region: regionLabel(region) }),
        lead:
          region === own
            ? t('holidays.lead', { region: regionLabel(region) })
            : t('holidays.otherRegionLead', { region: regionLabel(region), own: regionLabel(own) }),
        region,
        otherRegions: regionsOf().filter((item) => item.value !== region),
        source,
        missingYears: source.missingYears?.join(', '),
        years: [...years.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([schoolYear, rows]) => ({ schoolYear, rows })),
      });
    },
  );

  app.get(
    '/admin/holidays/new',
    { config: coordinator, schema: { querystring: RegionQuery } },
    async (request, reply) => {
      const region =
        holidayRegions.find((value) => value === cleanForm(request.query).regio) ??
        readSettings(deps.db).holidayRegion;
      return renderForm(reply, { values: { region, kind: 'herfst', advisory: 'on' } });
    },
  );

  const save = async (request: FastifyRequest, reply: FastifyReply, id?: number) => {
    const form = cleanForm(request.body);
    const result = validateHoliday(form);
    if (!result.ok) return renderForm(reply, { id, values: form, errors: result.errors });
    const same = holidays.findByYearAndKind(result.value.region, result.value.schoolYear, result.value.kind);
    if (same && same.id !== id) {
      return renderForm(reply, { id, values: form, errors: { kind: t('holidays.errors.duplicate') } });
    }
    saveHoliday(deps.db, actionContext(request, opts), { ...(id ? { id } : {}), values: result.value });
    const params = { kind: holidayKindLabel(result.value.kind), schoolYear: result.value.schoolYear };
    return reply
      .flash(t(id ? 'holidays.flash.updated' : 'holidays.flash.created', params))
      .redirect(`/admin/holidays?regio=${result.value.region}`);
  };

  app.post(
    '/admin/holidays',
    { config: coordinator, schema: { body: HolidayBody } },
    async (request, reply) => save(request, reply),
  );

  app.get(
    '/admin/holidays/:id/edit',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const holiday = findHoliday(id);
      return renderForm(reply, { id, values: { ...holiday, advisory: holiday.advisory ? 'on' : '' } });
    },
  );

  app.post(
    '/admin/holidays/:id',
    { config: coordinator, schema: { params: IdParams, body: HolidayBody } },
    async (request, reply) => {
      const { id } = request.params;
      findHoliday(id);
      return save(request, reply, id);
    },
  );

  app.get(
    '/admin/holidays/:id/delete',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const holiday = findHoliday(id);
      return renderConfirmation(reply, {
        question: t('holidays.deleteConfirm.question', {
          kind: holidayKindLabel(holiday.kind),
          schoolYear: holiday.schoolYear,
          region: regionLabel(holiday.region),
        }),
        consequences: [t('holidays.deleteConfirm.consequence')],
        action: `/admin/holidays/${id}/delete`,
        submit: t('holidays.deleteConfirm.submit'),
        cancel: `/admin/holidays?regio=${holiday.region}`,
      });
    },
  );

  app.post(
    '/admin/holidays/:id/delete',
    { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      const holiday = findHoliday(id);
      deleteHoliday(deps.db, actionContext(request, opts), { id });
      return reply
        .flash(
          t('holidays.flash.deleted', {
            kind: holidayKindLabel(holiday.kind),
            schoolYear: holiday.schoolYear,
          }),
        )
        .redirect(`/admin/holidays?regio=${holiday.region}`);
    },
  );
};

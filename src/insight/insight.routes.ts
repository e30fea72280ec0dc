// Insight: the covenant's year at a glance (themes, participation, follow-through) and the printable annual report.
// Aggregates only, so every member sees the same page as the coordinator.
import { Type } from 'typebox';
import type { ModulePlugin } from '../http/module.js';
import { t } from '../locale/index.js';
import { readSettings, settingsParams } from '../settings/settings.js';
import { formatDate, toAmsterdamDate } from '../shared/dates.js';
import type { YearBasis } from './insight.js';
import { yearOf } from './insight.js';
import { insightFor, reportYears, YEAR_BASES, yearLabel } from './insight.view.js';

const YearQuery = Type.Object({
  jaar: Type.Optional(Type.String({ maxLength: 4 })),
  soort: Type.Optional(Type.String({ maxLength: 12 })),
});

export const insightRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const member = { access: 'member' as const };

  /** The year asked for, or the current one; an unknown year or basis falls back rather than failing. */
  const chosen = (query: { jaar?: string; soort?: string }) => {
    const basis: YearBasis = YEAR_BASES.find((candidate) => candidate === query.soort) ?? 'kalenderjaar';
    const years = reportYears(deps.db, basis, deps.now());
    const asked = Number(query.jaar);
    const year = years.includes(asked) ? asked : yearOf(toAmsterdamDate(deps.now()), basis);
    return { basis, year, years };
  };

  app.get('/insight', { config: member, schema: { querystring: YearQuery } }, async (request, reply) => {
    const { basis, year, years } = chosen(request.query);
    return reply.viewAsync('insight/page', {
      title: t('insight.title'),
      insight: insightFor(deps.db, year, basis, deps.now()),
      years: years.map((value) => ({ value: String(value), label: yearLabel(value, basis) })),
      year: String(year),
      bases: YEAR_BASES.map((value) => ({ value, label: t(`insight.bases.${value}`) })),
      basis,
    });
  });

  app.get(
    '/insight/report',
    { config: member, schema: { querystring: YearQuery } },
    async (request, reply) => {
      const { basis, year } = chosen(request.query);
      const insight = insightFor(deps.db, year, basis, deps.now());
      return reply.viewAsync('insight/report', {
        title: t('insight.reportTitle', { label: insight.label }),
        intro: t('insight.reportIntro', settingsParams(readSettings(deps.db))),
        insight,
        madeOn: formatDate(deps.now()),
      });
    },
  );
};

// Insight: the covenant's year at a glance (themes, participation, follow-through) and the printable annual report.
// Aggregates only, so every member sees the same page as the coordinator.

import { dataVersion } from '../db/data-version.js';
import type { ModulePlugin } from '../http/module.js';
import { Type } from '../http/schema.js';
import { t } from '../locale/index.js';
import { readSettings, settingsParams } from '../settings/settings.js';
import { boundedCache } from '../shared/bounded-cache.js';
import { formatDate, toAmsterdamDate } from '../shared/dates.js';
import type { KeptBlock } from '../views/helpers/kept.helper.js';
import type { YearBasis } from './insight.js';
import { yearOf } from './insight.js';
import { insightFor, yearsToReport } from './insight.read.js';
import { YEAR_BASES, yearLabel } from './insight.view.js';

/** Years (of either basis) whose figures are kept: the current one and a few that are being looked back on. */
const KEPT_YEARS = 8;
const MINUTE = 60_000;

const YearQuery = Type.Object({
  jaar: Type.Optional(Type.String({ maxLength: 4 })),
  soort: Type.Optional(Type.String({ maxLength: 12 })),
});

export const insightRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const member = { access: 'member' as const };

  // A year's figures are the same for every member and change only with the data, or with the clock for what has
  // become overdue: they are worked out once per database version and minute, and then shared by every viewer.
  const keptYears = boundedCache<number[]>(KEPT_YEARS);
  const keptInsight = boundedCache<ReturnType<typeof insightFor>>(KEPT_YEARS);
  // The annual report shows nothing but those figures (and the installation's names, in the database too): its HTML
  // is rendered once per the same key and then shared; only the layout around it is rendered per viewer.
  const keptReports = boundedCache<Buffer>(KEPT_YEARS);

  /** The year asked for (or the current one; an unknown year or basis falls back rather than failing) and its figures. */
  const chosen = (query: { jaar?: string; soort?: string }) => {
    const basis: YearBasis = YEAR_BASES.find((candidate) => candidate === query.soort) ?? 'kalenderjaar';
    const now = new Date(Math.floor(deps.now().getTime() / MINUTE) * MINUTE);
    const reading = `${now.toISOString()} ${dataVersion(deps.db)}`;
    const years = keptYears(`${basis} ${reading}`, () => yearsToReport(deps.db, basis, now));
    const asked = Number(query.jaar);
    const year = years.includes(asked) ? asked : yearOf(toAmsterdamDate(now), basis);
    const key = `${basis} ${year} ${reading}`;
    const insight = keptInsight(key, () => insightFor(deps.db, year, basis, now));
    return { basis, year, years, insight, key };
  };

  app.get(
    '/insight',
    { config: { ...member, keepPage: true }, schema: { querystring: YearQuery } },
    async (request, reply) => {
      const { basis, year, years, insight } = chosen(request.query);
      return reply.viewAsync('insight/page', {
        title: t('insight.title'),
        insight,
        years: years.map((value) => ({ value: String(value), label: yearLabel(value, basis) })),
        year: String(year),
        bases: YEAR_BASES.map((value) => ({ value, label: t(`insight.bases.${value}`) })),
        basis,
      });
    },
  );

  app.get(
    '/insight/report',
    { config: { ...member, keepPage: true }, schema: { querystring: YearQuery } },
    async (request, reply) => {
      const { insight, key } = chosen(request.query);
      const report: KeptBlock = {
        remember: (render) => reply.keep(keptReports(key, () => Buffer.from(render()))),
      };
      return reply.viewAsync('insight/report', {
        title: t('insight.reportTitle', { label: insight.label }),
        intro: t('insight.reportIntro', settingsParams(readSettings(deps.db))),
        insight,
        madeOn: formatDate(deps.now()),
        report,
      });
    },
  );
};

// The date planner page: candidate dates from the pure planner, turned into a meeting or a date poll in one step.

import type { FastifyReply } from 'fastify';
import { actionContext } from '../http/action-context.js';
import { cleanForm, formBody, manyValues } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { checkFormPrivacy } from '../http/privacy-check.js';
import { Type } from '../http/schema.js';
import { t } from '../locale/index.js';
import { createHolidaysRepository } from '../meetings/holidays.repository.js';
import { createMeeting } from '../meetings/meetings.actions.js';
import { defaultMeetingTitle, defaultTopicDeadline } from '../meetings/meetings.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import {
  type HalfYear,
  PLANNER_DEFAULTS,
  type Plan,
  PlannerInputError,
  type PlanOptions,
  planCandidates,
} from '../meetings/planner.js';
import { createPublicHolidays } from '../meetings/public-holidays.js';
import { privacyAllowList } from '../organisations/organisations.read.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { readSettings } from '../settings/settings.js';
import { boundedCache } from '../shared/bounded-cache.js';
import {
  formatDate,
  formatMeetingWhen,
  formatShortDate,
  toAmsterdamDate,
  zonedRange,
} from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { startPoll } from './polls.actions.js';
import { defaultClosesOn, MAX_OPTIONS, MIN_OPTIONS, pollsForSamePeriod, validatePoll } from './polls.js';
import { createPollsRepository } from './polls.repository.js';

const PlannerQuery = Type.Object(
  {
    periode: Type.Optional(Type.String({ maxLength: 20 })),
    weekdays: Type.Optional(
      Type.Union([
        Type.String({ maxLength: 10 }),
        Type.Array(Type.String({ maxLength: 10 }), { maxItems: 7 }),
      ]),
    ),
    startTime: Type.Optional(Type.String({ maxLength: 10 })),
    endTime: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: true },
);
const CandidateBody = formBody(['periode', 'startTime', 'endTime']);
const PollBody = formBody(['title', 'closesOn', 'startTime', 'endTime', 'periode', 'secondPoll']);

const HALF_YEAR = /^(\d{4})-([12])$/;
/** Plans kept per plugin: a few searches a day, so a small bound is plenty. */
const KEPT_PLANS = 32;
const SHOWN_WEEKDAYS = [1, 2, 3, 4, 5];

interface Search {
  periode: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
}

function halfYearOf(date: Date): HalfYear {
  const local = toAmsterdamDate(date);
  return { year: Number(local.slice(0, 4)), half: Number(local.slice(5, 7)) <= 6 ? 1 : 2 };
}

/** The current half-year and the three after it: the periods a coordinator plans for. */
function halfYearsFrom(now: Date): HalfYear[] {
  const list: HalfYear[] = [];
  let current = halfYearOf(now);
  for (let i = 0; i < 4; i++) {
    list.push(current);
    current = current.half === 1 ? { year: current.year, half: 2 } : { year: current.year + 1, half: 1 };
  }
  return list;
}

export const plannerRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const coordinator = { access: 'coordinator' as const };
  const meetings = createMeetingsRepository(deps.db);
  const holidays = createHolidaysRepository(deps.db);
  // The public holidays of the years asked for so far, kept for the life of the app.
  const publicHolidays = createPublicHolidays();
  const polls = createPollsRepository(deps.db);
  // Plans computed so far, by their inputs: `planCandidates` is pure and costs milliseconds (a zoned time for every
  // date in the window), while the inputs change once a day or when the holiday table or the search changes.
  const plans = boundedCache<Plan>(KEPT_PLANS);
  const planFor = (options: PlanOptions): Plan =>
    plans(
      JSON.stringify([
        // The planner reads only the Amsterdam day of `now`.
        toAmsterdamDate(options.now),
        options.previousMeetingStart,
        options.halfYear,
        options.region,
        options.weekdays,
        options.startTime,
        options.endTime,
        options.holidays,
      ]),
      () => planCandidates(options),
    );

  /** Reads the search form (query string or the hidden fields of the POST form), with the planner's defaults. */
  const readSearch = (source: unknown, hasPrevious: boolean, now: Date): Search => {
    const values = cleanForm(source);
    const weekdays = manyValues(source, 'weekdays').map(Number);
    const [next] = halfYearsFrom(now).slice(1);
    return {
      periode: values.periode || (hasPrevious ? 'previous' : `${next?.year}-${next?.half}`),
      weekdays: weekdays.length > 0 || values.startTime ? weekdays : [...PLANNER_DEFAULTS.weekdays],
      startTime: values.startTime || PLANNER_DEFAULTS.startTime,
      endTime: values.endTime || PLANNER_DEFAULTS.endTime,
    };
  };

  const render = (
    reply: FastifyReply,
    search: Search,
    poll: {
      values: Record<string, string>;
      dates: string[];
      errors?: FieldErrors;
      privacy?: GuardOutcome;
    } | null,
  ) => {
    const now = deps.now();
    const last = meetings.lastMeeting();
    const halfYears = halfYearsFrom(now);
    const errors: FieldErrors = { ...(poll?.errors ?? {}) };
    const match = HALF_YEAR.exec(search.periode);
    const halfYear = match ? { year: Number(match[1]), half: Number(match[2]) as 1 | 2 } : undefined;

    const region = readSettings(deps.db).holidayRegion;
    let plan: Plan | null = null;
    try {
      plan = planFor({
        now,
        previousMeetingStart: search.periode === 'previous' ? (last?.startsAt ?? null) : null,
        halfYear,
        holidays: holidays.forPlanner(region),
        publicHolidays,
        region,
        weekdays: search.weekdays,
        startTime: search.startTime,
        endTime: search.endTime,
      });
    } catch (error) {
      if (!(error instanceof PlannerInputError)) throw error;
      const field =
        error.code === 'invalid-weekdays'
          ? 'weekdays'
          : error.code === 'end-before-start'
            ? 'endTime'
            : 'startTime';
      errors[field] = error.message;
    }

    const chosen = new Set(poll?.dates ?? []);
    const candidates = (plan?.candidates ?? []).map((candidate, index) => ({
      ...candidate,
      rank: index + 1,
      // Every candidate has the searched times, said once above the table: the row names the day only.
      longDate: formatDate(candidate.date),
      checked: chosen.has(candidate.date),
    }));
    const ticked = candidates.filter((candidate) => candidate.checked).length;
    const firstDate = [...candidates].sort((a, b) => a.date.localeCompare(b.date))[0]?.date;
    // Polls still open for the dates shown: a second one for the same meeting needs a deliberate tick.
    const openPolls = pollsForSamePeriod(candidates, polls.openWithOptions());
    if (Object.keys(errors).length > 0) reply.code(422);
    return reply.viewAsync('meetings/planner', {
      title: t('plannerPage.title'),
      search,
      periods: [
        ...(last
          ? [
              {
                value: 'previous',
                label: t('plannerPage.periodPrevious', { date: formatShortDate(last.startsAt) }),
              },
            ]
          : []),
        ...halfYears.map((h) => ({
          value: `${h.year}-${h.half}`,
          label: t(`plannerPage.halfYear.${h.half}`, { year: h.year }),
        })),
      ],
      weekdayOptions: SHOWN_WEEKDAYS.map((day) => ({
        value: day,
        label: t(`planner.weekdays.${day}`),
        checked: search.weekdays.includes(day),
      })),
      plan: plan && {
        ...plan,
        targetText:
          plan.basis === 'previous'
            ? t('plannerPage.targetPrevious', {
                date: formatDate(plan.target),
                previous: last ? formatDate(last.startsAt) : '',
              })
            : t('plannerPage.targetMiddle', { date: formatDate(plan.target) }),
        windowText: t('plannerPage.window', {
          from: formatDate(plan.window.from),
          to: formatDate(plan.window.to),
        }),
        skipped: plan.skipped.map((skip) => ({ ...skip, longDate: formatDate(skip.date) })),
      },
      candidates,
      // What every candidate has in common is said once, above the table; each row says what differs.
      allFit: t('plannerPage.allFit', {
        region: t(`settings.regions.${region}`),
        start: search.startTime,
        end: search.endTime,
      }),
      minOptions: MIN_OPTIONS,
      maxOptions: MAX_OPTIONS,
      countText: t('plannerPage.count', { count: ticked }),
      openPolls: openPolls.map((open) => ({ ...open, started: formatDate(open.createdAt) })),
      askSecondPoll: openPolls.length > 0 || errors.secondPoll !== undefined,
      pollValues: {
        title:
          poll?.values.title ??
          (candidates[0] ? defaultMeetingTitle(candidates[0].startsAt) : t('plannerPage.title')),
        closesOn: poll?.values.closesOn ?? defaultClosesOn(now, firstDate),
        secondPoll: poll?.values.secondPoll === 'ja',
      },
      errors,
      privacy: poll?.privacy,
    });
  };

  app.get(
    '/planner',
    { config: { ...coordinator, keepPage: true }, schema: { querystring: PlannerQuery } },
    async (request, reply) =>
      render(reply, readSearch(request.query, meetings.lastMeeting() !== null, deps.now()), null),
  );

  // One step from a candidate to a concept meeting: exactly one ticked date; the coordinator adds the place and
  // plans it on its page.
  app.post(
    '/planner/meetings',
    { config: coordinator, schema: { body: CandidateBody } },
    async (request, reply) => {
      const form = cleanForm(request.body);
      const dates = manyValues(request.body, 'dates');
      const search = readSearch(request.body, meetings.lastMeeting() !== null, deps.now());
      const [date] = dates;
      const range = dates.length === 1 && date ? zonedRange(date, search.startTime, search.endTime) : null;
      if (!range?.ok) {
        const message = range?.message ?? t('plannerPage.errors.oneDate', { count: dates.length });
        return render(reply, search, { values: form, dates, errors: { dates: message } });
      }
      const values = {
        title: defaultMeetingTitle(range.startsAt),
        startsAt: range.startsAt,
        endsAt: range.endsAt,
        location: meetings.lastLocation(),
        onlineUrl: '',
        topicDeadline: defaultTopicDeadline(range.startsAt),
      };
      const id = createMeeting(deps.db, actionContext(request, opts), { values, status: 'concept' });
      return reply
        .flash(
          t('meetings.flash.createdFromPlanner', { when: formatMeetingWhen(values.startsAt, values.endsAt) }),
        )
        .redirect(`/meetings/${id}`);
    },
  );

  app.post('/planner/poll', { config: coordinator, schema: { body: PollBody } }, async (request, reply) => {
    const now = deps.now();
    const form = cleanForm(request.body);
    const dates = manyValues(request.body, 'dates');
    const search = readSearch(request.body, meetings.lastMeeting() !== null, now);
    const result = checkFormPrivacy(
      privacyAllowList(deps.db),
      validatePoll(form, dates, now, polls.openWithOptions()),
      // The poll's name is the subject of every mail it sends.
      [{ name: 'title', label: t('plannerPage.pollName'), value: form.title ?? '' }],
      form,
      now,
    );
    if (!result.ok) return render(reply, search, { values: form, dates, ...result });
    const { value: poll, privacy } = result;
    const started = startPoll(deps.db, actionContext(request, opts), { poll, privacy });
    app.nudgeOutbox();
    return reply
      .flash(t('polls.flash.started', { count: started.participants }))
      .redirect(`/polls/${started.id}`);
  });
};

// The demo's meetings: two held meetings, one planned meeting ahead and an open date poll for the one after.
// Dates come from the planner itself, relative to today, so the demo always looks current and avoids holidays.
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import type { PollAnswer } from '../db/schema/index.js';
import { createHolidaysRepository, seedSchoolHolidays } from '../meetings/holidays.repository.js';
import { createMeeting } from '../meetings/meetings.actions.js';
import { defaultMeetingTitle, defaultTopicDeadline } from '../meetings/meetings.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { PLANNER_DEFAULTS, planCandidates } from '../meetings/planner.js';
import { createPublicHolidays } from '../meetings/public-holidays.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { startPoll } from '../polls/polls.actions.js';
import { defaultClosesOn, validatePoll } from '../polls/polls.js';
import { createPollsRepository } from '../polls/polls.repository.js';
import { toAmsterdam } from '../shared/dates.js';
import { DEMO_COORDINATOR_EMAIL, DEMO_SETTINGS } from './demo-data.js';

const TOWN_HALL = 'Gemeentehuis Dijk en Waard, Heerhugowaard – zaal De Waard';
const SCHOOL_HOST = 'Polderlicht College, Heerhugowaard – mediatheek';

/**
 * Adds the demo meetings and poll to an installation without meetings; with meetings present it does nothing, so
 * `cli demo` can run again. With a config, the poll's contacts get their mail with a personal link (.eml files
 * on the embedded default), so a newcomer can answer the poll from the mail folder.
 */
export function loadDemoMeetings(
  tx: DbOrTx,
  deps: { now: Date; newToken: () => string },
  config: Config | null,
): void {
  const { now } = deps;
  seedSchoolHolidays(tx, now);
  const meetings = createMeetingsRepository(tx);
  if (meetings.count() > 0) return;
  const coordinator = createContactsRepository(tx).findByEmail(DEMO_COORDINATOR_EMAIL);
  if (!coordinator) return;
  const actor = { contactId: coordinator.id };
  const region = DEMO_SETTINGS.holidayRegion;
  const holidays = createHolidaysRepository(tx).forPlanner(region);
  const publicHolidays = createPublicHolidays();
  const meetingAt = (candidate: { startsAt: string; endsAt: string }, location: string) => ({
    title: defaultMeetingTitle(candidate.startsAt),
    startsAt: candidate.startsAt,
    endsAt: candidate.endsAt,
    location,
    onlineUrl: '',
    topicDeadline: defaultTopicDeadline(candidate.startsAt),
  });

  // The next meeting about six weeks from now, and two held meetings six and twelve months before it: the
  // half-yearly rhythm, each date the planner's first choice around its target.
  const shift = (iso: string, months: number, days = 0) =>
    toAmsterdam(iso).plus({ months, days }).toUTC().toISO() ?? iso;
  const nowIso = now.toISOString();
  const next = planCandidates({
    now,
    previousMeetingStart: shift(nowIso, -6, 42),
    holidays,
    publicHolidays,
    region,
  }).candidates[0];
  if (!next) return;
  for (const [months, location] of [
    [-12, SCHOOL_HOST],
    [-6, TOWN_HALL],
  ] as const) {
    const plan = planCandidates({
      now: shift(next.startsAt, months - 2),
      previousMeetingStart: shift(next.startsAt, months - 6),
      holidays,
      publicHolidays,
      region,
    });
    const candidate = plan.candidates[0];
    if (!candidate || candidate.startsAt >= nowIso) continue;
    const id = createMeeting(
      tx,
      { now, actor },
      { values: meetingAt(candidate, location), status: 'gepland' },
    );
    // Held long ago: nobody is told anything, so the status is set as it was, without the meeting action's mail.
    meetings.setStatus(id, 'gehouden', now);
    meetings.recordChange(id, { kind: 'held', details: {} }, actor.contactId, now);
  }
  createMeeting(tx, { now, actor }, { values: meetingAt(next, TOWN_HALL), status: 'gepland' });

  // A poll for the meeting after that: four of the planner's dates, put to the schools and core partners.
  const after = planCandidates({
    now,
    previousMeetingStart: next.startsAt,
    holidays,
    publicHolidays,
    region,
  }).candidates.slice(0, 4);
  const dates = after.map((candidate) => candidate.date).sort();
  const first = dates[0];
  if (!first) return;
  const poll = validatePoll(
    {
      title: defaultMeetingTitle(after[0]?.startsAt ?? first),
      closesOn: defaultClosesOn(now, first),
      startTime: PLANNER_DEFAULTS.startTime,
      endTime: PLANNER_DEFAULTS.endTime,
    },
    dates,
    now,
  );
  if (!poll.ok) return;
  // Demo addresses are on .example: only the embedded mail folder gets the mail, never a real mail server.
  const { id } = startPoll(
    tx,
    { config: config && !config.smtpUrl ? config : null, now, actor, newToken: deps.newToken },
    { poll: poll.value },
  );

  // Some contacts have answered already, so the tally has something to show.
  const polls = createPollsRepository(tx);
  const options = polls.options(id);
  const pattern: PollAnswer[][] = [
    ['ja', 'ja', 'nee', 'misschien'],
    ['nee', 'ja', 'ja', 'ja'],
    ['misschien', 'ja', 'nee', 'nee'],
    ['ja', 'misschien', 'ja', 'nee'],
  ];
  polls.tallyInput(id).participants.forEach((participant, index) => {
    if (index % 3 === 2) return;
    const answers = pattern[index % pattern.length] ?? [];
    polls.saveAnswers(
      participant.id,
      options.map((option, j) => ({ optionId: option.id, answer: answers[j] ?? 'ja' })),
      now,
    );
  });
}

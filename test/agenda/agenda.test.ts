// The agenda's functional core with a fixed clock: timing and overrun, order, triage transitions, merge and deadline rules.
import { describe, expect, it } from 'vitest';
import {
  acceptsTopics,
  agendaPublishBlock,
  availableActions,
  deadlinePassed,
  insertionIndex,
  type MeetingLike,
  memberEditBlock,
  memberWithdrawBlock,
  mergeBlock,
  moveBy,
  moveTo,
  nextMeetingAfter,
  reminderDue,
  schoolsWithoutTopics,
  standingDefaults,
  timeAgenda,
  triageBlock,
  triageCounts,
  triageTransitions,
  upcomingMeeting,
  validateDurations,
  validateTopic,
} from '../../src/agenda/agenda.js';
import { topicStatuses } from '../../src/db/schema/index.js';
import { formatTime } from '../../src/shared/dates.js';

const now = new Date('2026-03-02T09:00:00.000Z');

function meeting(overrides: Partial<MeetingLike> = {}): MeetingLike {
  return {
    id: 1,
    status: 'gepland',
    startsAt: '2026-04-14T13:00:00.000Z', // 15:00 in Amsterdam (summer time)
    endsAt: '2026-04-14T15:00:00.000Z',
    topicDeadline: '2026-03-30T22:00:00.000Z',
    ...overrides,
  };
}

describe('agenda timing', () => {
  it('gives each item its start time from the meeting start and the durations before it', () => {
    const timing = timeAgenda(meeting(), [{ minutes: 5 }, { minutes: 10 }, { minutes: 30 }, { minutes: 10 }]);
    expect(timing.items.map((item) => formatTime(item.startsAt))).toEqual([
      '15:00',
      '15:05',
      '15:15',
      '15:45',
    ]);
    expect(timing.items.map((item) => formatTime(item.endsAt))).toEqual(['15:05', '15:15', '15:45', '15:55']);
    expect(formatTime(timing.endsAt)).toBe('15:55');
    expect(timing.totalMinutes).toBe(55);
    expect(timing.overrunMinutes).toBe(0);
  });

  it('has no overrun when the agenda ends exactly at the meeting end', () => {
    const timing = timeAgenda(meeting(), [{ minutes: 60 }, { minutes: 60 }]);
    expect(timing.overrunMinutes).toBe(0);
    expect(timing.endsAt).toBe('2026-04-14T15:00:00.000Z');
  });

  it('reports how many minutes the agenda runs past the meeting end', () => {
    const timing = timeAgenda(meeting(), [...standingDefaults, { minutes: 45 }, { minutes: 45 }]);
    expect(timing.totalMinutes).toBe(135);
    expect(timing.overrunMinutes).toBe(15);
    expect(formatTime(timing.endsAt)).toBe('17:15');
  });

  it('counts real minutes across the change to summer time', () => {
    // Sunday 29 March 2026: 01:30 winter time is 00:30 UTC; an hour later it is 03:30 summer time.
    const night = meeting({ startsAt: '2026-03-29T00:30:00.000Z', endsAt: '2026-03-29T01:30:00.000Z' });
    const timing = timeAgenda(night, [{ minutes: 30 }, { minutes: 30 }]);
    expect(timing.items.map((item) => formatTime(item.startsAt))).toEqual(['01:30', '03:00']);
    expect(timing.overrunMinutes).toBe(0);
  });

  it('an empty agenda ends at the meeting start', () => {
    const timing = timeAgenda(meeting(), []);
    expect(timing.items).toEqual([]);
    expect(timing.endsAt).toBe('2026-04-14T13:00:00.000Z');
  });
});

describe('agenda order', () => {
  it('puts an accepted topic before rondvraag and sluiting', () => {
    const items = standingDefaults.map(({ standing }) => ({ standing }));
    expect(insertionIndex(items)).toBe(3);
    expect(insertionIndex([...items.slice(0, 3), { standing: null }, ...items.slice(3)])).toBe(4);
    expect(insertionIndex([{ standing: 'opening' }])).toBe(1);
  });

  it('moves an item up or down and leaves the ends alone', () => {
    expect(moveBy([1, 2, 3], 2, 'up')).toEqual([2, 1, 3]);
    expect(moveBy([1, 2, 3], 2, 'down')).toEqual([1, 3, 2]);
    expect(moveBy([1, 2, 3], 1, 'up')).toEqual([1, 2, 3]);
    expect(moveBy([1, 2, 3], 3, 'down')).toEqual([1, 2, 3]);
    expect(moveBy([1, 2, 3], 9, 'up')).toEqual([1, 2, 3]);
  });

  it('moves an item to a position, clamped to the list', () => {
    expect(moveTo([1, 2, 3, 4], 4, 0)).toEqual([4, 1, 2, 3]);
    expect(moveTo([1, 2, 3, 4], 1, 2)).toEqual([2, 3, 1, 4]);
    expect(moveTo([1, 2, 3, 4], 1, 99)).toEqual([2, 3, 4, 1]);
  });

  it('accepts durations between 1 and 240 minutes and names the wrong field and its item', () => {
    const items = [
      { id: 1, title: 'Opening en mededelingen' },
      { id: 2, title: 'Rondvraag' },
    ];
    expect(validateDurations({ 'minutes-1': '5', 'minutes-2': '240' }, items)).toEqual({
      ok: true,
      value: new Map([
        [1, 5],
        [2, 240],
      ]),
    });
    expect(validateDurations({ 'minutes-1': '0', 'minutes-2': 'tien' }, items)).toEqual({
      ok: false,
      errors: {
        'minutes-1': 'Vul bij “Opening en mededelingen” een aantal minuten tussen 1 en 240 in.',
        'minutes-2': 'Vul bij “Rondvraag” een aantal minuten tussen 1 en 240 in.',
      },
    });
    expect(validateDurations({ 'minutes-2': '241' }, items)).toEqual({
      ok: false,
      errors: { 'minutes-2': 'Vul bij “Rondvraag” een aantal minuten tussen 1 en 240 in.' },
    });
  });

  it('publishes the agenda of a planned meeting only', () => {
    expect(agendaPublishBlock('gepland')).toBeNull();
    expect(agendaPublishBlock('concept')).toBe('concept');
    expect(agendaPublishBlock('geannuleerd')).toBe('geannuleerd');
    expect(agendaPublishBlock('gehouden')).toBe('gehouden');
  });
});

describe('triage transitions', () => {
  const expected: Record<string, string[]> = {
    ingediend: ['accept', 'merge', 'defer', 'decline'],
    doorgeschoven: ['accept', 'merge', 'defer', 'decline'],
    geagendeerd: ['merge', 'defer', 'decline'],
    samengevoegd: [],
    afgewezen: [],
    besproken: [],
  };
  for (const status of topicStatuses) {
    it(`allows ${expected[status]?.join(', ') || 'nothing'} for a topic that is ${status}`, () => {
      expect(availableActions({ id: 5, meetingId: 1, status }, 1)).toEqual(expected[status]);
    });
  }

  it('counts submitted and deferred topics as awaiting triage, accepted ones as on the agenda', () => {
    expect(
      triageCounts([
        { status: 'ingediend', n: 2 },
        { status: 'doorgeschoven', n: 1 },
        { status: 'geagendeerd', n: 4 },
        { status: 'afgewezen', n: 3 },
        { status: 'samengevoegd', n: 5 },
      ]),
    ).toEqual({ awaiting: 3, accepted: 4 });
    expect(triageCounts([])).toEqual({ awaiting: 0, accepted: 0 });
  });

  it('leads each action to its status', () => {
    expect(triageTransitions.accept.to).toBe('geagendeerd');
    expect(triageTransitions.merge.to).toBe('samengevoegd');
    expect(triageTransitions.defer.to).toBe('doorgeschoven');
    expect(triageTransitions.decline.to).toBe('afgewezen');
  });

  it('refuses a topic of another meeting and deferring a topic for a later meeting', () => {
    expect(triageBlock('accept', { id: 5, meetingId: 2, status: 'ingediend' }, 1)).toBe('otherMeeting');
    expect(triageBlock('accept', { id: 5, meetingId: null, status: 'ingediend' }, 1)).toBeNull();
    expect(triageBlock('defer', { id: 5, meetingId: null, status: 'ingediend' }, 1)).toBe('notOnMeeting');
    expect(triageBlock('accept', { id: 5, meetingId: 1, status: 'geagendeerd' }, 1)).toBe('status');
  });

  it('merges only into another open topic of the same meeting', () => {
    const source = { id: 5, meetingId: 1, status: 'ingediend' as const };
    expect(mergeBlock(source, { id: 6, meetingId: 1, status: 'geagendeerd' }, 1)).toBeNull();
    expect(mergeBlock(source, { id: 5, meetingId: 1, status: 'ingediend' }, 1)).toBe('self');
    expect(mergeBlock(source, { id: 6, meetingId: 2, status: 'ingediend' }, 1)).toBe('target');
    expect(mergeBlock(source, { id: 6, meetingId: null, status: 'ingediend' }, 1)).toBe('target');
    expect(mergeBlock(source, { id: 6, meetingId: 1, status: 'afgewezen' }, 1)).toBe('target');
    expect(mergeBlock(source, { id: 6, meetingId: 1, status: 'samengevoegd' }, 1)).toBe('target');
    expect(
      mergeBlock({ ...source, status: 'afgewezen' }, { id: 6, meetingId: 1, status: 'ingediend' }, 1),
    ).toBe('status');
  });
});

describe('deadline rules', () => {
  it('passes the deadline at its exact instant', () => {
    const deadline = meeting().topicDeadline;
    expect(deadlinePassed({ topicDeadline: deadline }, new Date(new Date(deadline).getTime() - 1))).toBe(
      false,
    );
    expect(deadlinePassed({ topicDeadline: deadline }, new Date(deadline))).toBe(true);
  });

  it('takes topics only for a planned meeting ahead, before its deadline', () => {
    expect(acceptsTopics(meeting(), now)).toBe(true);
    expect(acceptsTopics(meeting({ status: 'concept' }), now)).toBe(false);
    expect(acceptsTopics(meeting({ status: 'geannuleerd' }), now)).toBe(false);
    expect(acceptsTopics(meeting(), new Date('2026-03-30T22:00:00.000Z'))).toBe(false);
  });

  it('picks the earliest planned meeting after now as the upcoming one', () => {
    const meetings = [
      meeting({ id: 1, startsAt: '2025-10-14T13:00:00.000Z', status: 'gehouden' }),
      meeting({ id: 2, startsAt: '2026-10-13T13:00:00.000Z' }),
      meeting({ id: 3, startsAt: '2026-04-14T13:00:00.000Z' }),
      meeting({ id: 4, startsAt: '2026-03-20T13:00:00.000Z', status: 'concept' }),
    ];
    expect(upcomingMeeting(meetings, now)?.id).toBe(3);
    expect(upcomingMeeting(meetings, new Date('2026-05-01T00:00:00.000Z'))?.id).toBe(2);
    expect(upcomingMeeting(meetings, new Date('2027-01-01T00:00:00.000Z'))).toBeNull();
  });

  it('defers to the next meeting ahead, or to a later meeting when there is none', () => {
    const current = meeting({ id: 3 });
    const later = meeting({ id: 2, startsAt: '2026-10-13T13:00:00.000Z', status: 'concept' });
    expect(nextMeetingAfter([current, later], current)?.id).toBe(2);
    expect(nextMeetingAfter([current, { ...later, status: 'geannuleerd' }], current)).toBeNull();
  });

  it('lets a member change a topic until the deadline, then only read it', () => {
    const topic = { id: 5, meetingId: 1, status: 'ingediend' as const };
    expect(memberEditBlock(topic, meeting(), now)).toBeNull();
    expect(memberEditBlock(topic, meeting(), new Date('2026-03-31T08:00:00.000Z'))).toBe('deadline');
    expect(
      memberEditBlock({ ...topic, meetingId: null }, null, new Date('2027-01-01T00:00:00.000Z')),
    ).toBeNull();
    expect(memberEditBlock({ ...topic, status: 'afgewezen' }, meeting(), now)).toBe('settled');
    expect(memberEditBlock({ ...topic, status: 'samengevoegd' }, meeting(), now)).toBe('settled');
  });

  it('does not let a member withdraw a topic others were merged into, or one on a published agenda', () => {
    const topic = { id: 5, meetingId: 1, status: 'geagendeerd' as const };
    const context = { mergedCount: 0, agendaPublished: false };
    expect(memberWithdrawBlock(topic, meeting(), now, context)).toBeNull();
    expect(memberWithdrawBlock(topic, meeting(), now, { ...context, mergedCount: 1 })).toBe('hasMerged');
    expect(memberWithdrawBlock(topic, meeting(), now, { ...context, agendaPublished: true })).toBe(
      'published',
    );
    expect(
      memberWithdrawBlock({ ...topic, status: 'ingediend' }, meeting(), now, {
        ...context,
        agendaPublished: true,
      }),
    ).toBeNull();
  });
});

describe('the topic form', () => {
  const form = {
    meeting: '1',
    themeId: '7',
    title: 'Vapes in de onderbouw',
    description: 'We zien meer vapes in de brugklas.',
    desiredOutcome: 'bespreken',
    suggestedMinutes: '20',
  };

  it('accepts a complete topic for an allowed meeting or for a later meeting', () => {
    expect(validateTopic(form, { themeIds: [7], meetingIds: [1] })).toEqual({
      ok: true,
      value: {
        meetingId: 1,
        themeId: 7,
        title: 'Vapes in de onderbouw',
        description: 'We zien meer vapes in de brugklas.',
        desiredOutcome: 'bespreken',
        suggestedMinutes: 20,
      },
    });
    const later = validateTopic({ ...form, meeting: 'later' }, { themeIds: [7], meetingIds: [] });
    expect(later.ok && later.value.meetingId).toBeNull();
  });

  it('refuses a meeting that is not offered (its deadline passed) and explains every field', () => {
    const result = validateTopic(
      {
        ...form,
        meeting: '2',
        themeId: '8',
        title: '',
        description: '',
        desiredOutcome: 'x',
        suggestedMinutes: '200',
      },
      { themeIds: [7], meetingIds: [1] },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(
        ['description', 'desiredOutcome', 'meeting', 'suggestedMinutes', 'themeId', 'title'].sort(),
      );
      expect(result.errors.meeting).toBe('Kies voor welk overleg je dit agendapunt indient.');
    }
  });
});

describe('who is reminded', () => {
  it('reminds once, within the configured days before the deadline', () => {
    const planned = { ...meeting(), reminderSentAt: null };
    expect(reminderDue(planned, new Date('2026-03-23T21:59:00.000Z'), 7)).toBe(false);
    expect(reminderDue(planned, new Date('2026-03-23T22:00:00.000Z'), 7)).toBe(true);
    expect(
      reminderDue(
        { ...planned, reminderSentAt: '2026-03-24T00:00:00.000Z' },
        new Date('2026-03-25T00:00:00.000Z'),
        7,
      ),
    ).toBe(false);
    expect(reminderDue(planned, new Date('2026-03-31T00:00:00.000Z'), 7)).toBe(false);
    expect(reminderDue(planned, new Date('2026-03-29T00:00:00.000Z'), 0)).toBe(false);
    expect(reminderDue({ ...planned, status: 'concept' }, new Date('2026-03-29T00:00:00.000Z'), 7)).toBe(
      false,
    );
  });

  it('reminds only the schools that submitted nothing', () => {
    expect(schoolsWithoutTopics([{ id: 1 }, { id: 2 }, { id: 3 }], [2, 2, 9])).toEqual([1, 3]);
  });
});

// The meeting core without an app: the form in Amsterdam time, the status transitions, the recorded changes.
import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  checkTransition,
  deadlineState,
  deadlineText,
  defaultMeetingTitle,
  defaultTopicDeadline,
  describeChange,
  meetingFormValues,
  meetingTransitions,
  sequenceAfter,
  validateCancelReason,
  validateMeeting,
} from '../../src/meetings/meetings.js';
import { aMeetingForm } from '../helpers/meeting-builders.js';

const form = aMeetingForm();
const now = new Date('2026-03-02T09:00:00.000Z');

describe('validateMeeting', () => {
  it('stores Amsterdam times as UTC instants, in summer and in winter time', () => {
    const summer = validateMeeting(form, { requirePlace: true, now });
    expect(summer).toEqual({
      ok: true,
      value: expect.objectContaining({
        startsAt: '2026-04-14T13:00:00.000Z',
        endsAt: '2026-04-14T15:00:00.000Z',
      }),
    });
    const winter = validateMeeting({ ...form, date: '2026-11-17' }, { requirePlace: true, now });
    expect(winter.ok && winter.value.startsAt).toBe('2026-11-17T14:00:00.000Z');
  });

  it('sets the topic deadline to the end of the day three weeks before, unless one is given', () => {
    const result = validateMeeting(form, { requirePlace: false, now });
    // 24 March 2026, 23:59 in Amsterdam (winter time, UTC+1).
    expect(result.ok && result.value.topicDeadline).toBe('2026-03-24T22:59:00.000Z');
    expect(defaultTopicDeadline('2026-04-14T13:00:00.000Z')).toBe('2026-03-24T22:59:00.000Z');
    const custom = validateMeeting({ ...form, topicDeadline: '2026-04-01' }, { requirePlace: false, now });
    expect(custom.ok && custom.value.topicDeadline).toBe('2026-04-01T21:59:00.000Z');
  });

  it('refuses a time in the spring daylight-saving gap with a clear message', () => {
    const result = validateMeeting(
      { ...form, date: '2026-03-29', startTime: '02:30', endTime: '04:00' },
      { requirePlace: false, now },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.startTime).toBe(
      'Deze tijd bestaat niet: op zondag 29 maart 2026 gaat de klok van 02:00 naar 03:00. Kies een andere tijd.',
    );
    expect(result.errors.endTime).toBeUndefined();
  });

  it('refuses an end before the start, a missing title and date, and a link that is not https', () => {
    const result = validateMeeting(
      { ...form, title: '', endTime: '14:00', onlineUrl: 'javascript:alert(1)' },
      { requirePlace: false, now },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toBe('Vul een titel in.');
    expect(result.errors.endTime).toBe('De eindtijd moet na de begintijd liggen.');
    expect(result.errors.onlineUrl).toContain('https://');
    const noDate = validateMeeting({ ...form, date: '' }, { requirePlace: false, now });
    expect(!noDate.ok && noDate.errors.date).toBe('Vul de datum van het overleg in.');
    const badDate = validateMeeting({ ...form, date: '2026-02-30' }, { requirePlace: false, now });
    expect(!badDate.ok && badDate.errors.date).toBe('Vul een bestaande datum in, zoals 2026-04-14.');
  });

  it('requires a location or an online link only for a planned meeting', () => {
    const noPlace = { ...form, location: '' };
    expect(validateMeeting(noPlace, { requirePlace: false, now }).ok).toBe(true);
    const planned = validateMeeting(noPlace, { requirePlace: true, now });
    expect(!planned.ok && planned.errors.location).toContain('Vul een locatie of een online link in');
    expect(
      validateMeeting({ ...noPlace, onlineUrl: 'https://teams.example/meet/1' }, { requirePlace: true, now })
        .ok,
    ).toBe(true);
  });

  it('refuses a topic deadline on or after the day of the meeting', () => {
    const result = validateMeeting({ ...form, topicDeadline: '2026-04-14' }, { requirePlace: false, now });
    expect(!result.ok && result.errors.topicDeadline).toBe(
      'De uiterste datum voor agendapunten moet vóór de dag van het overleg liggen.',
    );
  });

  it('shows a stored meeting in the form, leaving a default deadline empty so it moves with the date', () => {
    const stored = validateMeeting(form, { requirePlace: true, now });
    if (!stored.ok) throw new Error('form should be valid');
    expect(meetingFormValues(stored.value)).toEqual({ ...form });
    const custom = validateMeeting({ ...form, topicDeadline: '2026-04-01' }, { requirePlace: true, now });
    if (!custom.ok) throw new Error('form should be valid');
    expect(meetingFormValues(custom.value).topicDeadline).toBe('2026-04-01');
  });
});

describe('status transitions', () => {
  const planned = {
    status: 'gepland' as const,
    startsAt: '2026-04-14T13:00:00.000Z',
    location: 'Gemeentehuis',
    onlineUrl: '',
  };

  it('allows only concept → gepland/geannuleerd and gepland → gehouden/geannuleerd', () => {
    expect(meetingTransitions).toEqual({
      concept: ['gepland', 'geannuleerd'],
      gepland: ['gehouden', 'geannuleerd'],
      gehouden: [],
      geannuleerd: [],
    });
    const cancelled = checkTransition(
      { ...planned, status: 'geannuleerd' },
      'gepland',
      new Date('2026-04-01'),
    );
    expect(cancelled).toEqual({
      ok: false,
      message: 'Een overleg met status geannuleerd kan niet de status gepland krijgen.',
    });
  });

  it('marks a meeting as held only once it has begun', () => {
    expect(checkTransition(planned, 'gehouden', new Date('2026-04-14T12:59:00Z')).ok).toBe(false);
    expect(checkTransition(planned, 'gehouden', new Date('2026-04-14T13:00:00Z')).ok).toBe(true);
  });

  it('plans a concept only when it has a place', () => {
    const concept = { ...planned, status: 'concept' as const, location: '' };
    expect(checkTransition(concept, 'gepland', new Date('2026-03-01'))).toEqual({
      ok: false,
      message: 'Vul eerst een locatie of online link in; daarna kun je het overleg definitief plannen.',
    });
    expect(
      checkTransition({ ...concept, onlineUrl: 'https://teams.example/x' }, 'gepland', new Date()).ok,
    ).toBe(true);
  });

  it('accepts only the listed cancel reasons', () => {
    expect(validateCancelReason('overmacht')).toEqual({ ok: true, value: 'overmacht' });
    expect(validateCancelReason('omdat ik dat wil')).toEqual({
      ok: false,
      errors: { reason: 'Kies waarom het overleg niet doorgaat.' },
    });
  });
});

describe('recorded changes', () => {
  const before = {
    status: 'gepland' as const,
    startsAt: '2026-04-14T13:00:00.000Z',
    endsAt: '2026-04-14T15:00:00.000Z',
    location: 'Gemeentehuis',
    onlineUrl: '',
  };

  it('records a new time and a new place of a planned meeting, with before and after', () => {
    const after = {
      ...before,
      startsAt: '2026-04-15T13:00:00.000Z',
      endsAt: '2026-04-15T15:00:00.000Z',
      location: 'Politiebureau',
    };
    expect(changesBetween(before, after)).toEqual([
      {
        kind: 'time',
        details: {
          before: { startsAt: before.startsAt, endsAt: before.endsAt },
          after: { startsAt: after.startsAt, endsAt: after.endsAt },
        },
      },
      {
        kind: 'place',
        details: {
          before: { location: 'Gemeentehuis', onlineUrl: '' },
          after: { location: 'Politiebureau', onlineUrl: '' },
        },
      },
    ]);
  });

  it('records nothing for a concept or when neither time nor place changed', () => {
    expect(changesBetween({ ...before, status: 'concept' }, { ...before, location: 'Elders' })).toEqual([]);
    expect(changesBetween(before, { ...before })).toEqual([]);
  });

  it('raises the SEQUENCE only for a change invitees were already sent', () => {
    const time = [{ kind: 'time' as const, details: {} }];
    expect(sequenceAfter(0, time, false)).toBe(0);
    expect(sequenceAfter(0, time, true)).toBe(1);
    expect(sequenceAfter(2, [{ kind: 'cancelled', details: {} }], true)).toBe(3);
    expect(sequenceAfter(2, [], true)).toBe(2);
  });

  it('describes a change in Dutch for the history', () => {
    const details = JSON.stringify({
      before: { startsAt: before.startsAt, endsAt: before.endsAt },
      after: { startsAt: '2026-04-15T13:00:00.000Z', endsAt: '2026-04-15T15:00:00.000Z' },
    });
    expect(describeChange('time', details)).toBe(
      'Tijd gewijzigd van dinsdag 14 april 2026, 15:00–17:00 naar woensdag 15 april 2026, 15:00–17:00',
    );
    expect(describeChange('cancelled', JSON.stringify({ reason: 'overmacht' }))).toBe(
      'Geannuleerd: overmacht',
    );
    expect(describeChange('planned', '{}')).toBe('Definitief gepland');
  });
});

describe('the topic deadline in words', () => {
  const deadline = '2026-03-24T22:59:00.000Z';
  it('counts calendar days in Amsterdam and says when the last day has come or gone', () => {
    expect(deadlineState(12, new Date('2026-03-12T09:00:00Z'), deadline)).toBe('open');
    expect(deadlineText('open', 12, deadline)).toBe('nog 12 dagen, tot en met dinsdag 24 maart 2026');
    expect(deadlineText('open', 1, deadline)).toBe('nog 1 dag, tot en met dinsdag 24 maart 2026');
    expect(deadlineState(0, new Date('2026-03-24T20:00:00Z'), deadline)).toBe('today');
    expect(deadlineText('today', 0, deadline)).toBe('vandaag is de laatste dag (dinsdag 24 maart 2026)');
    expect(deadlineState(0, new Date('2026-03-24T23:00:00Z'), deadline)).toBe('passed');
    expect(deadlineText('passed', -1, deadline)).toBe('gesloten sinds dinsdag 24 maart 2026');
  });
});

describe('the default meeting title', () => {
  it('names the month of the meeting in Amsterdam, and has none before a date is known', () => {
    expect(defaultMeetingTitle('2026-10-06T13:00:00.000Z')).toBe(
      'Ketenoverleg Veilige School – oktober 2026',
    );
    // 31 January 23:30 UTC is already 1 February in Amsterdam.
    expect(defaultMeetingTitle('2027-01-31T23:30:00.000Z')).toBe(
      'Ketenoverleg Veilige School – februari 2027',
    );
    expect(defaultMeetingTitle()).toBe('Ketenoverleg Veilige School');
  });
});

// The agreements' core with a fixed clock: carry-over to the next meeting, overdue, status changes, reminders.
import { describe, expect, it } from 'vitest';
import {
  type AgreementFacts,
  carriedOver,
  checkChange,
  effectiveDueDate,
  followingMeeting,
  isOverdue,
  reminderDue,
  validateRecording,
} from '../../src/agreements/agreements.js';

const april = {
  id: 1,
  startsAt: '2026-04-14T13:00:00.000Z',
  endsAt: '2026-04-14T15:00:00.000Z',
  status: 'gehouden',
};
const october = {
  id: 2,
  startsAt: '2026-10-06T13:00:00.000Z',
  endsAt: '2026-10-06T15:00:00.000Z',
  status: 'gepland',
};
const march = {
  id: 3,
  startsAt: '2027-03-09T14:00:00.000Z',
  endsAt: '2027-03-09T16:00:00.000Z',
  status: 'concept',
};

const agreement = (overrides: Partial<AgreementFacts> = {}): AgreementFacts => ({
  id: 10,
  meetingId: april.id,
  meetingStartsAt: april.startsAt,
  status: 'open',
  dueDate: null,
  dueNextMeeting: true,
  reportedDoneAt: null,
  handledAtMeetingId: null,
  ...overrides,
});

describe('carry-over to the next meeting', () => {
  it('lists open agreements of earlier meetings, oldest meeting first, and not those made at the meeting itself', () => {
    const older = agreement({ id: 5, meetingId: 0, meetingStartsAt: '2025-10-07T13:00:00.000Z' });
    const open = agreement({ id: 11 });
    const reported = agreement({ id: 12, reportedDoneAt: '2026-05-01T10:00:00.000Z' });
    const done = agreement({ id: 13, status: 'afgerond' });
    const expired = agreement({ id: 14, status: 'vervallen' });
    const madeInOctober = agreement({ id: 15, meetingId: october.id, meetingStartsAt: october.startsAt });
    const list = carriedOver([open, done, madeInOctober, reported, expired, older], october);
    expect(list.map((row) => row.id)).toEqual([5, 11, 12]);
  });

  it('keeps an agreement closed at this meeting on its agenda, but not one closed at another meeting', () => {
    const closedHere = agreement({ id: 20, status: 'afgerond', handledAtMeetingId: october.id });
    const closedEarlier = agreement({ id: 21, status: 'afgerond', handledAtMeetingId: 99 });
    expect(carriedOver([closedHere, closedEarlier], october).map((row) => row.id)).toEqual([20]);
    // At the meeting after that, it is history.
    expect(carriedOver([closedHere], march)).toEqual([]);
  });

  it('carries an open agreement on to every later meeting until it is closed', () => {
    const open = agreement();
    expect(carriedOver([open], october)).toHaveLength(1);
    expect(carriedOver([open], march)).toHaveLength(1);
    expect(carriedOver([open], april)).toHaveLength(0);
  });
});

describe('overdue, with a fixed clock', () => {
  const dated = agreement({ dueNextMeeting: false, dueDate: '2026-06-01' });

  it('is overdue from the day after its due date in Amsterdam, not on the day itself', () => {
    // 1 June 23:30 in Amsterdam is still the due date.
    expect(isOverdue(dated, null, new Date('2026-06-01T21:30:00Z'))).toBe(false);
    // 2 June 00:30 in Amsterdam (still 1 June in UTC) is the day after.
    expect(isOverdue(dated, null, new Date('2026-06-01T22:30:00Z'))).toBe(true);
  });

  it('is never overdue once afgerond or vervallen', () => {
    const now = new Date('2026-09-01T09:00:00Z');
    expect(isOverdue({ ...dated, status: 'afgerond' }, null, now)).toBe(false);
    expect(isOverdue({ ...dated, status: 'vervallen' }, null, now)).toBe(false);
  });

  it('"voor het volgende overleg" is overdue once the following meeting has ended', () => {
    const next = followingMeeting([march, october, april], april);
    expect(next?.id).toBe(october.id);
    const open = agreement();
    expect(isOverdue(open, next, new Date('2026-10-06T14:59:00Z'))).toBe(false);
    expect(isOverdue(open, next, new Date('2026-10-06T15:01:00Z'))).toBe(true);
    // No following meeting planned yet: not overdue.
    expect(isOverdue(open, null, new Date('2027-12-01T09:00:00Z'))).toBe(false);
  });

  it('skips a cancelled meeting when finding the following one', () => {
    const cancelled = { ...october, status: 'geannuleerd' };
    expect(followingMeeting([cancelled, march], april)?.id).toBe(march.id);
  });

  it('takes the following meeting’s date as the due date of "voor het volgende overleg"', () => {
    expect(effectiveDueDate(agreement(), october)).toBe('2026-10-06');
    expect(effectiveDueDate(agreement(), null)).toBeNull();
    expect(effectiveDueDate(dated, october)).toBe('2026-06-01');
  });
});

describe('reminders', () => {
  const open = { status: 'open' as const, reminderSentFor: null };

  it('is due within the configured days before the due date, and not after it', () => {
    expect(reminderDue(open, '2026-06-08', new Date('2026-05-31T09:00:00Z'), 7)).toBe(false);
    expect(reminderDue(open, '2026-06-08', new Date('2026-06-01T09:00:00Z'), 7)).toBe(true);
    expect(reminderDue(open, '2026-06-08', new Date('2026-06-08T09:00:00Z'), 7)).toBe(true);
    expect(reminderDue(open, '2026-06-08', new Date('2026-06-09T09:00:00Z'), 7)).toBe(false);
  });

  it('is sent once per due date: a renewed date gets a new reminder', () => {
    const reminded = { status: 'open' as const, reminderSentFor: '2026-06-08' };
    expect(reminderDue(reminded, '2026-06-08', new Date('2026-06-05T09:00:00Z'), 7)).toBe(false);
    expect(reminderDue(reminded, '2026-07-01', new Date('2026-06-28T09:00:00Z'), 7)).toBe(true);
    expect(
      reminderDue({ ...open, status: 'afgerond' }, '2026-06-08', new Date('2026-06-05T09:00:00Z'), 7),
    ).toBe(false);
  });
});

describe('status changes', () => {
  it('allows open → afgerond/vervallen and back to open, nothing between closed states', () => {
    expect(checkChange({ status: 'open', reportedDoneAt: null }, { kind: 'status', to: 'afgerond' }).ok).toBe(
      true,
    );
    expect(checkChange({ status: 'afgerond', reportedDoneAt: null }, { kind: 'status', to: 'open' }).ok).toBe(
      true,
    );
    expect(
      checkChange({ status: 'afgerond', reportedDoneAt: null }, { kind: 'status', to: 'vervallen' }),
    ).toEqual({
      ok: false,
      message: 'Dit kan alleen bij een open afspraak.',
    });
  });

  it('reports done once, and confirms only what was reported', () => {
    expect(checkChange({ status: 'open', reportedDoneAt: null }, { kind: 'report_done' }).ok).toBe(true);
    expect(checkChange({ status: 'open', reportedDoneAt: 'x' }, { kind: 'report_done' })).toMatchObject({
      ok: false,
      message: 'Deze afspraak is al gereed gemeld.',
    });
    expect(checkChange({ status: 'open', reportedDoneAt: null }, { kind: 'confirm_done' }).ok).toBe(false);
    expect(checkChange({ status: 'open', reportedDoneAt: 'x' }, { kind: 'confirm_done' }).ok).toBe(true);
    expect(
      checkChange({ status: 'vervallen', reportedDoneAt: null }, { kind: 'renew', due: { kind: 'next' } }).ok,
    ).toBe(false);
  });
});

describe('the recording form', () => {
  const block = (overrides = {}) => ({
    id: '',
    text: 'Halt geeft voorlichting over vuurwerk in alle tweede klassen',
    ownerIds: ['7'],
    dueKind: 'date',
    dueDate: '2026-12-01',
    status: 'open',
    remove: false,
    ...overrides,
  });

  it('skips empty blocks and names the agreement by number in each message', () => {
    const result = validateRecording(
      'Besproken.',
      [
        block(),
        block({ text: '', ownerIds: [], dueDate: '', dueKind: 'next' }),
        block({ text: '', dueKind: 'x' }),
      ],
      new Set([7]),
      new Set(),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        'a2-text': 'Vul bij afspraak 3 in wat er is afgesproken.',
        'a2-dueDate': 'Kies bij afspraak 3 een datum of “voor het volgende overleg”.',
      },
    });
  });

  it('accepts owners only from the offered organisations', () => {
    const result = validateRecording('', [block({ ownerIds: ['99'] })], new Set([7]), new Set());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['a0-owners']).toBe('Kies bij afspraak 1 wie de afspraak uitvoert.');
  });
});

// The insight core on fixtures with known answers: periods, the theme monitor, participation and follow-through.
import { describe, expect, it } from 'vitest';
import {
  type AgreementFact,
  followThrough,
  followThroughKind,
  halfYearOf,
  halfYearsUpTo,
  participation,
  type TopicFact,
  themeMonitor,
  yearOf,
  yearPeriod,
} from '../../src/insight/insight.js';

describe('periods', () => {
  it('knows calendar years and school years from 1 August to 31 July', () => {
    expect(yearPeriod(2026, 'kalenderjaar')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(yearPeriod(2026, 'schooljaar')).toEqual({ from: '2026-08-01', to: '2027-07-31' });
    expect(yearOf('2026-07-31', 'schooljaar')).toBe(2025);
    expect(yearOf('2026-08-01', 'schooljaar')).toBe(2026);
    expect(yearOf('2026-07-31', 'kalenderjaar')).toBe(2026);
  });

  it('splits each year in the halves the covenant meets in', () => {
    expect(halfYearOf('2026-06-30', 'kalenderjaar')).toMatchObject({ key: '2026-1', to: '2026-06-30' });
    expect(halfYearOf('2026-07-01', 'kalenderjaar')).toMatchObject({ key: '2026-2', from: '2026-07-01' });
    expect(halfYearOf('2027-01-31', 'schooljaar')).toMatchObject({
      key: '2026-1',
      from: '2026-08-01',
      to: '2027-01-31',
    });
    expect(halfYearOf('2027-02-01', 'schooljaar')).toMatchObject({
      key: '2026-2',
      from: '2027-02-01',
      to: '2027-07-31',
    });
    // February of a leap year ends on the 29th.
    expect(halfYearOf('2028-01-15', 'schooljaar').to).toBe('2028-01-31');
    expect(halfYearsUpTo(2026, 'kalenderjaar').map((half) => half.key)).toEqual([
      '2025-1',
      '2025-2',
      '2026-1',
      '2026-2',
    ]);
  });
});

const topic = (overrides: Partial<TopicFact> & Pick<TopicFact, 'id'>): TopicFact => ({
  themeId: 1,
  themeName: 'Roken en vapes',
  organisationId: 10,
  submittedOn: '2026-02-01',
  status: 'geagendeerd',
  mergedIntoId: null,
  ...overrides,
});

describe('theme monitor', () => {
  const halves = halfYearsUpTo(2026, 'kalenderjaar');

  it('counts topics and organisations per theme and half-year, merged and deferred topics once', () => {
    const rows = themeMonitor(
      [
        topic({ id: 1, organisationId: 10 }),
        // Merged into topic 1: one topic, but a second organisation raised it.
        topic({ id: 2, organisationId: 11, status: 'samengevoegd', mergedIntoId: 1 }),
        // Deferred from the spring to the autumn meeting: one topic, in the half-year it was submitted.
        topic({ id: 3, organisationId: 12, submittedOn: '2026-03-10', status: 'doorgeschoven' }),
        topic({ id: 4, organisationId: 10, submittedOn: '2026-09-01' }),
        topic({ id: 5, themeId: 2, themeName: 'Wapens en messen', submittedOn: '2025-10-01' }),
        topic({ id: 6, themeId: 2, themeName: 'Wapens en messen', submittedOn: '2026-10-01' }),
        topic({
          id: 7,
          themeId: 2,
          themeName: 'Wapens en messen',
          submittedOn: '2026-11-01',
          organisationId: 11,
        }),
        // Before the four half-years: not counted.
        topic({ id: 8, submittedOn: '2024-12-31' }),
      ],
      halves,
    );
    expect(rows.map((row) => row.themeName)).toEqual(['Roken en vapes', 'Wapens en messen']);
    const [smoking, weapons] = rows;
    expect(smoking?.cells).toEqual([
      { topics: 0, organisations: 0 },
      { topics: 0, organisations: 0 },
      { topics: 2, organisations: 3 },
      { topics: 1, organisations: 1 },
    ]);
    expect(smoking?.total).toEqual({ topics: 3, organisations: 3 });
    expect(smoking?.rising).toBe(false);
    expect(weapons?.cells.map((cell) => cell.topics)).toEqual([0, 1, 0, 2]);
    expect(weapons?.total).toEqual({ topics: 3, organisations: 2 });
    expect(weapons?.rising).toBe(true);
  });

  it('keeps a half-year without meetings as zeros and leaves out themes without topics', () => {
    const rows = themeMonitor([topic({ id: 1, submittedOn: '2025-03-01' })], halves);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.map((cell) => cell.topics)).toEqual([1, 0, 0, 0]);
    expect(themeMonitor([], halves)).toEqual([]);
  });
});

describe('participation', () => {
  const meetings = [
    { id: 1, title: 'Voorjaar', date: '2026-04-14', held: true },
    { id: 2, title: 'Najaar', date: '2026-10-06', held: false },
  ];

  it('tells per organisation and meeting who was invited, answered and came', () => {
    const rows = participation(
      meetings,
      [
        { meetingId: 1, organisationId: 10, organisationName: 'Polderlicht College', rsvp: 'ja' },
        { meetingId: 1, organisationId: 10, organisationName: 'Polderlicht College', rsvp: 'geen-reactie' },
        { meetingId: 1, organisationId: 20, organisationName: 'Brijder', rsvp: 'geen-reactie' },
        { meetingId: 2, organisationId: 10, organisationName: 'Polderlicht College', rsvp: 'nee' },
      ],
      [
        { meetingId: 1, organisationId: 10, organisationName: 'Polderlicht College', present: true },
        { meetingId: 1, organisationId: 20, organisationName: 'Brijder', present: false },
        // Came without an invitation.
        { meetingId: 1, organisationId: 30, organisationName: 'Halt', present: true },
      ],
    );
    expect(rows.map((row) => row.organisationName)).toEqual(['Brijder', 'Halt', 'Polderlicht College']);
    const [brijder, halt, school] = rows;
    expect(brijder?.cells).toEqual([
      { invited: true, answered: false, came: false },
      { invited: false, answered: false, came: null },
    ]);
    expect(halt?.cells[0]).toEqual({ invited: false, answered: false, came: true });
    expect(school).toMatchObject({ invited: 2, answered: 2, came: 1, recorded: 1 });
    expect(school?.cells[1]).toEqual({ invited: true, answered: true, came: null });
  });

  it('is empty without meetings or invitations', () => {
    expect(participation([], [], [])).toEqual([]);
    expect(participation(meetings, [], [])).toEqual([]);
  });
});

const agreement = (overrides: Partial<AgreementFact> & Pick<AgreementFact, 'id'>): AgreementFact => ({
  meetingId: 1,
  madeOn: '2026-04-14',
  dueDate: '2026-06-01',
  overdue: false,
  status: 'open',
  doneOn: null,
  owners: [{ id: 10, name: 'Polderlicht College' }],
  theme: { id: 1, name: 'Roken en vapes' },
  ...overrides,
});

describe('follow-through', () => {
  it('sorts every agreement into done on time, done late, open, overdue or cancelled', () => {
    expect(followThroughKind(agreement({ id: 1, status: 'afgerond', doneOn: '2026-06-01' }))).toBe(
      'doneOnTime',
    );
    expect(followThroughKind(agreement({ id: 1, status: 'afgerond', doneOn: '2026-06-02' }))).toBe(
      'doneLate',
    );
    expect(
      followThroughKind(agreement({ id: 1, status: 'afgerond', dueDate: null, doneOn: '2027-01-01' })),
    ).toBe('doneOnTime');
    expect(followThroughKind(agreement({ id: 1 }))).toBe('open');
    expect(followThroughKind(agreement({ id: 1, overdue: true }))).toBe('overdue');
    expect(followThroughKind(agreement({ id: 1, status: 'vervallen', overdue: true }))).toBe('cancelled');
  });

  it('counts in all, per organisation (each owner) and per theme', () => {
    const result = followThrough([
      agreement({ id: 1, status: 'afgerond', doneOn: '2026-05-20' }),
      agreement({
        id: 2,
        status: 'afgerond',
        doneOn: '2026-07-01',
        owners: [
          { id: 10, name: 'Polderlicht College' },
          { id: 20, name: 'Politie' },
        ],
      }),
      agreement({ id: 3, overdue: true, owners: [{ id: 20, name: 'Politie' }], theme: null }),
      agreement({ id: 4, theme: { id: 2, name: 'Alcohol' } }),
      agreement({ id: 5, status: 'vervallen', owners: [] }),
    ]);
    expect(result.total).toEqual({ made: 5, doneOnTime: 1, doneLate: 1, open: 1, overdue: 1, cancelled: 1 });
    expect(result.byOrganisation).toEqual([
      {
        id: 10,
        name: 'Polderlicht College',
        made: 3,
        doneOnTime: 1,
        doneLate: 1,
        open: 1,
        overdue: 0,
        cancelled: 0,
      },
      { id: 20, name: 'Politie', made: 2, doneOnTime: 0, doneLate: 1, open: 0, overdue: 1, cancelled: 0 },
    ]);
    expect(result.byTheme.map((group) => [group.name, group.made])).toEqual([
      ['Alcohol', 1],
      ['Roken en vapes', 3],
      ['', 1],
    ]);
    expect(result.byTheme.at(-1)?.id).toBeNull();
  });
});

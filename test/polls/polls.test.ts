// The date-poll core without an app: the tally per organisation, the best date and its tie-breaks, validation.
import { describe, expect, it } from 'vitest';
import type { PollAnswer } from '../../src/db/schema/index.js';
import {
  isAnswerable,
  type TallyInput,
  tallyPoll,
  validateAnswers,
  validatePoll,
} from '../../src/polls/polls.js';

// Three dates, deliberately not in date order: the tally sorts them.
const options = [
  { id: 11, startsAt: '2026-10-08T13:00:00.000Z', endsAt: '2026-10-08T15:00:00.000Z' },
  { id: 12, startsAt: '2026-10-06T13:00:00.000Z', endsAt: '2026-10-06T15:00:00.000Z' },
  { id: 13, startsAt: '2026-10-07T13:00:00.000Z', endsAt: '2026-10-07T15:00:00.000Z' },
];

function participant(id: number, organisationId: number, name: string, responded = true) {
  return {
    id,
    organisationId,
    organisationName: name,
    organisationKind: 'school' as const,
    respondedAt: responded ? '2026-09-01T10:00:00.000Z' : null,
  };
}

/** Answers per participant, in the order of `options` above (8, 6, 7 October). */
function input(
  participants: TallyInput['participants'],
  answers: Record<number, [PollAnswer, PollAnswer, PollAnswer]>,
): TallyInput {
  return {
    options,
    participants,
    answers: Object.entries(answers).flatMap(([participantId, row]) =>
      row.map((answer, index) => ({
        participantId: Number(participantId),
        optionId: options[index]?.id ?? 0,
        answer,
      })),
    ),
  };
}

describe('tallyPoll', () => {
  it('counts an organisation as available when at least one of its contacts is', () => {
    const tally = tallyPoll(
      input([participant(1, 100, 'Polderlicht College'), participant(2, 100, 'Polderlicht College')], {
        1: ['nee', 'nee', 'misschien'],
        2: ['ja', 'nee', 'nee'],
      }),
    );
    expect(tally.organisations).toEqual([
      {
        id: 100,
        name: 'Polderlicht College',
        kind: 'school',
        contacts: 2,
        responded: 2,
        // In date order: 6, 7, 8 October.
        availability: ['nee', 'misschien', 'ja'],
      },
    ]);
    expect(tally.options.map((o) => [o.id, o.available, o.maybe, o.unavailable, o.unknown])).toEqual([
      [12, 0, 0, 1, 0],
      [13, 0, 1, 0, 0],
      [11, 1, 0, 0, 0],
    ]);
  });

  it('leaves an organisation without any answer as unknown', () => {
    const tally = tallyPoll(input([participant(1, 100, 'Halt', false)], {}));
    expect(tally.organisations[0]?.availability).toEqual([null, null, null]);
    expect(tally.options.every((o) => o.unknown === 1)).toBe(true);
    expect(tally.best).toBeNull();
  });

  it('picks the date on which most organisations are available', () => {
    const tally = tallyPoll(
      input([participant(1, 100, 'A'), participant(2, 200, 'B'), participant(3, 300, 'C')], {
        1: ['ja', 'ja', 'nee'],
        2: ['ja', 'nee', 'nee'],
        3: ['nee', 'ja', 'ja'],
      }),
    );
    // 8 October: A, B; 6 October: A, C; 7 October: C — a tie of two on 6 and 8 October…
    expect(tally.best?.optionId).toBe(12);
    // …broken by nothing but the date, because neither has a "misschien".
    expect(tally.best?.rule).toBe('earliest');
  });

  it('breaks a tie on available organisations by the most "misschien"', () => {
    const tally = tallyPoll(
      input([participant(1, 100, 'A'), participant(2, 200, 'B'), participant(3, 300, 'C')], {
        1: ['ja', 'ja', 'nee'],
        2: ['misschien', 'nee', 'nee'],
        3: ['nee', 'nee', 'ja'],
      }),
    );
    // 8 October and 6 October both have one organisation available; 8 October also has a maybe.
    expect(tally.best).toEqual({ optionId: 11, rule: 'most-maybe' });
  });

  it('names the winner without a tie when one date has the most available organisations', () => {
    const tally = tallyPoll(
      input([participant(1, 100, 'A'), participant(2, 200, 'B')], {
        1: ['nee', 'ja', 'nee'],
        2: ['misschien', 'ja', 'misschien'],
      }),
    );
    // 6 October (the second column above): two available; the other dates only maybes.
    expect(tally.best).toEqual({ optionId: 12, rule: 'most-available' });
  });

  it('has no best date while nobody can come on any date', () => {
    const tally = tallyPoll(input([participant(1, 100, 'A')], { 1: ['nee', 'nee', 'nee'] }));
    expect(tally.best).toBeNull();
  });
});

describe('validatePoll', () => {
  const now = new Date('2026-08-24T09:00:00Z');
  const base = {
    title: 'Ketenoverleg oktober 2026',
    closesOn: '2026-09-07',
    startTime: '15:00',
    endTime: '17:00',
  };

  it('takes three to six dates, sorted, at the chosen Amsterdam times, closing at 23:59 on the closing day', () => {
    const result = validatePoll(base, ['2026-10-08', '2026-10-06', '2026-10-07'], now);
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Ketenoverleg oktober 2026',
        closesAt: '2026-09-07T21:59:00.000Z',
        options: [
          { startsAt: '2026-10-06T13:00:00.000Z', endsAt: '2026-10-06T15:00:00.000Z' },
          { startsAt: '2026-10-07T13:00:00.000Z', endsAt: '2026-10-07T15:00:00.000Z' },
          { startsAt: '2026-10-08T13:00:00.000Z', endsAt: '2026-10-08T15:00:00.000Z' },
        ],
      },
    });
  });

  it('refuses fewer than three or more than six dates, counting a repeated date once', () => {
    const two = validatePoll(base, ['2026-10-06', '2026-10-07', '2026-10-07'], now);
    expect(!two.ok && two.errors.dates).toBe('Vink 3 tot 6 data aan voor de peiling (nu 2).');
    const seven = ['05', '06', '07', '08', '13', '14', '15'].map((d) => `2026-10-${d}`);
    expect(validatePoll(base, seven, now).ok).toBe(false);
  });

  it('refuses a date in the past and a closing day on or after the first date', () => {
    const past = validatePoll(base, ['2026-08-20', '2026-10-06', '2026-10-07'], now);
    expect(!past.ok && past.errors.dates).toBe(
      'donderdag 20 augustus 2026 ligt in het verleden. Kies een latere datum.',
    );
    const late = validatePoll(
      { ...base, closesOn: '2026-10-06' },
      ['2026-10-06', '2026-10-07', '2026-10-08'],
      now,
    );
    expect(!late.ok && late.errors.closesOn).toBe(
      'De peiling moet sluiten vóór de eerste datum (dinsdag 6 oktober 2026).',
    );
    const gone = validatePoll(
      { ...base, closesOn: '2026-08-23' },
      ['2026-10-06', '2026-10-07', '2026-10-08'],
      now,
    );
    expect(!gone.ok && gone.errors.closesOn).toBe('Kies een dag vanaf vandaag.');
  });
});

describe('answers', () => {
  it('needs ja, misschien or nee for every date', () => {
    const result = validateAnswers({ 'answer-12': 'ja', 'answer-11': 'wellicht' }, options);
    expect(result).toEqual({
      ok: false,
      errors: {
        'answer-11': 'Kies ja, misschien of nee voor donderdag 8 oktober 2026.',
        'answer-13': 'Kies ja, misschien of nee voor woensdag 7 oktober 2026.',
      },
    });
    const all = validateAnswers({ 'answer-11': 'nee', 'answer-12': 'ja', 'answer-13': 'misschien' }, options);
    expect(all.ok && all.value).toEqual([
      { optionId: 11, answer: 'nee' },
      { optionId: 12, answer: 'ja' },
      { optionId: 13, answer: 'misschien' },
    ]);
  });

  it('are taken while the poll is open and its closing moment has not passed', () => {
    const poll = { status: 'open' as const, closesAt: '2026-09-07T21:59:00.000Z' };
    expect(isAnswerable(poll, new Date('2026-09-07T21:59:00.000Z'))).toBe(true);
    expect(isAnswerable(poll, new Date('2026-09-07T22:00:00.000Z'))).toBe(false);
    expect(isAnswerable({ ...poll, status: 'closed' }, new Date('2026-09-01T00:00:00Z'))).toBe(false);
  });
});

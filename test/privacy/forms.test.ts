// The privacy guard on the coordinator's meeting and poll forms: a pupil's name blocks the form and is stored
// nowhere (not in the database file, not in the outbox); a warning can be confirmed, and only who/when/category is kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { aWorld } from '../helpers/builders.js';
import { asStored, databaseBytes } from '../helpers/database-file.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { buildTestApp, type TestContext } from '../helpers/test-app.js';

let ctx: TestContext;
let coordinator: Agent;

// Monday 2 March 2026; the last meeting was on 7 October 2025, so the planner offers early April 2026.
beforeEach(async () => {
  ctx = await buildTestApp();
  const world = aWorld(ctx.deps.db);
  coordinator = sessionAgent(ctx, world.coordinator.id);
  aMeeting(ctx.deps.db, { date: '2025-10-07', status: 'gehouden' });
});
afterEach(async () => ctx.close());

const PUPIL = 'Daan de Vries';
const PHONE = '072 123 4567';
const rows = <T>(query: string) => ctx.deps.db.$client.prepare(query).all() as T[];
const searchForm = { periode: 'previous', weekdays: ['2', '3', '4'], startTime: '15:00', endTime: '17:00' };

async function startPoll(title: string) {
  await coordinator.get('/planner');
  return coordinator.post('/planner/poll', {
    ...searchForm,
    dates: ['2026-04-07', '2026-04-08', '2026-04-09'],
    title,
    closesOn: '2026-03-16',
  });
}

interface GuardedForm {
  name: string;
  /** Opens the form and returns a function that posts it with `text` in the guarded field. */
  open(): Promise<(text: string, extra?: Record<string, string>) => ReturnType<Agent['post']>>;
  /** The label the error summary names. */
  label: string;
  /** The `form` recorded with a confirmation. */
  form: string;
}

const forms: GuardedForm[] = [
  {
    name: 'new meeting (title)',
    label: 'Titel',
    form: 'meeting',
    async open() {
      await coordinator.get('/meetings/new');
      return (text, extra = {}) =>
        coordinator.post('/meetings', {
          title: `Ketenoverleg ${text}`,
          date: '2026-04-14',
          startTime: '15:00',
          endTime: '17:00',
          location: 'Gemeentehuis',
          onlineUrl: '',
          topicDeadline: '',
          intent: 'gepland',
          ...extra,
        });
    },
  },
  {
    name: 'date poll (name)',
    label: 'Naam van de peiling',
    form: 'poll',
    async open() {
      await coordinator.get('/planner');
      return (text, extra = {}) =>
        coordinator.post('/planner/poll', {
          ...searchForm,
          dates: ['2026-04-07', '2026-04-08', '2026-04-09'],
          title: `Peiling ${text}`,
          closesOn: '2026-03-16',
          ...extra,
        });
    },
  },
  {
    name: 'deciding a poll (location)',
    label: 'Locatie',
    form: 'meeting',
    async open() {
      const started = await startPoll('Ketenoverleg april 2026');
      const pollId = /\/polls\/(\d+)/.exec(started.headers.location ?? '')?.[1];
      const [option] = rows<{ id: number }>(
        `select id from date_poll_options where poll_id = ${pollId} order by starts_at`,
      );
      await coordinator.get(`/polls/${pollId}`);
      return (text, extra = {}) =>
        coordinator.post(`/polls/${pollId}/decide`, {
          optionId: String(option?.id),
          title: 'Ketenoverleg april 2026',
          location: `Gemeentehuis ${text}`,
          onlineUrl: '',
          ...extra,
        });
    },
  },
];

describe.each(forms)('the privacy guard on the $name form', (guarded) => {
  it('blocks a pupil’s name: the form shows what to remove, and the name is nowhere in the database or outbox', async () => {
    const post = await guarded.open();
    const outboxBefore = rows('select id from outbox').length;
    const response = await post(`over ${PUPIL} uit 3B`);
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(`De tekst bij “${guarded.label}” lijkt persoonsgegevens te bevatten`);
    expect(response.body).toContain(`<mark class="ko-privacy__block">${PUPIL}</mark>`);
    expect(response.body).not.toContain('name="privacyConfirm"');
    expect(rows('select id from outbox')).toHaveLength(outboxBefore);
    expect(databaseBytes(ctx)).not.toContain(asStored(PUPIL));
  });

  it('warns about a phone number and saves once the coordinator confirms, recording only the category', async () => {
    const post = await guarded.open();
    const warned = await post(`(balie ${PHONE})`);
    expect(warned.statusCode).toBe(422);
    expect(warned.body).toContain(`De tekst bij “${guarded.label}” bevat misschien een persoonsgegeven`);
    const fingerprint = /name="privacyConfirm" value="([0-9a-f]+)"/.exec(warned.body)?.[1] ?? '';
    expect(fingerprint).not.toBe('');

    const saved = await post(`(balie ${PHONE})`, { privacyConfirm: fingerprint });
    expect(saved.statusCode).toBe(302);
    expect(rows('select form, category, contact_id as contact from privacy_confirmations')).toEqual([
      { form: guarded.form, category: 'phone', contact: expect.any(Number) },
    ]);
    expect(databaseBytes(ctx)).toContain(asStored(PHONE));
  });
});

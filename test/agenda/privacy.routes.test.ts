// The privacy guard on the agenda's free-text forms: blocked text is stored nowhere, warnings can be confirmed.
import { beforeEach, describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import type { Agent } from '../helpers/agent.js';
import { aTheme } from '../helpers/builders.js';
import { databaseBytes } from '../helpers/database-file.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp({ start: '2026-03-02T09:00:00.000Z' });
let theme: ReturnType<typeof aTheme>;
let meeting: ReturnType<typeof aMeeting>;

beforeEach(() => {
  theme = aTheme(ctx.deps.db, { name: 'Schorsing en verwijdering' });
  meeting = aMeeting(ctx.deps.db);
});

const count = (table: string) =>
  (ctx.deps.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

const topicForm = (overrides: Record<string, string> = {}) => ({
  meeting: String(meeting.id),
  themeId: String(theme.id),
  title: 'Schorsingen in de onderbouw',
  description: 'We zien meer schorsingen in de onderbouw en willen de aanpak afstemmen.',
  desiredOutcome: 'bespreken',
  suggestedMinutes: '15',
  ...overrides,
});

describe('the topic form', () => {
  it('blocks a pupil’s name: shows what to remove, and the text is nowhere in the database file', async () => {
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get('/topics/new');
    const response = await agent.post(
      '/topics',
      topicForm({ description: 'Gesprek over Daan Zwanenburg uit 3B die steeds spijbelt.' }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('De tekst bij “Toelichting” lijkt persoonsgegevens te bevatten.');
    expect(response.body).toContain('<mark class="ko-privacy__block">Daan Zwanenburg</mark>');
    expect(response.body).toContain('href="#field-description"');
    expect(response.body).not.toContain('name="privacyConfirm"');

    // The writer cannot override a block.
    const forced = await agent.post(
      '/topics',
      topicForm({
        description: 'Gesprek over Daan Zwanenburg uit 3B die steeds spijbelt.',
        privacyConfirm: 'x',
      }),
    );
    expect(forced.statusCode).toBe(422);
    expect(count('topics')).toBe(0);
    expect(count('outbox')).toBe(0);
    expect(databaseBytes(ctx)).not.toContain('Zwanenburg');
  });

  it('blocks a name in the title too', async () => {
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get('/topics/new');
    const response = await agent.post('/topics', topicForm({ title: 'Leerling Sem Zwanenburg' }));
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('De tekst bij “Titel” lijkt persoonsgegevens te bevatten.');
    expect(count('topics')).toBe(0);
    expect(databaseBytes(ctx)).not.toContain('Zwanenburg');
  });

  it('lets the writer confirm a warning; stores the topic and who confirmed which category, not the text', async () => {
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get('/topics/new');
    const description = 'Vragen over schorsingen kunnen naar de receptie, 072 567 8901.';
    const warned = await agent.post('/topics', topicForm({ description }));
    expect(warned.statusCode).toBe(422);
    expect(warned.body).toContain('De tekst bij “Toelichting” bevat misschien een persoonsgegeven.');
    const fingerprint = /name="privacyConfirm" value="([0-9a-f]+)"/.exec(warned.body)?.[1];
    expect(fingerprint).toBeDefined();
    expect(count('topics')).toBe(0);

    const wrong = await agent.post('/topics', topicForm({ description, privacyConfirm: 'niet-deze' }));
    expect(wrong.statusCode).toBe(422);

    const saved = await agent.post('/topics', topicForm({ description, privacyConfirm: fingerprint ?? '' }));
    expect(saved.statusCode).toBe(302);
    expect(count('topics')).toBe(1);
    // The byte check of the other tests finds stored text: this one was stored.
    expect(databaseBytes(ctx)).toContain('Schorsingen in de onderbouw');
    const confirmations = ctx.deps.db.$client.prepare('select * from privacy_confirmations').all();
    expect(confirmations).toEqual([
      {
        id: 1,
        contact_id: world.schoolMember.id,
        form: 'topic',
        category: 'phone',
        at: '2026-03-02T09:00:00.000Z',
      },
    ]);
  });
});

describe('the decline reason', () => {
  let agent: Agent;
  let declineUrl: string;

  beforeEach(async () => {
    const topic = aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: meeting.id,
    });
    declineUrl = `/meetings/${meeting.id}/topics/${topic.id}/decline`;
    agent = sessionAgent(ctx, world.coordinator.id);
    await agent.get(declineUrl);
  });

  it('blocks a name in the reason: the topic keeps its status, no mail, the text stored nowhere', async () => {
    const response = await agent.post(declineUrl, {
      reason: 'De moeder van Fleur Zwanenburg heeft dit al gemeld.',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('De tekst bij “Reden” lijkt persoonsgegevens te bevatten.');
    const status = ctx.deps.db.$client.prepare('select status, decline_reason from topics').get();
    expect(status).toEqual({ status: 'ingediend', decline_reason: null });
    expect(count('outbox')).toBe(0);
    expect(databaseBytes(ctx)).not.toContain('Zwanenburg');
  });

  it('records a confirmed warning in the reason for the decline form', async () => {
    const reason = 'Bel voor overleg het zorgloket op 072 567 8901.';
    const warned = await agent.post(declineUrl, { reason });
    const fingerprint = /name="privacyConfirm" value="([0-9a-f]+)"/.exec(warned.body)?.[1] ?? '';
    const saved = await agent.post(declineUrl, {
      reason,
      privacyConfirm: fingerprint,
    });
    expect(saved.statusCode).toBe(302);
    expect(ctx.deps.db.$client.prepare('select form, category from privacy_confirmations').all()).toEqual([
      { form: 'decline-reason', category: 'phone' },
    ]);
    expect(count('outbox')).toBe(1);
  });
});

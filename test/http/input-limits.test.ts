// Issue 14 point 7, the input classes a form checks itself: length limits on every field, control and bidi characters
// in names and titles, a sane meeting date, and a form that changes nothing saving nothing.
import { describe, expect, it } from 'vitest';
import { MAX_FORM_FIELD } from '../../src/http/forms.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting, aMeetingForm } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp({ start: '2026-03-02T09:00:00.000Z' });

async function coordinatorOn(page: string) {
  const agent = sessionAgent(ctx, world.coordinator.id);
  await agent.get(page);
  return agent;
}

describe('length limits', () => {
  it('gives every declared field of every form a maximum length in its schema', () => {
    const forms = ctx.app.routeTable.filter((route) => route.body !== undefined);
    expect(forms.length).toBeGreaterThan(30);
    for (const route of forms) {
      const properties = (
        route.body as { properties?: Record<string, { type?: string; maxLength?: number }> }
      ).properties;
      for (const [field, schema] of Object.entries(properties ?? {})) {
        if (schema.type === 'string')
          expect(schema.maxLength ?? 0, `${route.method} ${route.url} ${field}`).toBeGreaterThan(0);
      }
    }
  });

  it('refuses a place of 200,000 characters with the Dutch page, and one over 120 beside the field', async () => {
    const agent = await coordinatorOn('/organisations/new');
    const huge = await agent.post('/organisations', {
      name: 'Lang College',
      kind: 'school',
      place: 'x'.repeat(200_000),
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.body).toContain('Een van de velden is te lang');
    expect(huge.body).not.toContain('xxxxxxxxxx');
    expect(MAX_FORM_FIELD).toBeLessThan(200_000);

    await agent.get('/organisations/new');
    const long = await agent.post('/organisations', {
      name: 'Lang College',
      kind: 'school',
      place: 'y'.repeat(121),
    });
    expect(long.statusCode).toBe(422);
    expect(long.body).toContain('Gebruik maximaal 120 tekens.');
    expect(long.body).toContain(`value="${'y'.repeat(121)}"`);
    expect(sql("select * from organisations where name = 'Lang College'")).toEqual([]);
  });
});

describe('characters no one types', () => {
  it('refuses NUL, line breaks, other controls and bidi overrides in names and titles', async () => {
    const cases = [
      ['Nul\u0000College', 'onzichtbare tekens'],
      ['Regel\r\nCollege', 'op één regel'],
      ['Bel\u0007College', 'onzichtbare tekens'],
      ['Omgekeerd \u202Eegelloc', 'onzichtbare tekens'],
      ['Isolaat \u2066College\u2069', 'onzichtbare tekens'],
    ] as const;
    const organisations = () => sql('select id, name from organisations');
    const before = organisations();
    for (const [name, message] of cases) {
      const agent = await coordinatorOn('/organisations/new');
      const response = await agent.post('/organisations', { name, kind: 'school' });
      expect(response.statusCode, JSON.stringify(name)).toBe(422);
      expect(response.body, JSON.stringify(name)).toContain(message);
    }
    expect(organisations()).toEqual(before);

    const agent = await coordinatorOn('/meetings/new');
    const meeting = await agent.post('/meetings', {
      ...aMeetingForm({ title: 'Overleg \u202Egnirov' }),
      intent: 'concept',
    });
    expect(meeting.statusCode).toBe(422);
    expect(meeting.body).toContain('Hier staan onzichtbare tekens in');
    expect(sql('select * from meetings')).toEqual([]);
  });

  it('keeps line breaks in longer texts, and accents and right-to-left letters in names', async () => {
    const agent = await coordinatorOn('/organisations/new');
    const ok = await agent.post('/organisations', {
      name: 'Café مدرسة',
      kind: 'school',
      place: 'Heerhugowaard',
    });
    expect(ok.statusCode).toBe(302);
    expect(sql("select name from organisations where place = 'Heerhugowaard'")).toEqual([
      { name: 'Café مدرسة' },
    ]);
  });
});

describe('the meeting date', () => {
  it('lies within five years of today', async () => {
    for (const date of ['1900-01-01', '9999-12-31', '2020-12-31', '2032-01-01']) {
      const agent = await coordinatorOn('/meetings/new');
      const response = await agent.post('/meetings', { ...aMeetingForm({ date }), intent: 'concept' });
      expect(response.statusCode, date).toBe(422);
      expect(response.body, date).toContain('Kies een datum tussen 2021 en 2031.');
      expect(response.body, date).toContain(`value="${date}"`);
    }
    expect(sql('select * from meetings')).toEqual([]);
    const agent = await coordinatorOn('/meetings/new');
    const far = await agent.post('/meetings', { ...aMeetingForm({ date: '2031-12-30' }), intent: 'concept' });
    expect(far.statusCode).toBe(302);
  });
});

describe('a form that changes nothing', () => {
  it('says so and writes no audit entry: the durations form sent empty or as it was', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const agent = await coordinatorOn(`/meetings/${meeting.id}/agenda/edit`);
    const items = () =>
      sql<{ id: number; minutes: number }>('select id, minutes from agenda_items order by position');
    const [first] = items();
    expect(first).toBeDefined();
    for (const form of [{}, { [`minutes-${first?.id}`]: String(first?.minutes) }]) {
      const response = await agent.post(`/meetings/${meeting.id}/agenda/durations`, form);
      expect(response.statusCode).toBe(302);
      const page = await agent.get(`/meetings/${meeting.id}/agenda/edit`);
      expect(page.body).toContain('Er is niets gewijzigd: de tijden waren al zo.');
      expect(page.body).not.toContain('De tijden zijn opgeslagen.');
    }
    expect(sql("select * from audit_log where entity = 'agenda'")).toEqual([]);

    await agent.post(`/meetings/${meeting.id}/agenda/durations`, { [`minutes-${first?.id}`]: '7' });
    expect((await agent.get(`/meetings/${meeting.id}/agenda/edit`)).body).toContain(
      'De tijden zijn opgeslagen.',
    );
    expect(sql("select action from audit_log where entity = 'agenda'")).toEqual([{ action: 'update' }]);
  });
});

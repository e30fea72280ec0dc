// A text typed in a textarea over several lines is shown with its line breaks on every page that shows it: inside an
// element of the `ko-lines` class (CSS white-space: pre-line), exactly as stored and escaped.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAgendaRepository } from '../../src/agenda/agenda.repository.js';
import { aTopic } from '../helpers/agenda-builders.js';
import { Agent } from '../helpers/agent.js';
import { aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';
import { deliverAndRead, rsvpPathIn } from '../invitations/mail-reader.js';

// During the April meeting (Tuesday 14 April 2026, 15:00–17:00 in Amsterdam).
const { ctx, world, sql } = useTestApp({ start: '2026-04-14T14:00:00.000Z' });
let meeting: ReturnType<typeof aMeeting>;

beforeEach(() => {
  meeting = aMeeting(ctx.deps.db);
  createAgendaRepository(ctx.deps.db).ensureStandingItems(meeting.id);
});

/** A text as a browser sends a textarea (CRLF), with what HTML escapes, typographic quotes, accents and an emoji. */
const typed = (first: string) =>
  `${first} & “de <aanpak>”\r\nVolgende regel: één – ë 🚸\r\n\r\nNa een witregel`;

/** The text as the app stores and shows it: each CRLF the browser sent is one line break (see parseFormBody). */
const stored = (text: string) => text.replaceAll('\r\n', '\n');

/** How many times the (typed) text appears as the whole content of an element that keeps line breaks. */
function shownWithLines(body: string, text: string): number {
  const escaped = Handlebars.escapeExpression(stored(text)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return body.match(new RegExp(`class="(?:[^"]* )?ko-lines(?: [^"]*)?"[^>]*>${escaped}<`, 'g'))?.length ?? 0;
}

describe('texts typed over several lines', () => {
  it('keep their line breaks wherever they are shown', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const member = sessionAgent(ctx, world.schoolMember.id);

    // Minutes and an agreement, recorded by the coordinator; a progress note by the owner.
    const itemId = createAgendaRepository(ctx.deps.db).items(meeting.id)[1]?.id ?? 0;
    const minutes = typed('Besproken');
    const agreement = typed('Afspraak');
    await coordinator.get(`/meetings/${meeting.id}/verslag/${itemId}`);
    const recorded = await coordinator.post(`/meetings/${meeting.id}/verslag/${itemId}`, {
      count: '1',
      minutes,
      'a0-text': agreement,
      'a0-owners': [String(world.school.id)],
      'a0-dueKind': 'next',
      'a0-status': 'open',
    });
    expect(recorded.statusCode).toBe(302);
    const agreementId = sql<{ id: number }>('select id from agreements')[0]?.id;
    const note = typed('Voortgang');
    await member.get(`/agreements/${agreementId}`);
    expect((await member.post(`/agreements/${agreementId}/notes`, { text: note })).statusCode).toBe(302);
    expect(sql('select text from minutes union all select text from agreements')).toEqual([
      { text: stored(minutes) },
      { text: stored(agreement) },
    ]);
    expect(sql('select text from agreement_notes')).toEqual([{ text: stored(note) }]);

    const verslag = (await coordinator.get(`/meetings/${meeting.id}/verslag`)).body;
    expect(shownWithLines(verslag, minutes)).toBe(1);
    expect(shownWithLines(verslag, agreement)).toBe(1);
    const detail = (await member.get(`/agreements/${agreementId}`)).body;
    expect(shownWithLines(detail, agreement)).toBe(1);
    expect(shownWithLines(detail, note)).toBe(1);
    expect(shownWithLines((await coordinator.get('/agreements')).body, agreement)).toBe(1);
    expect(shownWithLines((await coordinator.get('/agreements/print')).body, agreement)).toBe(1);
    expect(shownWithLines((await member.get('/')).body, agreement)).toBe(1);
    expect(
      shownWithLines((await coordinator.get('/insight/report?jaar=2026&soort=kalenderjaar')).body, agreement),
    ).toBe(1);
    // The next meeting's agenda lists the open agreement with its history, the note among it.
    const next = aMeeting(ctx.deps.db, { date: '2026-06-09' });
    createAgendaRepository(ctx.deps.db).ensureStandingItems(next.id);
    const agenda = (await coordinator.get(`/meetings/${next.id}/agenda`)).body;
    expect(shownWithLines(agenda, agreement)).toBe(1);
    expect(shownWithLines(agenda, note)).toBe(1);

    // A declined topic's reason, on the school's topic list and on the triage page.
    const theme = aTheme(ctx.deps.db, { name: 'Drugs en lachgas' });
    const topic = aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: next.id,
      submittedBy: world.schoolMember.id,
    });
    const reason = typed('Past beter bij het zorgoverleg');
    await coordinator.get(`/meetings/${next.id}/topics/${topic.id}/decline`);
    await coordinator.post(`/meetings/${next.id}/topics/${topic.id}/decline`, { reason });
    expect(shownWithLines((await member.get('/topics')).body, reason)).toBe(1);
    expect(shownWithLines((await coordinator.get(`/meetings/${next.id}/topics`)).body, reason)).toBe(1);

    // A theme's description.
    const description = typed('Over vapes');
    await coordinator.get('/themes/new');
    await coordinator.post('/themes', { name: 'Roken en vapes', description });
    expect(shownWithLines((await coordinator.get('/themes')).body, description)).toBe(1);

    // An RSVP comment, on the coordinator's invitations page.
    await coordinator.get(`/meetings/${next.id}/invitations`);
    await coordinator.post(`/meetings/${next.id}/invitations`, {
      contactIds: [String(world.schoolMember.id)],
    });
    const invitation = (await deliverAndRead(ctx)).find(
      (mail) => mail.to === 'zorg@testcollege.example' && mail.mimeMethod === 'REQUEST',
    );
    if (!invitation) throw new Error('no invitation for the school');
    const comment = typed('Ik kom later');
    const rsvp = new Agent(ctx.app);
    await rsvp.get(rsvpPathIn(invitation));
    await rsvp.post(rsvpPathIn(invitation), { rsvp: 'ja', comment });
    expect(sql('select rsvp_comment as comment from invitations')).toEqual([{ comment: stored(comment) }]);
    expect(shownWithLines((await coordinator.get(`/meetings/${next.id}/invitations`)).body, comment)).toBe(1);
  });

  it('are shown with white-space: pre-line', () => {
    const css = readFileSync(new URL('../../public/css/app.css', import.meta.url), 'utf8');
    expect(css).toMatch(/\.ko-lines \{\n {2}white-space: pre-line;\n\}/);
  });
});

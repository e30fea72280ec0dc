// Organisation × page: for every kind of organisation, the meeting page, the meetings list, the agenda, the start
// page, the calendar download and the published agenda's mail agree on whether it takes part (one rule:
// `participants` in src/invitations/invitations.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import { aContact, anOrganisation, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting, anInvitation } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();

type Row = { organisation: string; memberId: number; email: string; takesPart: boolean };
let rows: Row[];
let meeting: ReturnType<typeof aMeeting>;

beforeEach(async () => {
  const db = ctx.deps.db;
  const politie = anOrganisation(db, { name: 'Politie Noord-Holland Noord', kind: 'core' });
  const brijder = anOrganisation(db, { name: 'Brijder Verslavingszorg', kind: 'optional' });
  const jongerenwerk = anOrganisation(db, { name: 'Jongerenwerk Dijk en Waard', kind: 'optional' });
  const theme = aTheme(db, { name: 'Roken en vapes', partnerIds: [brijder.id] });
  // The unrelated partner (world.partner) is linked to a theme that has no accepted topic.
  const otherTheme = aTheme(db, { name: 'Schorsing en verwijdering', partnerIds: [world.partner.id] });
  meeting = aMeeting(db, { title: 'Ketenoverleg voorjaar 2026' });
  const vapes = aTopic(db, {
    organisationId: world.school.id,
    themeId: theme.id,
    meetingId: meeting.id,
    title: 'Vapes in de onderbouw',
  });
  aTopic(db, {
    organisationId: world.school.id,
    themeId: otherTheme.id,
    meetingId: meeting.id,
    title: 'Een ingediend punt',
    status: 'ingediend',
  });
  const jongerenwerker = aContact(db, jongerenwerk.id, { email: 'jw@jongerenwerk.example', access: 'none' });
  anInvitation(db, meeting.id, jongerenwerker.id);

  const member = (organisationId: number, email: string) => aContact(db, organisationId, { email }).id;
  rows = [
    {
      organisation: 'school',
      memberId: world.schoolMember.id,
      email: world.schoolMember.email,
      takesPart: true,
    },
    {
      organisation: 'core partner',
      memberId: member(politie.id, 'jeugdagent@politie.example'),
      email: 'jeugdagent@politie.example',
      takesPart: true,
    },
    {
      organisation: 'partner invited by the theme of an accepted topic',
      memberId: member(brijder.id, 'preventie@brijder.example'),
      email: 'preventie@brijder.example',
      takesPart: true,
    },
    {
      organisation: 'partner invited by hand (an invitation row)',
      memberId: member(jongerenwerk.id, 'coordinator@jongerenwerk.example'),
      email: 'coordinator@jongerenwerk.example',
      takesPart: true,
    },
    {
      organisation: 'uninvited partner',
      memberId: world.partnerMember.id,
      email: world.partnerMember.email,
      takesPart: false,
    },
  ];

  // The coordinator accepts the vapes topic, which brings Brijder in, and publishes the agenda.
  const coordinator = sessionAgent(ctx, world.coordinator.id);
  await coordinator.get(`/meetings/${meeting.id}/topics`);
  expect((await coordinator.post(`/meetings/${meeting.id}/topics/${vapes.id}/accept`)).statusCode).toBe(302);
  await coordinator.get(`/meetings/${meeting.id}/agenda/edit`);
  // Publishing confirms the preview, which names the recipients (the same rule again).
  const preview = await coordinator.get(`/meetings/${meeting.id}/agenda/publish`);
  const digest = /name="preview" value="([^"]+)"/.exec(preview.body)?.[1] ?? '';
  expect(preview.body).toContain('Brijder Verslavingszorg');
  expect(preview.body).not.toContain(world.partner.name);
  expect(
    (await coordinator.post(`/meetings/${meeting.id}/agenda/publish`, { preview: digest })).statusCode,
  ).toBe(302);
});

describe('which organisation sees a meeting', () => {
  it('gives the same answer on the meeting page, the list, the agenda, the start page and the agenda mail', async () => {
    const mailedTo = sql<{ to_address: string }>(
      'select to_address from outbox where purpose = ?',
      `agenda-published:${meeting.id}`,
    ).map((row) => row.to_address);

    const seen = [];
    for (const row of rows) {
      const agent = sessionAgent(ctx, row.memberId);
      const page = await agent.get(`/meetings/${meeting.id}`);
      const list = await agent.get('/meetings');
      const agenda = await agent.get(`/meetings/${meeting.id}/agenda`);
      const start = await agent.get('/');
      const download = await agent.get(`/meetings/${meeting.id}/invite.ics`);
      seen.push({
        organisation: row.organisation,
        meetingPage: page.statusCode === 200 && page.body.includes('Ketenoverleg voorjaar 2026'),
        list: list.statusCode === 200 && list.body.includes('Ketenoverleg voorjaar 2026'),
        agenda: agenda.statusCode === 200 && agenda.body.includes('Vapes in de onderbouw'),
        startPage: start.statusCode === 200 && start.body.includes(`href="/meetings/${meeting.id}"`),
        agendaMail: mailedTo.includes(row.email),
        calendarDownload: download.statusCode === 200 && download.body.includes('BEGIN:VEVENT'),
      });
      if (!row.takesPart) {
        expect(page.statusCode, row.organisation).toBe(404);
        expect(agenda.statusCode, row.organisation).toBe(404);
      } else {
        // The agenda's breadcrumb leads to the meeting page, which answers.
        expect(agenda.body, row.organisation).toContain(`href="/meetings/${meeting.id}"`);
      }
    }
    expect(seen).toEqual(
      rows.map((row) => ({
        organisation: row.organisation,
        meetingPage: row.takesPart,
        list: row.takesPart,
        agenda: row.takesPart,
        startPage: row.takesPart,
        agendaMail: row.takesPart,
        calendarDownload: row.takesPart,
      })),
    );
    // The manually invited partner's invited contact does not log in but does get the agenda.
    expect(mailedTo).toContain('jw@jongerenwerk.example');
  });

  it('hides a concept from every member, whatever their organisation', async () => {
    const concept = aMeeting(ctx.deps.db, { title: 'Het concept', status: 'concept', date: '2026-10-06' });
    for (const row of rows) {
      const agent = sessionAgent(ctx, row.memberId);
      expect((await agent.get(`/meetings/${concept.id}`)).statusCode, row.organisation).toBe(404);
      expect((await agent.get(`/meetings/${concept.id}/agenda`)).statusCode, row.organisation).toBe(404);
      expect((await agent.get('/meetings')).body, row.organisation).not.toContain('Het concept');
    }
  });
});

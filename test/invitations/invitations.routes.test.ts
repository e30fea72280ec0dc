// Invitations through the real routes: the proposal with its reasons, sending one REQUEST per contact, adding and
// removing one invitee, every mail read back with mailparser and its calendar with ical.js.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAgendaRepository } from '../../src/agenda/agenda.repository.js';
import { applyReply } from '../../src/calendar/calendar.actions.js';
import { createMeetingsRepository } from '../../src/meetings/meetings.repository.js';
import { actionContext } from '../helpers/action-context.js';
import { aTopic } from '../helpers/agenda-builders.js';
import { Agent } from '../helpers/agent.js';
import { aContact, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting, aMeetingForm } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';
import { attendeeOf, deliverAndRead, type ReadMail, rsvpPathIn } from './mail-reader.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;
let meetingId: number;

// Monday 2 March 2026; the meeting is Tuesday 14 April 2026, 15:00–17:00 in Amsterdam.
beforeEach(() => {
  const theme = aTheme(ctx.deps.db, { name: 'Roken en vapes', partnerIds: [world.partner.id] });
  meetingId = aMeeting(ctx.deps.db).id;
  aTopic(ctx.deps.db, {
    organisationId: world.school.id,
    themeId: theme.id,
    meetingId,
    title: 'Vapes in de onderbouw',
    status: 'geagendeerd',
  });
  coordinator = sessionAgent(ctx, world.coordinator.id);
});

const invitationRows = () =>
  sql<{ contact_id: number; reason: string; sent_sequence: number | null; removed_at: string | null }>(
    'select contact_id, reason, sent_sequence, removed_at from invitations where meeting_id = ? order by contact_id',
    meetingId,
  );

async function sendTo(contactIds: number[]) {
  await coordinator.get(`/meetings/${meetingId}/invitations`);
  const response = await coordinator.post(`/meetings/${meetingId}/invitations`, {
    contactIds: contactIds.map(String),
  });
  expect(response.statusCode).toBe(302);
}

describe('the invitation proposal', () => {
  it('proposes schools, core partners and the partner of an accepted topic’s theme, each with the reason in words', async () => {
    const page = await coordinator.get(`/meetings/${meetingId}/invitations`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Testpartner — Piet Partner');
    expect(page.body).toContain('vanwege agendapunt ‘Vapes in de onderbouw’, thema Roken en vapes');
    expect(page.body).toContain('Testcollege — Sietske School');
    expect(page.body).toContain('school, altijd uitgenodigd');
    expect(page.body).toContain('Gemeente Testwaard — Cora Coördinator');
    // Nothing has been sent by looking at it.
    expect(invitationRows()).toEqual([]);
  });
});

describe('sending invitations', () => {
  it('sends one iMIP REQUEST per contact that says why the contact is invited and has three answer buttons', async () => {
    await sendTo([world.schoolMember.id, world.partnerMember.id]);
    const mails = await deliverAndRead(ctx);
    expect(mails.map((mail) => mail.to).sort()).toEqual([
      'medewerker@partner.example',
      'zorg@testcollege.example',
    ]);

    const partner = mails.find((mail) => mail.to === 'medewerker@partner.example');
    if (!partner?.event || !partner.calendar) throw new Error('no calendar in the partner’s mail');
    expect(partner.mail.subject).toBe(
      'Uitnodiging: Ketenoverleg Veilige School – april 2026, dinsdag 14 april 2026, 15:00–17:00',
    );
    expect(partner.mimeMethod).toBe('REQUEST');
    expect(partner.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(partner.event.getFirstPropertyValue('uid')).toBe(`meeting-${meetingId}@localhost`);
    expect(partner.event.getFirstPropertyValue('sequence')).toBe(0);
    expect(String(partner.event.getFirstPropertyValue('organizer'))).toBe(`mailto:${ctx.config.mailFrom}`);
    expect(attendeeOf(partner)).toMatchObject({
      value: 'mailto:medewerker@partner.example',
      role: 'OPT-PARTICIPANT',
      rsvp: 'TRUE',
      partstat: 'NEEDS-ACTION',
      cn: 'Piet Partner',
    });
    const start = partner.event.getFirstPropertyValue('dtstart') as unknown as {
      toString(): string;
      timezone: string;
    };
    expect(start.toString()).toBe('2026-04-14T15:00:00');
    const text = partner.mail.text ?? '';
    expect(text).toContain('Testpartner — vanwege agendapunt ‘Vapes in de onderbouw’, thema Roken en vapes');
    expect(text).toContain('Gemeentehuis, zaal De Waard');
    expect(text).toContain('Vapes in de onderbouw (Roken en vapes)');
    expect(text).toMatch(/Ik kom: http:\/\/localhost:\d+\/rsvp\/[A-Za-z0-9_-]{40,}\?antwoord=ja/);
    expect(text).toMatch(/Ik kan niet: http:\/\/localhost:\d+\/rsvp\/[A-Za-z0-9_-]{40,}\?antwoord=nee/);
    expect(text).toMatch(/Misschien: http:\/\/localhost:\d+\/rsvp\/[A-Za-z0-9_-]{40,}\?antwoord=misschien/);
    const html = String(partner.mail.html);
    expect(html).toContain('Waarom jij?');
    expect(html).toContain('>Ik kom</a>');

    const school = mails.find((mail) => mail.to === 'zorg@testcollege.example');
    if (!school) throw new Error('no mail to the school');
    expect(school.mail.text).toContain('Testcollege — school, altijd uitgenodigd');
    expect(attendeeOf(school).role).toBe('REQ-PARTICIPANT');

    expect(invitationRows()).toEqual([
      { contact_id: world.schoolMember.id, reason: 'core', sent_sequence: 0, removed_at: null },
      { contact_id: world.partnerMember.id, reason: 'theme', sent_sequence: 0, removed_at: null },
    ]);
    // The RSVP token is stored as a hash only.
    const token = rsvpPathIn(partner).split('/').at(-1) ?? '';
    expect(sql('select 1 from invitations where token_hash = ?', token)).toEqual([]);
  });

  it('links the calendar entry to the invitee’s own page, which opens without logging in', async () => {
    // A partner's contact without access to the app: the meeting page would only offer a login.
    const guest = aContact(ctx.deps.db, world.partner.id, {
      name: 'Jan Jeugdagent',
      email: 'jan@partner.example',
      access: 'none',
    });
    await sendTo([guest.id]);
    const [mail] = await deliverAndRead(ctx);
    if (!mail?.event) throw new Error('no calendar in the mail');
    const description = String(mail.event.getFirstPropertyValue('description'));
    const personal = `${ctx.config.baseUrl}${rsvpPathIn(mail)}`;
    expect(description).toContain(
      `Je antwoord, waarom je bent uitgenodigd en de agenda (zonder inloggen): ${personal}\n`,
    );
    expect(description).not.toContain(`/meetings/${meetingId}`);
    expect(String(mail.event.getFirstPropertyValue('url'))).toBe(personal);
    expect(description).toContain('Deel in dit overleg geen persoonsgegevens van leerlingen.');
    const page = await new Agent(ctx.app).get(new URL(personal).pathname);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Vapes in de onderbouw');
  });

  it('sends a contact whose address is the organizer mailbox (MAIL_FROM) the mail without a calendar, and the rest as usual (3)', async () => {
    ctx.deps.db.$client
      .prepare('update contacts set email = ? where id = ?')
      .run(ctx.config.mailFrom, world.coordinator.id);
    await sendTo([world.schoolMember.id, world.coordinator.id]);
    const mails = await deliverAndRead(ctx);
    expect(mails.map((mail) => [mail.to, mail.mimeMethod]).sort()).toEqual([
      [ctx.config.mailFrom, null],
      ['zorg@testcollege.example', 'REQUEST'],
    ]);
    const own = mails.find((mail) => mail.to === ctx.config.mailFrom);
    expect(own?.calendar).toBeNull();
    expect(own?.mail.subject).toMatch(/^Uitnodiging: /);
    // It points to no calendar buttons it does not have; the others' mail does.
    expect(own?.mail.text).not.toContain('knoppen in je agenda');
    expect(own?.mail.text).toContain('zet het overleg zelf in je agenda');
    const school = mails.find((mail) => mail.to === 'zorg@testcollege.example');
    expect(school?.mail.text).toContain('knoppen in je agenda');
    expect(invitationRows().map((row) => row.sent_sequence)).toEqual([0, 0]);

    // Withdrawn, it gets the notice without "the appointment disappears from your calendar".
    const ownInvitation = sql<{ id: number }>(
      'select id from invitations where contact_id = ?',
      world.coordinator.id,
    )[0];
    await coordinator.get(`/meetings/${meetingId}/invitations/${ownInvitation?.id}/remove`);
    await coordinator.post(`/meetings/${meetingId}/invitations/${ownInvitation?.id}/remove`);
    const [withdrawn] = await deliverAndRead(ctx);
    expect(withdrawn?.mail.subject).toMatch(/^Uitnodiging ingetrokken: /);
    expect(withdrawn?.calendar).toBeNull();
    expect(withdrawn?.mail.text).toContain('je hoeft niet te komen.');
    expect(withdrawn?.mail.text).not.toContain('verdwijnt uit je agenda');
  });

  it('greets a contact by name, and one without a name with a plain "Hallo,"', async () => {
    ctx.deps.db.$client.prepare('update contacts set name = null where id = ?').run(world.partnerMember.id);
    await sendTo([world.schoolMember.id, world.partnerMember.id]);
    const mails = await deliverAndRead(ctx);
    const textTo = (address: string) => mails.find((mail) => mail.to === address)?.mail.text ?? '';
    expect(textTo('zorg@testcollege.example')).toContain(
      `Hallo ${world.schoolMember.name},\n\nJe bent uitgenodigd voor het ketenoverleg`,
    );
    expect(textTo('medewerker@partner.example')).toContain(
      'Hallo,\n\nJe bent uitgenodigd voor het ketenoverleg',
    );
    expect(mails.map((mail) => mail.mail.text).join('\n')).not.toContain('Hallo ,');
  });

  it('sends a REQUEST to an added invitee only, and a CANCEL to a removed invitee only', async () => {
    await sendTo([world.schoolMember.id, world.partnerMember.id]);
    await deliverAndRead(ctx);
    const extra = aContact(ctx.deps.db, world.partner.id, {
      name: 'Anna Aanvulling',
      email: 'anna@partner.example',
      receivesInvitations: false,
    });

    await coordinator.get(`/meetings/${meetingId}/invitations`);
    const added = await coordinator.post(`/meetings/${meetingId}/invitations/add`, {
      contactId: String(extra.id),
    });
    expect(added.statusCode).toBe(302);
    const addedMails = await deliverAndRead(ctx);
    expect(addedMails.map((mail) => [mail.to, mail.mimeMethod])).toEqual([
      ['anna@partner.example', 'REQUEST'],
    ]);
    expect(addedMails[0]?.mail.text).toContain('Testpartner — handmatig toegevoegd door de coördinator');

    const partnerInvitation = sql<{ id: number }>(
      'select id from invitations where contact_id = ?',
      world.partnerMember.id,
    )[0];
    const confirm = await coordinator.get(
      `/meetings/${meetingId}/invitations/${partnerInvitation?.id}/remove`,
    );
    expect(confirm.body).toContain('Uitnodiging van Piet Partner intrekken?');
    const removed = await coordinator.post(
      `/meetings/${meetingId}/invitations/${partnerInvitation?.id}/remove`,
    );
    expect(removed.statusCode).toBe(302);
    const cancelMails = await deliverAndRead(ctx);
    expect(cancelMails.map((mail) => [mail.to, mail.mimeMethod])).toEqual([
      ['medewerker@partner.example', 'CANCEL'],
    ]);
    const cancel = cancelMails[0];
    expect(cancel?.calendar?.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel?.event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel?.event?.getFirstPropertyValue('uid')).toBe(`meeting-${meetingId}@localhost`);
    expect(cancel?.event?.getFirstSubcomponent('valarm')).toBeNull();
    expect(cancel?.event?.getFirstPropertyValue('sequence')).toBe(1);
    expect(attendeeOf(cancel as ReadMail).role).toBe('OPT-PARTICIPANT');
    expect(cancel?.mail.subject).toContain('Uitnodiging ingetrokken');
    expect(
      invitationRows().find((row) => row.contact_id === world.partnerMember.id)?.removed_at,
    ).not.toBeNull();

    // The page lists the removed partner under "eerder verwijderd", not as a new proposal.
    const page = await coordinator.get(`/meetings/${meetingId}/invitations`);
    expect(page.body).toContain('Eerder verwijderd');
    expect(page.body).not.toContain(`id="contact-${world.partnerMember.id}"`);
  });

  it("counts the others' calendar answers after one invitee is withdrawn, and re-invites that one with a newer SEQUENCE", async () => {
    await sendTo([world.schoolMember.id, world.partnerMember.id]);
    const invites = await deliverAndRead(ctx);
    expect(invites.map((mail) => mail.event?.getFirstPropertyValue('sequence'))).toEqual([0, 0]);
    const partnerInvitation = sql<{ id: number }>(
      'select id from invitations where contact_id = ?',
      world.partnerMember.id,
    )[0];
    await coordinator.get(`/meetings/${meetingId}/invitations/${partnerInvitation?.id}/remove`);
    await coordinator.post(`/meetings/${meetingId}/invitations/${partnerInvitation?.id}/remove`);
    const [cancel] = await deliverAndRead(ctx);
    expect(cancel?.event?.getFirstPropertyValue('sequence')).toBe(1);

    // The school still has SEQUENCE 0 in its calendar; its "Geaccepteerd" counts.
    const outcome = applyReply(ctx.deps.db, actionContext(ctx, null), {
      reply: {
        uid: `meeting-${meetingId}@localhost`,
        sequence: 0,
        stamp: ctx.clock.now().toISOString(),
        attendees: [{ address: 'zorg@testcollege.example', partstat: 'ACCEPTED' }],
        from: 'zorg@testcollege.example',
      },
    });
    expect(outcome).toMatchObject({ kind: 'applied', rsvp: 'ja' });

    // Invited again, the partner gets a REQUEST newer than the CANCEL in their calendar.
    await coordinator.get(`/meetings/${meetingId}/invitations`);
    await coordinator.post(`/meetings/${meetingId}/invitations/add`, {
      contactId: String(world.partnerMember.id),
    });
    const [again] = await deliverAndRead(ctx);
    expect([again?.to, again?.mimeMethod]).toEqual(['medewerker@partner.example', 'REQUEST']);
    expect(again?.event?.getFirstPropertyValue('sequence')).toBe(2);
  });

  it('shows what a changed agenda adds to the proposal, and sends nothing until the coordinator clicks', async () => {
    await sendTo([world.schoolMember.id, world.coordinator.id]);
    await deliverAndRead(ctx);
    const page = await coordinator.get(`/meetings/${meetingId}/invitations`);
    expect(page.body).toContain('Nieuw in het voorstel');
    expect(page.body).toContain('Testpartner — Piet Partner');
    expect(await deliverAndRead(ctx)).toEqual([]);
  });
});

describe('changes to the meeting', () => {
  const rsvpOf = (contactId: number) =>
    sql<{ rsvp: string }>('select rsvp from invitations where contact_id = ?', contactId)[0]?.rsvp;

  it('does not ask who sent a colleague in their place again on a new time: the colleague is asked', async () => {
    await sendTo([world.schoolMember.id, world.partnerMember.id]);
    const invites = await deliverAndRead(ctx);
    const partner = new Agent(ctx.app);
    const path = rsvpPathIn(invites.find((mail) => mail.to === 'medewerker@partner.example') as ReadMail);
    await partner.get(path);
    await partner.post(`${path}/delegate`, { name: 'Vera Vervanger', email: 'vera@partner.example' });
    await deliverAndRead(ctx);
    ctx.clock.advance(60_000);

    await coordinator.get(`/meetings/${meetingId}/edit`);
    await coordinator.post(`/meetings/${meetingId}`, aMeetingForm({ startTime: '16:00', endTime: '18:00' }));
    const mails = await deliverAndRead(ctx);
    expect(mails.map((mail) => mail.to).sort()).toEqual([
      'medewerker@partner.example',
      'vera@partner.example',
      'zorg@testcollege.example',
    ]);
    const toPartner = mails.find((mail) => mail.to === 'medewerker@partner.example') as ReadMail;
    // The new time for their calendar, without asking them again.
    expect(String(toPartner.event?.getFirstPropertyValue('dtstart'))).toBe('2026-04-14T16:00:00');
    expect(toPartner.mail.text).toContain('Vera Vervanger komt in jouw plaats');
    expect(toPartner.mail.text).not.toContain('Ik kom');
    expect(toPartner.mail.text).not.toContain('knoppen');
    expect(toPartner.mail.text).toContain('De link opent een persoonlijke pagina');
    expect(rsvpOf(world.partnerMember.id)).toBe('nee');
    const vera = mails.find((mail) => mail.to === 'vera@partner.example') as ReadMail;
    expect(vera.mail.text).toContain('laat opnieuw weten of je komt');
    const page = await coordinator.get(`/meetings/${meetingId}/invitations`);
    expect(page.body).toContain('stuurt een vervanger: Vera Vervanger');
  });

  it('sends everyone invited an update with the same UID and SEQUENCE+1 on a new time, and asks them again', async () => {
    await sendTo([world.schoolMember.id, world.partnerMember.id]);
    await deliverAndRead(ctx);
    ctx.deps.db.$client
      .prepare("update invitations set rsvp = 'ja', rsvp_at = ?")
      .run('2026-03-02T09:00:00.000Z');
    ctx.clock.advance(60_000);

    await coordinator.get(`/meetings/${meetingId}/edit`);
    const saved = await coordinator.post(
      `/meetings/${meetingId}`,
      aMeetingForm({ startTime: '16:00', endTime: '18:00' }),
    );
    expect(saved.statusCode).toBe(302);
    const mails = await deliverAndRead(ctx);
    expect(mails.map((mail) => [mail.to, mail.mimeMethod]).sort()).toEqual([
      ['medewerker@partner.example', 'REQUEST'],
      ['zorg@testcollege.example', 'REQUEST'],
    ]);
    for (const mail of mails) {
      expect(mail.event?.getFirstPropertyValue('uid')).toBe(`meeting-${meetingId}@localhost`);
      expect(mail.event?.getFirstPropertyValue('sequence')).toBe(1);
      expect(String(mail.event?.getFirstPropertyValue('dtstart'))).toBe('2026-04-14T16:00:00');
      expect(mail.mail.subject).toBe(
        'Gewijzigd: Ketenoverleg Veilige School – april 2026, dinsdag 14 april 2026, 16:00–18:00',
      );
      expect(mail.mail.text).toContain('Je eerdere antwoord geldt daarom niet meer');
      expect(attendeeOf(mail).partstat).toBe('NEEDS-ACTION');
    }
    expect([rsvpOf(world.schoolMember.id), rsvpOf(world.partnerMember.id)]).toEqual([
      'geen-reactie',
      'geen-reactie',
    ]);
    expect(
      sql(
        "select kind from meeting_changes where meeting_id = ? and notified_at is null and kind != 'created'",
        meetingId,
      ),
    ).toEqual([]);
    const page = await coordinator.get(`/meetings/${meetingId}`);
    expect(page.body).toContain('2 uitgenodigd: 0 komen, 0 niet, 0 misschien, 2 nog geen reactie.');
  });

  it('sends no mail for a change of the title only', async () => {
    await sendTo([world.schoolMember.id]);
    await deliverAndRead(ctx);
    await coordinator.get(`/meetings/${meetingId}/edit`);
    await coordinator.post(`/meetings/${meetingId}`, aMeetingForm({ title: 'Ketenoverleg voorjaar' }));
    expect(await deliverAndRead(ctx)).toEqual([]);
  });

  it('sends everyone invited a CANCEL with SEQUENCE+1 when the meeting is cancelled, and nobody removed earlier', async () => {
    await sendTo([world.schoolMember.id, world.partnerMember.id, world.coordinator.id]);
    const coordinatorInvitation = sql<{ id: number }>(
      'select id from invitations where contact_id = ?',
      world.coordinator.id,
    )[0];
    await coordinator.get(`/meetings/${meetingId}/invitations/${coordinatorInvitation?.id}/remove`);
    await coordinator.post(`/meetings/${meetingId}/invitations/${coordinatorInvitation?.id}/remove`);
    await deliverAndRead(ctx);

    await coordinator.get(`/meetings/${meetingId}/cancel`);
    const cancelled = await coordinator.post(`/meetings/${meetingId}/cancel`, { reason: 'overmacht' });
    expect(cancelled.statusCode).toBe(302);
    const delivered = await deliverAndRead(ctx);
    // The school also hears that its topic on the agenda goes to a later meeting.
    const topicMail = delivered.find((mail) => mail.mimeMethod === null);
    expect([topicMail?.to, topicMail?.mail.subject]).toEqual([
      'zorg@testcollege.example',
      'Je agendapunt “Vapes in de onderbouw”: doorgeschoven',
    ]);
    expect(topicMail?.mail.text).toContain('maar in een later overleg');
    const mails = delivered.filter((mail) => mail !== topicMail);
    expect(mails.map((mail) => [mail.to, mail.mimeMethod]).sort()).toEqual([
      ['medewerker@partner.example', 'CANCEL'],
      ['zorg@testcollege.example', 'CANCEL'],
    ]);
    for (const mail of mails) {
      expect(mail.calendar?.getFirstPropertyValue('method')).toBe('CANCEL');
      expect(mail.event?.getFirstPropertyValue('status')).toBe('CANCELLED');
      // 0 when invited, 1 for the coordinator's withdrawn invitation, 2 for the cancelled meeting.
      expect(mail.event?.getFirstPropertyValue('sequence')).toBe(2);
      expect(mail.mail.subject).toContain('Gaat niet door:');
      expect(mail.mail.text).toContain('Reden: overmacht.');
    }
    // The attendee is the one the invite named: the theme partner stays an optional participant (4).
    const roleOf = (address: string) =>
      attendeeOf(mails.find((mail) => mail.to === address) as ReadMail).role;
    expect(roleOf('medewerker@partner.example')).toBe('OPT-PARTICIPANT');
    expect(roleOf('zorg@testcollege.example')).toBe('REQ-PARTICIPANT');
  });
});

describe('the "agenda gewijzigd" mail', () => {
  it('offers it after the published agenda changed, shows who gets it, and sends it only after the click', async () => {
    const agenda = createAgendaRepository(ctx.deps.db);
    agenda.ensureStandingItems(meetingId);
    createMeetingsRepository(ctx.deps.db).markAgendaPublished(
      meetingId,
      new Date('2026-03-01T12:00:00.000Z'),
    );
    await sendTo([world.schoolMember.id, world.partnerMember.id]);
    const invitations = await deliverAndRead(ctx);
    expect(invitations[0]?.mail.text).toContain('Opening');
    let page = await coordinator.get(`/meetings/${meetingId}/invitations`);
    expect(page.body).not.toContain('Agenda gewijzigd');

    ctx.clock.advance(5 * 60_000);
    const item = agenda.items(meetingId)[0];
    agenda.setMinutes(item?.id ?? 0, 20, ctx.clock.now().toISOString());
    page = await coordinator.get(`/meetings/${meetingId}/invitations`);
    expect(page.body).toContain('2 genodigden hebben de nieuwe agenda nog niet gekregen.');
    const preview = await coordinator.get(`/meetings/${meetingId}/invitations/agenda-mail`);
    expect(preview.body).toContain(
      'De nieuwe agenda gaat naar 2 genodigden: Sietske School (Testcollege), Piet Partner (Testpartner).',
    );
    expect(await deliverAndRead(ctx)).toEqual([]);

    const sent = await coordinator.post(`/meetings/${meetingId}/invitations/agenda-mail`);
    expect(sent.statusCode).toBe(302);
    const mails = await deliverAndRead(ctx);
    expect(mails.map((mail) => [mail.to, mail.mimeMethod]).sort()).toEqual([
      ['medewerker@partner.example', null],
      ['zorg@testcollege.example', null],
    ]);
    expect(mails[0]?.mail.subject).toMatch(/^Agenda gewijzigd: /);
    expect(mails[0]?.mail.text).toMatch(/Waarom jij\?/);
    page = await coordinator.get(`/meetings/${meetingId}/invitations`);
    expect(page.body).not.toContain('nieuwe agenda nog niet gekregen');
  });
});

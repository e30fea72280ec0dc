// The RSVP page behind the personal link in the invitation: answering without a login, the privacy guard on the
// comment, a colleague in your place, and links that stop working after the meeting.
import { beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../helpers/agent.js';
import { aContact, anOrganisation } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';
import { deliverAndRead, type ReadMail, rsvpPathIn } from './mail-reader.js';

const { ctx, world, sql } = useTestApp();
let meetingId: number;
let partnerMail: ReadMail;

// Monday 2 March 2026; the meeting is Tuesday 14 April 2026, 15:00–17:00 in Amsterdam.
beforeEach(async () => {
  meetingId = aMeeting(ctx.deps.db).id;
  const coordinator = sessionAgent(ctx, world.coordinator.id);
  await coordinator.get(`/meetings/${meetingId}/invitations`);
  await coordinator.post(`/meetings/${meetingId}/invitations`, {
    contactIds: [String(world.partnerMember.id), String(world.schoolMember.id)],
  });
  const mails = await deliverAndRead(ctx);
  const found = mails.find((mail) => mail.to === 'medewerker@partner.example');
  if (!found) throw new Error('no invitation for the partner');
  partnerMail = found;
});

const invitationOf = (contactId: number) =>
  sql<{
    id: number;
    rsvp: string;
    rsvp_source: string | null;
    rsvp_comment: string | null;
    reason: string;
    delegated_from_id: number | null;
  }>(
    'select id, rsvp, rsvp_source, rsvp_comment, reason, delegated_from_id from invitations where contact_id = ?',
    contactId,
  )[0];

describe('the RSVP page', () => {
  it('opens from the mail’s button without a login, with the chosen answer ready to save, and the coordinator sees it', async () => {
    const partner = new Agent(ctx.app);
    const path = rsvpPathIn(partnerMail);
    const page = await partner.get(`${path}?antwoord=ja`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kom je naar het ketenoverleg?');
    expect(page.body).toContain('dinsdag 14 april 2026, 15:00–17:00');
    expect(page.body).toMatch(/id="field-rsvp-ja" name="rsvp" value="ja" checked/);
    // Opening the link answers nothing: a link preview in a mail client must not say yes for anyone.
    expect(invitationOf(world.partnerMember.id)?.rsvp).toBe('geen-reactie');

    const saved = await partner.post(path, {
      rsvp: 'misschien',
      comment: 'Ik kom mogelijk een half uur later.',
    });
    expect(saved.statusCode).toBe(302);
    expect(invitationOf(world.partnerMember.id)).toMatchObject({
      rsvp: 'misschien',
      rsvp_source: 'web',
      rsvp_comment: 'Ik kom mogelijk een half uur later.',
    });
    const again = await partner.get(path);
    expect(again.body).toContain('Dank je wel, je antwoord is opgeslagen: misschien.');

    const meetingPage = await sessionAgent(ctx, world.coordinator.id).get(`/meetings/${meetingId}`);
    expect(meetingPage.body).toContain('2 uitgenodigd: 0 komen, 0 niet, 1 misschien, 1 nog geen reactie.');
    expect(meetingPage.body).toMatch(
      /<th[^>]*>Testpartner<\/th>\s*<td[^>]*><\/td>\s*<td[^>]*>Piet Partner<\/td>/,
    );
    const manage = await sessionAgent(ctx, world.coordinator.id).get(`/meetings/${meetingId}/invitations`);
    expect(manage.body).toContain('“<span class="ko-lines">Ik kom mogelijk een half uur later.</span>”');
  });

  it('refuses a comment with personal data about a pupil, keeps what was typed and stores nothing', async () => {
    const partner = new Agent(ctx.app);
    const path = rsvpPathIn(partnerMail);
    await partner.get(path);
    const comment = 'Ik bespreek ook leerling Sem Zwanenburg uit 2B.';
    const refused = await partner.post(path, { rsvp: 'ja', comment });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(`>${comment}</textarea>`);
    expect(refused.body).toContain('checked');
    expect(invitationOf(world.partnerMember.id)).toMatchObject({ rsvp: 'geen-reactie', rsvp_comment: null });
  });

  it('asks for an answer with a Dutch message when none is chosen', async () => {
    const partner = new Agent(ctx.app);
    const path = rsvpPathIn(partnerMail);
    await partner.get(path);
    const refused = await partner.post(path, { comment: 'Tot dan' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Kies of je komt.');
    expect(refused.body).toContain('Tot dan');
  });

  it('sends a colleague in your place: a new invitation and REQUEST for the colleague, the original shows as delegated', async () => {
    const partner = new Agent(ctx.app);
    const path = rsvpPathIn(partnerMail);
    await partner.get(path);
    const response = await partner.post(`${path}/delegate`, {
      name: 'Vera Vervanger',
      email: 'Vera@Partner.example',
    });
    expect(response.statusCode).toBe(302);

    const colleague = sql<{ id: number; organisation_id: number; access: string }>(
      "select id, organisation_id, access from contacts where email = 'vera@partner.example'",
    )[0];
    expect(colleague).toMatchObject({ organisation_id: world.partner.id, access: 'none' });
    const original = invitationOf(world.partnerMember.id);
    expect(original?.rsvp).toBe('nee');
    expect(invitationOf(colleague?.id ?? 0)).toMatchObject({
      reason: 'delegate',
      delegated_from_id: original?.id,
    });

    const mails = await deliverAndRead(ctx);
    expect(mails.map((mail) => [mail.to, mail.mimeMethod])).toEqual([['vera@partner.example', 'REQUEST']]);
    expect(mails[0]?.mail.text).toContain('Testpartner — als vervanger van Piet Partner');
    // The colleague's own link works.
    const colleaguePage = await new Agent(ctx.app).get(rsvpPathIn(mails[0] as ReadMail));
    expect(colleaguePage.statusCode).toBe(200);

    const manage = await sessionAgent(ctx, world.coordinator.id).get(`/meetings/${meetingId}/invitations`);
    expect(manage.body).toContain('stuurt een vervanger: Vera Vervanger');
    const page = await partner.get(path);
    expect(page.body).toContain('Je hebt Vera Vervanger als vervanger gestuurd.');
  });

  it('refuses a colleague from another organisation, or your own address, and keeps the form', async () => {
    const other = anOrganisation(ctx.deps.db, { name: 'Andere Partner', kind: 'optional' });
    aContact(ctx.deps.db, other.id, { email: 'iemand@andere.example' });
    const partner = new Agent(ctx.app);
    const path = rsvpPathIn(partnerMail);
    await partner.get(path);
    const foreign = await partner.post(`${path}/delegate`, {
      name: 'Iemand',
      email: 'iemand@andere.example',
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.body).toContain('Dit adres hoort bij een andere organisatie.');
    expect(foreign.body).toContain('value="iemand@andere.example"');
    const self = await partner.post(`${path}/delegate`, { name: 'Ik', email: 'medewerker@partner.example' });
    expect(self.body).toContain('Dat is je eigen adres.');
    const empty = await partner.post(`${path}/delegate`, { name: '', email: 'geen-adres' });
    expect(empty.statusCode).toBe(422);
    expect(sql('select id from invitations where reason = ?', 'delegate')).toEqual([]);
  });

  it('stops working after the meeting, and says nothing for an unknown link', async () => {
    const path = rsvpPathIn(partnerMail);
    ctx.clock.set('2026-04-14T15:00:00.000Z');
    const ended = await new Agent(ctx.app).get(path);
    expect(ended.statusCode).toBe(410);
    expect(ended.body).toContain('Dit overleg is voorbij');
    const unknown = await new Agent(ctx.app).get(`/rsvp/${'x'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Deze link werkt niet');
  });
});

describe('answering from the dashboard', () => {
  it('shows a member the meetings they are invited to with their own answer, and takes a new answer there', async () => {
    const member = sessionAgent(ctx, world.partnerMember.id);
    const dashboard = await member.get('/');
    expect(dashboard.body).toContain('Je uitnodigingen');
    expect(dashboard.body).toContain('Je antwoord: nog geen reactie');
    const answered = await member.post(`/meetings/${meetingId}/rsvp`, { rsvp: 'ja' });
    expect(answered.statusCode).toBe(302);
    expect(invitationOf(world.partnerMember.id)).toMatchObject({ rsvp: 'ja', rsvp_source: 'web' });
    const after = await member.get('/');
    expect(after.body).toMatch(/Je antwoord: komt \(via de link, maandag 2 maart 2026, 10:00\)/);
  });
});

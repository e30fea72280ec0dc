// The coordinator's triage: accept, merge, defer and decline, each with one mail per contact concerned in the outbox.
import { beforeEach, describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import { aContact, anOrganisation, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp({ start: '2026-03-31T09:00:00.000Z' });
let theme: ReturnType<typeof aTheme>;
let meeting: ReturnType<typeof aMeeting>;
let otherSchool: ReturnType<typeof anOrganisation>;
let otherMember: ReturnType<typeof aContact>;

beforeEach(() => {
  theme = aTheme(ctx.deps.db, { name: 'Drugs en lachgas' });
  meeting = aMeeting(ctx.deps.db, { title: 'Ketenoverleg voorjaar 2026' });
  otherSchool = anOrganisation(ctx.deps.db, { name: 'Waardse Lyceum' });
  otherMember = aContact(ctx.deps.db, otherSchool.id, {
    email: 'zorg@waardselyceum.example',
    name: 'Yusuf Demir',
  });
  // A colleague who does not receive the meeting's mail, and an archived one: neither gets triage mail.
  aContact(ctx.deps.db, world.school.id, {
    email: 'conciërge@testcollege.example',
    receivesInvitations: false,
  });
  const archived = aContact(ctx.deps.db, world.school.id, { email: 'oud@testcollege.example' });
  ctx.deps.db.$client.prepare("update contacts set archived_at = '2026-01-01' where id = ?").run(archived.id);
});

const outbox = () =>
  ctx.deps.db.$client.prepare('select to_address, subject, text, purpose from outbox order by id').all() as {
    to_address: string;
    subject: string;
    text: string;
    purpose: string;
  }[];
const topic = (id: number) =>
  ctx.deps.db.$client.prepare('select * from topics where id = ?').get(id) as {
    status: string;
    meeting_id: number | null;
    merged_into_id: number | null;
    decline_reason: string | null;
  };
const agendaTopicIds = () =>
  (
    ctx.deps.db.$client
      .prepare(
        'select topic_id, standing from agenda_items where meeting_id = ? and removed_at is null order by position',
      )
      .all(meeting.id) as { topic_id: number | null; standing: string | null }[]
  ).map((row) => row.standing ?? row.topic_id);

async function coordinatorOn(page: string) {
  const agent = sessionAgent(ctx, world.coordinator.id);
  const response = await agent.get(page);
  expect(response.statusCode).toBe(200);
  return { agent, page: response };
}

function aSubmittedTopic(overrides: Partial<Parameters<typeof aTopic>[1]> = {}) {
  return aTopic(ctx.deps.db, {
    organisationId: world.school.id,
    themeId: theme.id,
    meetingId: meeting.id,
    submittedBy: world.schoolMember.id,
    title: 'Lachgas bij de bushalte',
    ...overrides,
  });
}

describe('the triage page', () => {
  it('lists the meeting’s topics per status with the actions each allows', async () => {
    const submitted = aSubmittedTopic();
    aSubmittedTopic({ title: 'Al op de agenda', status: 'geagendeerd' });
    aSubmittedTopic({ title: 'Voor later', meetingId: null });
    const { page } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    expect(page.body).toContain('Agendapunten beoordelen');
    expect(page.body).toContain('Te beoordelen <span class="ko-count">(1)</span>');
    expect(page.body).toContain('Op de agenda <span class="ko-count">(1)</span>');
    expect(page.body).toContain('Ingediend voor een later overleg <span class="ko-count">(1)</span>');
    expect(page.body).toContain(`/meetings/${meeting.id}/topics/${submitted.id}/accept`);
    expect(page.body).toContain('Doorschuiven gaat naar een later overleg (er is nog geen volgend overleg).');

    const filtered = await sessionAgent(ctx, world.coordinator.id).get(
      `/meetings/${meeting.id}/topics?status=geagendeerd`,
    );
    expect(filtered.body).toContain('<h3 class="utrecht-heading-3 ko-topic__title">Al op de agenda</h3>');
    expect(filtered.body).not.toContain(
      '<h3 class="utrecht-heading-3 ko-topic__title">Lachgas bij de bushalte</h3>',
    );
  });

  it('is for the coordinator only', async () => {
    const response = await sessionAgent(ctx, world.schoolMember.id).get(`/meetings/${meeting.id}/topics`);
    expect(response.statusCode).toBe(403);
  });
});

describe('accepting', () => {
  it('puts the topic on the agenda before rondvraag and mails the school’s contacts once', async () => {
    const accepted = aSubmittedTopic({ suggestedMinutes: 25 });
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    const response = await agent.post(`/meetings/${meeting.id}/topics/${accepted.id}/accept`);
    expect(response.statusCode).toBe(302);
    expect(topic(accepted.id).status).toBe('geagendeerd');
    expect(agendaTopicIds()).toEqual([
      'opening',
      'verslag',
      'afspraken',
      accepted.id,
      'rondvraag',
      'sluiting',
    ]);
    expect(outbox()).toEqual([
      {
        to_address: 'zorg@testcollege.example',
        subject: 'Je agendapunt “Lachgas bij de bushalte”: geagendeerd',
        text: expect.stringContaining(
          'Het agendapunt “Lachgas bij de bushalte” staat op de agenda van het ketenoverleg van dinsdag 14 april 2026, 15:00–17:00.',
        ),
        purpose: `topic-accepted:${accepted.id}`,
      },
    ]);
    expect((await agent.get(`/meetings/${meeting.id}/topics`)).body).toContain(
      '“Lachgas bij de bushalte” staat op de agenda. Testcollege krijgt hierover een mail.',
    );

    const again = await agent.post(`/meetings/${meeting.id}/topics/${accepted.id}/accept`);
    expect(again.statusCode).toBe(409);
    expect(outbox()).toHaveLength(1);
    expect(agendaTopicIds()).toHaveLength(6);
  });

  it('accepts a topic submitted for a later meeting onto this meeting', async () => {
    const later = aSubmittedTopic({ meetingId: null });
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    await agent.post(`/meetings/${meeting.id}/topics/${later.id}/accept`);
    expect(topic(later.id)).toMatchObject({ status: 'geagendeerd', meeting_id: meeting.id });
  });

  it('offers no actions on a cancelled meeting and refuses them, so no topic lands on an agenda that will not be held', async () => {
    const cancelled = aMeeting(ctx.deps.db, { date: '2026-10-13', status: 'geannuleerd' });
    const later = aSubmittedTopic({ meetingId: null, title: 'Lachgas op het schoolplein' });
    const { agent, page } = await coordinatorOn(`/meetings/${cancelled.id}/topics`);
    expect(page.body).toContain('Lachgas op het schoolplein');
    expect(page.body).toContain(
      'Dit overleg is geannuleerd. Beoordeel de agendapunten bij een ander overleg.',
    );
    expect(page.body).not.toContain(`/meetings/${cancelled.id}/topics/${later.id}/accept`);
    for (const action of ['accept', 'decline']) {
      const response = await agent.post(`/meetings/${cancelled.id}/topics/${later.id}/${action}`, {
        reason: 'Past niet bij het overleg.',
      });
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain(
        'Dit overleg is geannuleerd. Beoordeel de agendapunten bij een ander overleg.',
      );
    }
    expect(topic(later.id)).toMatchObject({ status: 'ingediend', meeting_id: null });
  });

  it('refuses a topic of another meeting', async () => {
    const otherMeeting = aMeeting(ctx.deps.db, { date: '2026-10-13' });
    const elsewhere = aSubmittedTopic({ meetingId: otherMeeting.id });
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    const response = await agent.post(`/meetings/${meeting.id}/topics/${elsewhere.id}/accept`);
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Dit agendapunt hoort bij een ander overleg.');
    expect(topic(elsewhere.id).status).toBe('ingediend');
  });
});

describe('merging', () => {
  it('merges a topic into another school’s topic; the agenda names both schools; only the merged school is mailed', async () => {
    const target = aSubmittedTopic({
      organisationId: otherSchool.id,
      submittedBy: otherMember.id,
      title: 'Vapes op het plein',
    });
    const source = aSubmittedTopic({ title: 'Vapes in de brugklas' });
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    await agent.post(`/meetings/${meeting.id}/topics/${target.id}/accept`);
    const merged = await agent.post(`/meetings/${meeting.id}/topics/${source.id}/merge`, {
      targetId: String(target.id),
    });
    expect(merged.statusCode).toBe(302);
    expect(topic(source.id)).toMatchObject({
      status: 'samengevoegd',
      merged_into_id: target.id,
      meeting_id: meeting.id,
    });

    const mergeMail = outbox().filter((mail) => mail.purpose === `topic-merged:${source.id}`);
    expect(mergeMail).toEqual([
      expect.objectContaining({
        to_address: 'zorg@testcollege.example',
        subject: 'Je agendapunt “Vapes in de brugklas”: samengevoegd',
        text: expect.stringContaining('is samengevoegd met “Vapes op het plein” van Waardse Lyceum'),
      }),
    ]);

    const printable = await agent.get(`/meetings/${meeting.id}/agenda`);
    expect(printable.body).toContain('Vapes op het plein');
    expect(printable.body).toContain('Waardse Lyceum, Testcollege');
    expect(printable.body).toContain('samen met “Vapes in de brugklas” (Testcollege)');
  });

  it('refuses to merge a topic into itself or into a declined topic', async () => {
    const source = aSubmittedTopic();
    const declined = aSubmittedTopic({ title: 'Afgewezen', status: 'afgewezen' });
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    expect(
      (await agent.post(`/meetings/${meeting.id}/topics/${source.id}/merge`, { targetId: String(source.id) }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await agent.post(`/meetings/${meeting.id}/topics/${source.id}/merge`, {
          targetId: String(declined.id),
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await agent.post(`/meetings/${meeting.id}/topics/${source.id}/merge`, { targetId: '' })).statusCode,
    ).toBe(409);
    expect(topic(source.id).status).toBe('ingediend');
    expect(outbox()).toHaveLength(0);
  });

  it('moves topics merged into the source along to the target, and tells their school when the target is accepted', async () => {
    const target = aSubmittedTopic({
      organisationId: otherSchool.id,
      submittedBy: otherMember.id,
      title: 'Doel',
    });
    const middle = aSubmittedTopic({ title: 'Midden' });
    const third = anOrganisation(ctx.deps.db, { name: 'Mavo De Tuinder' });
    aContact(ctx.deps.db, third.id, { email: 'zorg@tuinder.example' });
    const child = aSubmittedTopic({
      organisationId: third.id,
      submittedBy: null,
      title: 'Kind',
      status: 'samengevoegd',
      mergedIntoId: middle.id,
    });
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    await agent.post(`/meetings/${meeting.id}/topics/${middle.id}/merge`, { targetId: String(target.id) });
    expect(topic(child.id).merged_into_id).toBe(target.id);
    await agent.post(`/meetings/${meeting.id}/topics/${target.id}/accept`);
    const accepted = outbox().filter((mail) => mail.purpose === `topic-accepted:${target.id}`);
    expect(accepted.map((mail) => mail.to_address).sort()).toEqual(
      ['zorg@testcollege.example', 'zorg@tuinder.example', 'zorg@waardselyceum.example'].sort(),
    );
  });
});

describe('deferring', () => {
  it('moves the topic to the next meeting, takes it off this agenda and mails the school', async () => {
    const next = aMeeting(ctx.deps.db, {
      status: 'concept',
      date: '2026-10-13',
      topicDeadline: '2026-09-28T22:00:00.000Z',
    });
    const deferred = aSubmittedTopic();
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    await agent.post(`/meetings/${meeting.id}/topics/${deferred.id}/accept`);
    const response = await agent.post(`/meetings/${meeting.id}/topics/${deferred.id}/defer`);
    expect(response.statusCode).toBe(302);
    expect(topic(deferred.id)).toMatchObject({ status: 'doorgeschoven', meeting_id: next.id });
    expect(agendaTopicIds()).not.toContain(deferred.id);
    const mail = outbox().filter((row) => row.purpose === `topic-deferred:${deferred.id}`);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text).toContain('maar in het overleg van dinsdag 13 oktober 2026, 15:00–17:00.');

    // On the next meeting's triage it waits to be accepted again.
    const nextTriage = await agent.get(`/meetings/${next.id}/topics`);
    expect(nextTriage.body).toContain('Status: doorgeschoven');
    expect(nextTriage.body).toContain(`/meetings/${next.id}/topics/${deferred.id}/accept`);
  });

  it('defers to a later meeting when no next meeting is planned', async () => {
    const deferred = aSubmittedTopic();
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics`);
    await agent.post(`/meetings/${meeting.id}/topics/${deferred.id}/defer`);
    expect(topic(deferred.id)).toMatchObject({ status: 'doorgeschoven', meeting_id: null });
    expect(outbox()[0]?.text).toContain('maar in een later overleg.');
  });
});

describe('declining', () => {
  it('asks for a reason, then declines and mails the reason to the school', async () => {
    const declined = aSubmittedTopic();
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics/${declined.id}/decline`);
    const empty = await agent.post(`/meetings/${meeting.id}/topics/${declined.id}/decline`, { reason: '' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Geef een reden, zodat de school weet waarom.');
    expect(topic(declined.id).status).toBe('ingediend');

    const response = await agent.post(`/meetings/${meeting.id}/topics/${declined.id}/decline`, {
      reason: 'Past beter bij het zorgoverleg van de school.',
    });
    expect(response.statusCode).toBe(302);
    expect(topic(declined.id)).toMatchObject({
      status: 'afgewezen',
      decline_reason: 'Past beter bij het zorgoverleg van de school.',
    });
    expect(outbox()).toEqual([
      expect.objectContaining({
        to_address: 'zorg@testcollege.example',
        subject: 'Je agendapunt “Lachgas bij de bushalte”: niet geagendeerd',
        text: expect.stringContaining('Reden: Past beter bij het zorgoverleg van de school.'),
        purpose: `topic-declined:${declined.id}`,
      }),
    ]);
  });

  it('mails a reason of several lines with its line breaks, in the HTML part and the text part', async () => {
    const declined = aSubmittedTopic();
    const { agent } = await coordinatorOn(`/meetings/${meeting.id}/topics/${declined.id}/decline`);
    // As a browser sends a textarea: CRLF line breaks.
    const reason =
      'Past beter bij het zorgoverleg & de <b>GGD</b>.\r\nZie “stappenplan” – één 🚸\r\n\r\nGroet';
    await agent.post(`/meetings/${meeting.id}/topics/${declined.id}/decline`, { reason });
    // Stored with LF line breaks, as the browser counted them.
    expect(topic(declined.id).decline_reason).toBe(reason.replaceAll('\r\n', '\n'));
    const mail = ctx.deps.db.$client.prepare('select html, text from outbox').get() as {
      html: string;
      text: string;
    };
    expect(mail.html).toContain(
      'Past beter bij het zorgoverleg &amp; de &lt;b&gt;GGD&lt;/b&gt;.<br>Zie “stappenplan” – één 🚸<br><br>Groet',
    );
    expect(mail.text).toContain(
      'Reden: Past beter bij het zorgoverleg & de <b>GGD</b>.\nZie “stappenplan” – één 🚸\n\nGroet\n',
    );
  });
});

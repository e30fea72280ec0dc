// The agenda builder and the printable agenda: order, durations, start times, overrun, publishing and who sees it.
import { beforeEach, describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import { anAgreement } from '../helpers/agreement-builders.js';
import { aContact, anOrganisation, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp({ start: '2026-03-31T09:00:00.000Z' });
let meeting: ReturnType<typeof aMeeting>;
let theme: ReturnType<typeof aTheme>;

beforeEach(() => {
  // The optional partner comes in with the theme; another optional partner has nothing on the agenda.
  theme = aTheme(ctx.deps.db, { name: 'Roken en vapes', partnerIds: [world.partner.id] });
  meeting = aMeeting(ctx.deps.db, { title: 'Ketenoverleg voorjaar 2026' });
});

const items = () =>
  ctx.deps.db.$client
    .prepare(
      'select id, standing, topic_id, minutes, changed_after_publish_at, removed_at from agenda_items where meeting_id = ? order by position',
    )
    .all(meeting.id) as {
    id: number;
    standing: string | null;
    topic_id: number | null;
    minutes: number;
    changed_after_publish_at: string | null;
    removed_at: string | null;
  }[];
const outbox = () =>
  ctx.deps.db.$client.prepare('select to_address, subject, text, purpose from outbox order by id').all() as {
    to_address: string;
    subject: string;
    text: string;
    purpose: string;
  }[];

/** The coordinator accepts a topic through the triage page. */
async function accepted(title: string, minutes: number, organisationId = world.school.id) {
  const topic = aTopic(ctx.deps.db, {
    organisationId,
    themeId: theme.id,
    meetingId: meeting.id,
    title,
    suggestedMinutes: minutes,
  });
  const agent = sessionAgent(ctx, world.coordinator.id);
  await agent.get(`/meetings/${meeting.id}/topics`);
  expect((await agent.post(`/meetings/${meeting.id}/topics/${topic.id}/accept`)).statusCode).toBe(302);
  return topic;
}

/** The coordinator opens the publish preview and confirms it, as the preview's button does. */
async function publish(agent: ReturnType<typeof sessionAgent>, meetingId = meeting.id) {
  const preview = await agent.get(`/meetings/${meetingId}/agenda/publish`);
  expect(preview.statusCode).toBe(200);
  const digest = /name="preview" value="([^"]+)"/.exec(preview.body)?.[1];
  expect(digest).toBeTruthy();
  return agent.post(`/meetings/${meetingId}/agenda/publish`, { preview: digest ?? '' });
}

async function builder() {
  const agent = sessionAgent(ctx, world.coordinator.id);
  const page = await agent.get(`/meetings/${meeting.id}/agenda/edit`);
  expect(page.statusCode).toBe(200);
  return { agent, page };
}

describe('the agenda builder', () => {
  it('starts with the standing items and computes start times from the meeting start', async () => {
    const { page } = await builder();
    expect(items().map((item) => item.standing)).toEqual([
      'opening',
      'verslag',
      'afspraken',
      'rondvraag',
      'sluiting',
    ]);
    expect(page.body).toContain('Agenda van het overleg van dinsdag 14 april 2026, 15:00–17:00');
    for (const line of ['15:00–15:05', '15:05–15:15', '15:15–15:30', '15:30–15:40', '15:40–15:45']) {
      expect(page.body).toContain(line);
    }
    expect(page.body).toContain('De agenda past binnen de tijd van het overleg.');
    expect(page.body).toContain('type="number" min="1" max="240" inputmode="numeric"');
    expect(page.body).toContain('aria-label="Agendapunt Verslag vorige keer omhoog"');
    // Opening a second time adds nothing.
    await builder();
    expect(items()).toHaveLength(5);
  });

  it('puts accepted topics before the rondvraag with their suggested minutes', async () => {
    await accepted('Vapes in de onderbouw', 30);
    const { page } = await builder();
    expect(page.body).toContain('Vapes in de onderbouw');
    expect(page.body).toContain('15:30–16:00');
    expect(page.body).toContain('16:00–16:10'); // rondvraag moves on
  });

  it('moves an item with the buttons, and the times follow', async () => {
    const first = await accepted('Vapes in de onderbouw', 30);
    const second = await accepted('Vuurwerk rond oud en nieuw', 20);
    const secondItem = items().find((item) => item.topic_id === second.id);
    const { agent } = await builder();
    const moved = await agent.post(`/meetings/${meeting.id}/agenda/items/${secondItem?.id}/move`, {
      direction: 'up',
    });
    expect(moved.statusCode).toBe(302);
    expect(moved.headers.location).toBe(`/meetings/${meeting.id}/agenda/edit#item-${secondItem?.id}`);
    expect(items().map((item) => item.standing ?? item.topic_id)).toEqual([
      'opening',
      'verslag',
      'afspraken',
      second.id,
      first.id,
      'rondvraag',
      'sluiting',
    ]);
    const page = await agent.get(`/meetings/${meeting.id}/agenda/edit`);
    expect(page.body).toContain('“Vuurwerk rond oud en nieuw” is verplaatst naar plek 4.');
    expect(page.body).toMatch(
      /15:30–15:50<\/td>\s*<th[^>]*>\s*<span class="ko-agenda-row__number">4\.<\/span> Vuurwerk rond oud en nieuw/,
    );

    // With JavaScript the same form posts a position (drag and drop).
    await agent.post(`/meetings/${meeting.id}/agenda/items/${secondItem?.id}/move`, { position: '1' });
    expect(items()[0]?.topic_id).toBe(second.id);
  });

  it('keeps minutes typed in the table when another item is moved: the move saves them', async () => {
    const first = await accepted('Vapes in de onderbouw', 20);
    const second = await accepted('Vuurwerk rond oud en nieuw', 20);
    const firstItem = items().find((item) => item.topic_id === first.id);
    const secondItem = items().find((item) => item.topic_id === second.id);
    const { agent, page } = await builder();
    // The move buttons send the durations form, with every minutes field in it.
    expect(page.body).toContain(
      `form="agenda-durations" formaction="/meetings/${meeting.id}/agenda/items/${secondItem?.id}/move" name="direction" value="up"`,
    );
    expect(page.body).toContain(`name="minutes-${firstItem?.id}" value="20" form="agenda-durations"`);

    // Type 35 at the first topic, then press "Omhoog" at the second: the form carries all fields.
    const fields = Object.fromEntries(items().map((item) => [`minutes-${item.id}`, String(item.minutes)]));
    const moved = await agent.post(`/meetings/${meeting.id}/agenda/items/${secondItem?.id}/move`, {
      ...fields,
      [`minutes-${firstItem?.id}`]: '35',
      direction: 'up',
    });
    expect(moved.statusCode).toBe(302);
    expect(items().map((item) => [item.standing ?? item.topic_id, item.minutes])).toEqual([
      ['opening', 5],
      ['verslag', 10],
      ['afspraken', 15],
      [second.id, 20],
      [first.id, 35],
      ['rondvraag', 10],
      ['sluiting', 5],
    ]);
    const after = await agent.get(`/meetings/${meeting.id}/agenda/edit`);
    expect(after.body).toContain(`name="minutes-${firstItem?.id}" value="35"`);
    expect(after.body).toMatch(
      /15:50–16:25<\/td>\s*<th[^>]*>\s*<span class="ko-agenda-row__number">5\.<\/span> Vapes/,
    );
  });

  it('moves nothing when a typed duration is wrong, and shows it with the typing kept', async () => {
    const first = await accepted('Vapes in de onderbouw', 20);
    const second = await accepted('Vuurwerk rond oud en nieuw', 20);
    const firstItem = items().find((item) => item.topic_id === first.id);
    const secondItem = items().find((item) => item.topic_id === second.id);
    const { agent } = await builder();
    const before = items();
    const refused = await agent.post(`/meetings/${meeting.id}/agenda/items/${secondItem?.id}/move`, {
      [`minutes-${firstItem?.id}`]: '0',
      [`minutes-${secondItem?.id}`]: '25',
      direction: 'up',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Vul bij “Vapes in de onderbouw” een aantal minuten tussen 1 en 240 in.');
    expect(refused.body).toContain(`name="minutes-${secondItem?.id}" value="25"`);
    expect(items()).toEqual(before);
  });

  it('saves durations and warns when the agenda runs past the meeting’s end', async () => {
    await accepted('Vapes in de onderbouw', 30);
    const { agent } = await builder();
    const topicItem = items().find((item) => item.topic_id !== null);
    const saved = await agent.post(`/meetings/${meeting.id}/agenda/durations`, {
      [`minutes-${topicItem?.id}`]: '90',
    });
    expect(saved.statusCode).toBe(302);
    expect(items().find((item) => item.id === topicItem?.id)?.minutes).toBe(90);
    const page = await agent.get(`/meetings/${meeting.id}/agenda/edit`);
    expect(page.body).toContain(
      'Let op: de agenda loopt 15 minuten uit. Hij eindigt om 17:15, na de geplande eindtijd van 17:00.',
    );
  });

  it('explains a wrong duration by the item it is about, keeps the input and changes nothing', async () => {
    const { agent } = await builder();
    const opening = items()[0];
    const rondvraag = items().find((item) => item.standing === 'rondvraag');
    const response = await agent.post(`/meetings/${meeting.id}/agenda/durations`, {
      [`minutes-${opening?.id}`]: '10',
      [`minutes-${rondvraag?.id}`]: '0',
    });
    expect(response.statusCode).toBe(422);
    // The summary links to the item's own input; the message stands next to that input too.
    expect(response.body).toContain(
      `<li><a href="#field-minutes-${rondvraag?.id}">Vul bij “Rondvraag” een aantal minuten tussen 1 en 240 in.</a></li>`,
    );
    expect(response.body).toMatch(
      new RegExp(
        `id="field-minutes-${rondvraag?.id}-error"><span class="ko-error-prefix">Fout:</span> Vul bij “Rondvraag” een aantal minuten tussen 1 en 240 in.</div>\\s*<input[^>]* id="field-minutes-${rondvraag?.id}" name="minutes-${rondvraag?.id}" value="0"`,
      ),
    );
    expect(response.body).toContain(
      `id="field-minutes-${opening?.id}" name="minutes-${opening?.id}" value="10"`,
    );
    expect(response.body).not.toContain('Vul bij “Opening en mededelingen”');
    expect(items().map((item) => item.minutes)).toEqual([5, 10, 15, 10, 5]);
  });
});

describe('publishing', () => {
  it('notifies every contact of the invited organisations once, and they see the agenda', async () => {
    const unrelated = anOrganisation(ctx.deps.db, { name: 'Samenwerkingsverband VO', kind: 'optional' });
    aContact(ctx.deps.db, unrelated.id, { email: 'swv@swv.example' });
    aContact(ctx.deps.db, world.school.id, {
      email: 'geen-mail@testcollege.example',
      receivesInvitations: false,
    });
    await accepted('Vapes in de onderbouw', 30);
    const before = outbox().length;

    const schoolAgent = sessionAgent(ctx, world.schoolMember.id);
    const early = await schoolAgent.get(`/meetings/${meeting.id}/agenda`);
    expect(early.statusCode).toBe(200);
    expect(early.body).toContain('De agenda is nog niet gepubliceerd');
    expect(early.body).not.toContain('Vapes in de onderbouw');

    const { agent } = await builder();
    const published = await publish(agent);
    expect(published.statusCode).toBe(302);
    const mails = outbox().slice(before);
    expect(mails.map((mail) => mail.to_address).sort()).toEqual(
      ['coordinator@gemeente.example', 'medewerker@partner.example', 'zorg@testcollege.example'].sort(),
    );
    expect(mails.every((mail) => mail.purpose === `agenda-published:${meeting.id}`)).toBe(true);
    expect(mails[0]?.subject).toBe('Agenda voor het ketenoverleg van dinsdag 14 april 2026, 15:00–17:00');
    expect(mails[0]?.text).toContain('15:30  Vapes in de onderbouw');
    expect(mails[0]?.text).toContain(`/meetings/${meeting.id}/agenda`);
    // Every mail says why the organisation is invited.
    const partnerMail = mails.find((mail) => mail.to_address === 'medewerker@partner.example');
    expect(partnerMail?.text).toContain('Je krijgt deze agenda omdat je organisatie is uitgenodigd:');
    expect(partnerMail?.text).toContain('vanwege agendapunt ‘Vapes in de onderbouw’, thema Roken en vapes');
    const schoolMail = mails.find((mail) => mail.to_address === 'zorg@testcollege.example');
    expect(schoolMail?.text).toContain('Testcollege — school, altijd uitgenodigd');
    // Greeted by name, as the poll mail does.
    expect(schoolMail?.text).toMatch(/^Agenda Ketenoverleg voorjaar 2026\n\nHallo Sietske School,\n/);

    // A second confirmation (a double click, another tab) sends nothing more.
    const digest = /name="preview" value="([^"]+)"/.exec(
      (await agent.get(`/meetings/${meeting.id}/topics`)).body,
    );
    expect(digest).toBeNull();
    const again = await agent.post(`/meetings/${meeting.id}/agenda/publish`, { preview: 'x' });
    expect(again.statusCode).toBe(302);
    expect((await agent.get(again.headers.location as string)).body).toContain(
      'De agenda was al gepubliceerd.',
    );
    expect(outbox().slice(before)).toHaveLength(3);

    const printable = await schoolAgent.get(`/meetings/${meeting.id}/agenda`);
    expect(printable.statusCode).toBe(200);
    expect(printable.body).toContain('Agenda: Ketenoverleg voorjaar 2026');
    expect(printable.body).toContain('15:30–16:00');
    expect(printable.body).toContain('Vapes in de onderbouw');
    expect(printable.body).toContain('Roken en vapes');
    expect(printable.body).toContain('Testcollege');
    expect(printable.body).toContain('href="/static/css/print.css" media="print"');

    // An optional partner whose theme is not on the agenda is not invited and does not see it.
    const outsider = aContact(ctx.deps.db, unrelated.id, { email: 'consulent@swv.example' });
    expect((await sessionAgent(ctx, outsider.id).get(`/meetings/${meeting.id}/agenda`)).statusCode).toBe(404);
  });

  it('mails an open agreement of several lines with its line breaks', async () => {
    const earlier = aMeeting(ctx.deps.db, { date: '2026-02-10', status: 'gehouden' });
    anAgreement(ctx.deps.db, {
      meetingId: earlier.id,
      ownerIds: [world.school.id],
      text: 'Ouders krijgen een brief & <b>uitleg</b>:\r\n- klas 1 “eerst”\r\n\r\n- daarna klas 2 🚸',
    });
    const { agent } = await builder();
    expect((await publish(agent)).statusCode).toBe(302);
    const mail = ctx.deps.db.$client
      .prepare("select html, text from outbox where to_address = 'zorg@testcollege.example'")
      .get() as { html: string; text: string };
    expect(mail.html).toContain(
      'Ouders krijgen een brief &amp; &lt;b&gt;uitleg&lt;/b&gt;:<br>- klas 1 “eerst”<br><br>- daarna klas 2 🚸 <span',
    );
    expect(mail.text).toContain(
      '15:15  Openstaande afspraken\n  - Ouders krijgen een brief & <b>uitleg</b>:\n    - klas 1 “eerst”\n\n    - daarna klas 2 🚸 (Testcollege, uiterlijk voor het volgende overleg, open)\n',
    );
  });

  it('shows who gets which mail and why before anything is sent', async () => {
    await accepted('Vapes in de onderbouw', 30);
    const agendaMails = () => outbox().filter((mail) => mail.purpose.startsWith('agenda-published'));
    const { agent, page } = await builder();
    expect(page.body).toContain(`href="/meetings/${meeting.id}/agenda/publish">Agenda publiceren…</a>`);
    const preview = await agent.get(`/meetings/${meeting.id}/agenda/publish`);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Agenda publiceren: controleer de mail');
    expect(preview.body).toContain('Wie krijgen de mail (3)');
    expect(preview.body).toMatch(
      /medewerker@partner\.example<\/td>\s*<td[^>]*>vanwege agendapunt ‘Vapes in de onderbouw’, thema Roken en vapes/,
    );
    expect(preview.body).toContain('school, altijd uitgenodigd');
    expect(preview.body).toContain('Agenda voor het ketenoverleg van dinsdag 14 april 2026, 15:00–17:00');
    expect(preview.body).toContain('15:30 Vapes in de onderbouw');
    expect(preview.body).toContain('Publiceren en 3 mails versturen');
    expect(agendaMails()).toHaveLength(0);

    // The agenda changes between the preview and the click: nothing is sent, the new preview is shown.
    const digest = /name="preview" value="([^"]+)"/.exec(preview.body)?.[1] ?? '';
    await accepted('Messen in schooltassen', 15);
    const stale = await agent.post(`/meetings/${meeting.id}/agenda/publish`, { preview: digest });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain(
      'De agenda of de lijst van ontvangers is veranderd sinds je deze controle opende.',
    );
    expect(stale.body).toContain('Messen in schooltassen');
    expect(agendaMails()).toHaveLength(0);
    expect(
      ctx.deps.db.$client.prepare('select agenda_published_at from meetings where id = ?').get(meeting.id),
    ).toEqual({ agenda_published_at: null });
    // Confirming the new preview publishes.
    const fresh = /name="preview" value="([^"]+)"/.exec(stale.body)?.[1] ?? '';
    expect((await agent.post(`/meetings/${meeting.id}/agenda/publish`, { preview: fresh })).statusCode).toBe(
      302,
    );
    expect(agendaMails()).toHaveLength(3);
  });

  it('gives invitees their personal link and offers "agenda gewijzigd" after a change', async () => {
    await accepted('Vapes in de onderbouw', 30);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/invitations`);
    const school = ctx.deps.db.$client
      .prepare("select id from contacts where email = 'zorg@testcollege.example'")
      .get() as { id: number };
    expect(
      (await coordinator.post(`/meetings/${meeting.id}/invitations`, { contactIds: [String(school.id)] }))
        .statusCode,
    ).toBe(302);
    const before = outbox().length;
    expect((await publish(coordinator)).statusCode).toBe(302);
    const mails = outbox().slice(before);
    const invitee = mails.find((mail) => mail.to_address === 'zorg@testcollege.example');
    const link = /http:\/\/[^\s]+\/rsvp\/[A-Za-z0-9_-]+/.exec(invitee?.text ?? '')?.[0];
    expect(link).toBeTruthy();
    // The personal link opens the agenda without logging in.
    const anonymous = await ctx.app.inject({ method: 'GET', url: new URL(link ?? '').pathname });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body).toContain('Vapes in de onderbouw');
    // Who has no invitation gets the agenda page, behind the login.
    const partner = mails.find((mail) => mail.to_address === 'medewerker@partner.example');
    expect(partner?.text).toContain(`/meetings/${meeting.id}/agenda`);
    expect(partner?.text).not.toContain('/rsvp/');

    const unchanged = await coordinator.get(`/meetings/${meeting.id}/agenda/edit`);
    expect(unchanged.body).not.toContain('Gewijzigd na publicatie');
    ctx.clock.advance(3_600_000);
    await accepted('Messen in schooltassen', 15);
    const changed = await coordinator.get(`/meetings/${meeting.id}/agenda/edit`);
    expect(changed.body).toContain(
      'De agenda is gewijzigd sinds de laatste mail. 1 genodigde heeft de nieuwe agenda nog niet gekregen.',
    );
    expect(changed.body).toContain(`href="/meetings/${meeting.id}/invitations/agenda-mail"`);
  });

  it('sends the agenda to an invitee who gets no invitations by default, such as one added by hand', async () => {
    // Their invitation promised "de volledige agenda volgt"; the published agenda must reach them too.
    const added = aContact(ctx.deps.db, world.school.id, {
      name: 'Hanna Handmatig',
      email: 'hanna@testcollege.example',
      receivesInvitations: false,
    });
    await accepted('Vapes in de onderbouw', 30);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/invitations`);
    const invited = await coordinator.post(`/meetings/${meeting.id}/invitations/add`, {
      contactId: String(added.id),
    });
    expect(invited.statusCode).toBe(302);
    const before = outbox().length;

    const preview = await coordinator.get(`/meetings/${meeting.id}/agenda/publish`);
    expect(preview.body).toContain('hanna@testcollege.example');
    expect((await publish(coordinator)).statusCode).toBe(302);
    const mail = outbox()
      .slice(before)
      .find((entry) => entry.to_address === 'hanna@testcollege.example');
    expect(mail?.purpose).toBe(`agenda-published:${meeting.id}`);
    expect(mail?.text).toContain('Testcollege — school, altijd uitgenodigd');
    expect(mail?.text).toMatch(/\/rsvp\/[A-Za-z0-9_-]+/);
  });

  it('marks changes after publishing and keeps removed items as vervallen', async () => {
    const first = await accepted('Vapes in de onderbouw', 30);
    const { agent } = await builder();
    expect((await publish(agent)).statusCode).toBe(302);
    expect(items().every((item) => item.changed_after_publish_at === null)).toBe(true);

    ctx.clock.advance(3_600_000);
    const late = await accepted('Messen in schooltassen', 15);
    await agent.get(`/meetings/${meeting.id}/topics`);
    await agent.post(`/meetings/${meeting.id}/topics/${first.id}/defer`);
    expect(items().find((item) => item.topic_id === late.id)?.changed_after_publish_at).toBe(
      '2026-03-31T10:00:00.000Z',
    );
    expect(items().find((item) => item.topic_id === first.id)?.removed_at).toBe('2026-03-31T10:00:00.000Z');

    const printable = await sessionAgent(ctx, world.schoolMember.id).get(`/meetings/${meeting.id}/agenda`);
    expect(printable.body).toContain(
      'Deze agenda is na publicatie op dinsdag 31 maart 2026, 11:00 gewijzigd.',
    );
    expect(printable.body).toMatch(
      /Messen in schooltassen\s*<span class="ko-badge ko-badge--changed">gewijzigd na publicatie<\/span>/,
    );
    expect(printable.body).toContain('Vervallen na publicatie');
    expect(printable.body).toContain('<del>Vapes in de onderbouw</del>');
    // The removed item no longer takes time: the new topic starts right after the standing items.
    expect(printable.body).toContain('15:30–15:45');
  });

  it('lists the open agreements of earlier meetings under "Openstaande afspraken"', async () => {
    const earlier = aMeeting(ctx.deps.db, {
      status: 'gehouden',
      date: '2025-10-14',
      topicDeadline: '2025-09-30T22:00:00.000Z',
    });
    const sqlite = ctx.deps.db.$client;
    const insert = sqlite.prepare(
      "insert into agreements (meeting_id, text, due_date, status, created_at, updated_at) values (?, ?, ?, ?, '2025-10-14', '2025-10-14')",
    );
    const open = insert.run(
      earlier.id,
      'Protocol kluisjescontrole afstemmen met de jeugdagent',
      '2026-03-01',
      'open',
    );
    insert.run(earlier.id, 'Afgeronde afspraak', null, 'afgerond');
    sqlite
      .prepare('insert into agreement_owners (agreement_id, organisation_id) values (?, ?)')
      .run(open.lastInsertRowid, world.school.id);
    const { agent } = await builder();
    const printable = await agent.get(`/meetings/${meeting.id}/agenda`);
    expect(printable.body).toContain('Protocol kluisjescontrole afstemmen met de jeugdagent');
    expect(printable.body).toContain('Testcollege · Uiterlijk zondag 1 maart 2026 · ');
    expect(printable.body).not.toContain('Afgeronde afspraak');
    expect(printable.body).toContain('Concept: deze agenda is nog niet gepubliceerd.');
  });

  it('waits until the meeting is planned: no button, a refusal on the builder page, no mail', async () => {
    const concept = aMeeting(ctx.deps.db, { title: 'Concept-overleg najaar', status: 'concept' });
    await accepted('Vapes in de onderbouw', 30);
    const agent = sessionAgent(ctx, world.coordinator.id);
    const page = await agent.get(`/meetings/${concept.id}/agenda/edit`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Je kunt de agenda publiceren zodra het overleg gepland is.');
    expect(page.body).toContain(
      `href="/meetings/${concept.id}">Naar het overleg om het definitief te plannen</a>`,
    );
    expect(page.body).not.toContain('Agenda publiceren…');
    expect(page.body).not.toContain(`href="/meetings/${concept.id}/agenda/publish"`);

    const refused = await agent.post(`/meetings/${concept.id}/agenda/publish`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('<h1 class="utrecht-heading-1">Agenda samenstellen</h1>');
    expect(refused.body).toMatch(
      /role="alert">\s*<p class="utrecht-paragraph">Je kunt de agenda publiceren zodra het overleg gepland is\./,
    );
    const published = ctx.deps.db.$client
      .prepare('select agenda_published_at from meetings where id = ?')
      .get(concept.id) as { agenda_published_at: string | null };
    expect(published.agenda_published_at).toBeNull();
    expect(outbox().filter((mail) => mail.purpose.startsWith('agenda-published'))).toEqual([]);

    // Once planned, the same builder offers the button again.
    ctx.deps.db.$client.prepare("update meetings set status = 'gepland' where id = ?").run(concept.id);
    const planned = await agent.get(`/meetings/${concept.id}/agenda/edit`);
    expect(planned.body).toContain(`href="/meetings/${concept.id}/agenda/publish">Agenda publiceren…</a>`);
    expect(planned.body).not.toContain('Je kunt de agenda publiceren zodra het overleg gepland is.');
  });

  it('does not publish the agenda of a cancelled or held meeting', async () => {
    const agent = sessionAgent(ctx, world.coordinator.id);
    for (const [status, message] of [
      ['geannuleerd', 'Dit overleg is geannuleerd; de agenda kan niet meer worden gepubliceerd.'],
      ['gehouden', 'Dit overleg is al gehouden; de agenda kan niet meer worden gepubliceerd.'],
    ] as const) {
      const past = aMeeting(ctx.deps.db, { status });
      const page = await agent.get(`/meetings/${past.id}/agenda/edit`);
      expect(page.body, status).toContain(message);
      expect(page.body, status).not.toContain('Agenda publiceren…');
      for (const refused of [
        await agent.get(`/meetings/${past.id}/agenda/publish`),
        await agent.post(`/meetings/${past.id}/agenda/publish`),
      ]) {
        expect(refused.statusCode, status).toBe(409);
        expect(refused.body, status).toContain(message);
      }
    }
    expect(
      ctx.deps.db.$client
        .prepare('select count(*) as n from meetings where agenda_published_at is not null')
        .get(),
    ).toEqual({ n: 0 });
    expect(outbox()).toHaveLength(0);
  });

  it('keeps the builder for the coordinator', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    expect((await member.get(`/meetings/${meeting.id}/agenda/edit`)).statusCode).toBe(403);
    expect((await member.get(`/meetings/${meeting.id}/agenda/publish`)).statusCode).toBe(403);
    await member.get('/topics');
    expect((await member.post(`/meetings/${meeting.id}/agenda/publish`)).statusCode).toBe(403);
    expect(outbox()).toHaveLength(0);
  });
});

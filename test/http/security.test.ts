// Security review: object-level access for members, token links, the post-login redirect, CSRF on every form,
// headers, escaping, what is never logged, and error pages that hide internals.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeNext, sessionExpiry } from '../../src/auth/auth.js';
import { createAuthRepository } from '../../src/auth/auth.repository.js';
import { createLoginLink } from '../../src/auth/login-link.js';
import { sessionCookieName } from '../../src/auth/session.plugin.js';
import { hashToken } from '../../src/auth/tokens.js';
import { redactUrl } from '../../src/http/logging.js';
import { createPollsRepository } from '../../src/polls/polls.repository.js';
import { markFindings } from '../../src/privacy/guard.js';
import { scan } from '../../src/privacy/privacy.js';
import { viewsRoot } from '../../src/views/paths.js';
import { aTopic } from '../helpers/agenda-builders.js';
import { Agent } from '../helpers/agent.js';
import { anAgreement } from '../helpers/agreement-builders.js';
import { anOrganisation, aTheme, aWorld } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting, anInvitation } from '../helpers/meeting-builders.js';
import { aPoll } from '../helpers/poll-builders.js';
import { buildTestApp, useTestApp } from '../helpers/test-app.js';

// Monday 2 March 2026: the default meeting (14 April) takes topics until 24 March.
const { ctx, world, sql } = useTestApp({ start: '2026-03-02T09:00:00.000Z' });

/** Runs a statement that returns no rows (the `sql` helper reads rows). */
const run = (query: string, ...params: unknown[]) => ctx.deps.db.$client.prepare(query).run(...params);

const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

describe('the page after logging in (next)', () => {
  it.each([
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\t\\evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/ /evil.example',
    '/\u3000/evil.example',
    '/é',
    'https://evil.example',
    'https:evil.example',
    'javascript:alert(1)',
    '\\\\evil.example',
    'evil.example',
    '',
  ])('sends %j to the start page', (next) => {
    expect(safeNext(next)).toBe('/');
  });

  it.each([
    '/',
    '/meetings/3/agenda',
    '/organisations?soort=school',
    '/%2F%2Fevil.example',
    '/meetings/3#item-4',
  ])('keeps the same-site path %j', (next) => {
    expect(safeNext(next)).toBe(next);
  });

  it('never redirects off the site after a login, also not with a tab or newline hidden in the path', async () => {
    for (const next of ['/\t/evil.example', '/\n/evil.example', '/%09/evil.example']) {
      const agent = new Agent(ctx.app);
      const path = pathOf(createLoginLink(ctx.deps, ctx.config, world.schoolMember.id));
      const page = await agent.get(`${path}?next=${encodeURIComponent(next)}`);
      expect(page.statusCode).toBe(200);
      const done = await agent.post(path, { next });
      expect(done.statusCode, JSON.stringify(next)).toBe(302);
      const location = String(done.headers.location);
      expect(location === '/' || location === next, JSON.stringify(location)).toBe(true);
      expect(new URL(location, 'https://ketenoverleg.example').host).toBe('ketenoverleg.example');
    }
  });

  it('does not carry an encoded off-site destination from the login form into the mailed link', async () => {
    const agent = new Agent(ctx.app);
    const form = await agent.get('/login?next=%2F%09%2Fevil.example');
    expect(form.body).toContain('name="next" value="/"');
    await agent.post('/login', { email: world.schoolMember.email, next: '/\t/evil.example' });
    const [mail] = sql<{ text: string }>('select text from outbox');
    expect(mail?.text).toMatch(/\/login\/[A-Za-z0-9_-]+\s/);
    expect(mail?.text).not.toContain('evil.example');
  });
});

describe('what a member may see and change', () => {
  it('does not show a concept meeting’s agenda to a member, published or not', async () => {
    const concept = aMeeting(ctx.deps.db, { status: 'concept', title: 'Geheim concept-overleg' });
    const school = sessionAgent(ctx, world.schoolMember.id);
    const early = await school.get(`/meetings/${concept.id}/agenda`);
    expect(early.statusCode).toBe(404);
    expect(early.body).not.toContain('Geheim concept-overleg');

    run('update meetings set agenda_published_at = ? where id = ?', '2026-03-01T09:00:00.000Z', concept.id);
    const published = await school.get(`/meetings/${concept.id}/agenda`);
    expect(published.statusCode).toBe(404);
    expect(published.body).not.toContain('Geheim concept-overleg');
    expect((await school.get(`/meetings/${concept.id}`)).statusCode).toBe(404);

    // The coordinator still sees it, and the member sees a planned meeting's published agenda.
    expect(
      (await sessionAgent(ctx, world.coordinator.id).get(`/meetings/${concept.id}/agenda`)).statusCode,
    ).toBe(200);
    const planned = aMeeting(ctx.deps.db, { title: 'Gepland overleg' });
    run('update meetings set agenda_published_at = ? where id = ?', '2026-03-01T09:00:00.000Z', planned.id);
    const visible = await school.get(`/meetings/${planned.id}/agenda`);
    expect(visible.statusCode).toBe(200);
    expect(visible.body).toContain('Gepland overleg');
  });

  it('does not link a member’s topic list to the agenda of a concept meeting', async () => {
    const concept = aMeeting(ctx.deps.db, { status: 'concept' });
    run('update meetings set agenda_published_at = ? where id = ?', '2026-03-01T09:00:00.000Z', concept.id);
    aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: aTheme(ctx.deps.db).id,
      meetingId: concept.id,
      status: 'doorgeschoven',
    });
    const list = await sessionAgent(ctx, world.schoolMember.id).get('/topics');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(`/meetings/${concept.id}/agenda`);
  });

  it('shows an optional partner a meeting only with an invitation', async () => {
    const planned = aMeeting(ctx.deps.db);
    const partner = sessionAgent(ctx, world.partnerMember.id);
    expect((await partner.get(`/meetings/${planned.id}`)).statusCode).toBe(404);
    expect((await partner.get(`/meetings/${planned.id}/agenda`)).statusCode).toBe(404);
    expect((await partner.get('/meetings')).body).not.toContain(`/meetings/${planned.id}"`);
    anInvitation(ctx.deps.db, planned.id, world.partnerMember.id);
    expect((await partner.get(`/meetings/${planned.id}`)).statusCode).toBe(200);
  });

  it('answers not found on every member route given another organisation’s topic or a concept meeting', async () => {
    const theme = aTheme(ctx.deps.db);
    const planned = aMeeting(ctx.deps.db);
    const concept = aMeeting(ctx.deps.db, { status: 'concept', title: 'Concept-overleg' });
    const other = anOrganisation(ctx.deps.db, { name: 'Waardse Lyceum' });
    const foreign = aTopic(ctx.deps.db, {
      organisationId: other.id,
      themeId: theme.id,
      meetingId: planned.id,
      title: 'Messen in tassen',
    });
    const foreignAgreement = anAgreement(ctx.deps.db, {
      meetingId: planned.id,
      ownerIds: [other.id],
      text: 'Messen in tassen: afspraak',
    });
    // A poll they were not asked in (its participants are chosen when it starts).
    const poll = createPollsRepository(ctx.deps.db).insert(
      {
        title: 'Concept-overleg peiling',
        closesAt: '2026-03-20T22:59:00.000Z',
        options: [{ startsAt: '2026-04-07T13:00:00.000Z', endsAt: '2026-04-07T15:00:00.000Z' }],
      },
      world.coordinator.id,
      ctx.clock.now(),
    );
    const ids: Record<string, number> = {
      topics: foreign.id,
      meetings: concept.id,
      agreements: foreignAgreement.id,
      polls: poll,
    };
    const before = sql('select * from topics order by id');
    const validTopic = {
      meeting: String(planned.id),
      themeId: String(theme.id),
      title: 'Overgenomen',
      description: 'Een ander onderwerp.',
      desiredOutcome: 'bespreken',
      suggestedMinutes: '15',
    };
    const memberRoutes = ctx.app.routeTable.filter(
      (route) => route.access === 'member' && route.url.includes('/:id'),
    );
    expect(memberRoutes.map((route) => `${route.method} ${route.url}`).sort()).toEqual(
      [
        'GET /meetings/:id',
        'GET /meetings/:id/agenda',
        'GET /meetings/:id/invite.ics',
        'GET /meetings/:id/verslag',
        'GET /agreements/:id',
        'POST /agreements/:id/notes',
        'POST /agreements/:id/gereed',
        'POST /meetings/:id/rsvp',
        'GET /topics/:id/edit',
        'GET /topics/:id/withdraw',
        'POST /topics/:id',
        'POST /topics/:id/withdraw',
        'GET /polls/:id/answer',
        'POST /polls/:id/answer',
      ].sort(),
    );
    for (const contactId of [world.schoolMember.id, world.partnerMember.id]) {
      const agent = sessionAgent(ctx, contactId);
      await agent.get('/topics');
      for (const route of memberRoutes) {
        const resource = route.url.split('/')[1] ?? '';
        const url = route.url.replace(':id', String(ids[resource]));
        const response = route.method === 'GET' ? await agent.get(url) : await agent.post(url, validTopic);
        expect(response.statusCode, `${route.method} ${url}`).toBe(404);
        expect(response.body).not.toContain('Messen in tassen');
        expect(response.body).not.toContain('Concept-overleg');
      }
    }
    expect(sql('select * from topics order by id')).toEqual(before);
    expect(sql('select * from agreement_notes')).toEqual([]);
  });

  it('takes only the topic fields from the form: not the organisation, status or submitter', async () => {
    const theme = aTheme(ctx.deps.db);
    const planned = aMeeting(ctx.deps.db);
    const other = anOrganisation(ctx.deps.db, { name: 'Waardse Lyceum' });
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get('/topics/new');
    const extra = {
      organisationId: String(other.id),
      organisation_id: String(other.id),
      status: 'geagendeerd',
      submittedBy: String(world.coordinator.id),
      mergedIntoId: '1',
      declineReason: 'x',
      id: '999',
    };
    const created = await agent.post('/topics', {
      meeting: String(planned.id),
      themeId: String(theme.id),
      title: 'Vapes in de onderbouw',
      description: 'Meer vapes rond het fietsenhok.',
      desiredOutcome: 'bespreken',
      suggestedMinutes: '15',
      ...extra,
    });
    expect(created.statusCode).toBe(302);
    const [row] = sql<{ id: number }>('select * from topics');
    expect(row).toMatchObject({
      organisation_id: world.school.id,
      status: 'ingediend',
      submitted_by: world.schoolMember.id,
      merged_into_id: null,
      decline_reason: null,
    });
    expect(row?.id).not.toBe(999);

    await agent.get(`/topics/${row?.id}/edit`);
    const edited = await agent.post(`/topics/${row?.id}`, {
      meeting: String(planned.id),
      themeId: String(theme.id),
      title: 'Vapes in de bovenbouw',
      description: 'Meer vapes rond het fietsenhok.',
      desiredOutcome: 'bespreken',
      suggestedMinutes: '15',
      ...extra,
    });
    expect(edited.statusCode).toBe(302);
    expect(sql('select * from topics')).toMatchObject([
      {
        id: row?.id,
        title: 'Vapes in de bovenbouw',
        organisation_id: world.school.id,
        status: 'ingediend',
        submitted_by: world.schoolMember.id,
        merged_into_id: null,
      },
    ]);
  });
});

describe('sessions', () => {
  it('ends the sessions of the contacts of an organisation the coordinator archives', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    expect((await member.get('/')).statusCode).toBe(200);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/organisations/${world.school.id}`);
    expect((await coordinator.post(`/organisations/${world.school.id}/archive`)).statusCode).toBe(302);
    const after = await member.get('/');
    expect(after.statusCode).toBe(302);
    expect(after.headers.location).toBe('/login?next=%2F');
  });

  it('gives a new session id at login, so a planted session cookie is never promoted', async () => {
    // An attacker's own valid session id, planted in the victim's browser.
    const planted = ctx.deps.newToken();
    const now = ctx.clock.now();
    createAuthRepository(ctx.deps.db).insertSession(
      hashToken(planted),
      world.partnerMember.id,
      now.toISOString(),
      sessionExpiry(now, ctx.config.sessionMaxHours),
    );
    const victim = new Agent(ctx.app);
    victim.setCookie(sessionCookieName(ctx.config), planted);
    const path = pathOf(createLoginLink(ctx.deps, ctx.config, world.schoolMember.id));
    await victim.get(path);
    const done = await victim.post(path);
    expect(done.statusCode).toBe(302);
    const issued = done.cookies.find((cookie) => cookie.name === sessionCookieName(ctx.config));
    expect(issued?.value).toBeTruthy();
    expect(issued?.value).not.toBe(planted);
    expect((await victim.get('/')).body).toContain('Sietske School');
    // The planted id is gone: whoever holds it is not logged in as the victim, nor as anyone.
    expect(sql('select contact_id from sessions')).toEqual([{ contact_id: world.schoolMember.id }]);
    const attacker = new Agent(ctx.app);
    attacker.setCookie(sessionCookieName(ctx.config), planted);
    expect((await attacker.get('/')).statusCode).toBe(302);
  });
});

describe('token links', () => {
  it('stores login and poll tokens only as hashes', async () => {
    const link = createLoginLink(ctx.deps, ctx.config, world.schoolMember.id);
    const token = new URL(link).pathname.split('/').pop() ?? '';
    const polls = aPoll(ctx).links;
    const pollToken = polls.get(world.schoolMember.id)?.split('/').pop() ?? '';
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(pollToken.length).toBeGreaterThanOrEqual(40);
    const dump = JSON.stringify([
      sql('select * from login_tokens'),
      sql('select * from date_poll_participants'),
    ]);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(pollToken);
  });

  it('answers an unknown, used or expired login link the same way', async () => {
    const agent = new Agent(ctx.app);
    const answers: string[] = [];
    const unknown = await agent.get(`/login/${ctx.deps.newToken()}`);
    const used = pathOf(createLoginLink(ctx.deps, ctx.config, world.schoolMember.id));
    await agent.get(used);
    await agent.post(used);
    const usedAgain = await new Agent(ctx.app).get(used);
    const expired = pathOf(createLoginLink(ctx.deps, ctx.config, world.partnerMember.id));
    ctx.clock.advance(15 * 60_000);
    const expiredAnswer = await new Agent(ctx.app).get(expired);
    for (const response of [unknown, usedAgain, expiredAnswer]) {
      expect(response.statusCode).toBe(410);
      answers.push(response.body.replace(/value="[^"]+"/g, ''));
    }
    expect(new Set(answers).size).toBe(1);
  });

  it('revokes the poll link of an archived contact, and answers as for an unknown link', async () => {
    const links = aPoll(ctx).links;
    const path = links.get(world.schoolMember.id) ?? '';
    expect((await new Agent(ctx.app).get(path)).statusCode).toBe(200);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/organisations/${world.school.id}`);
    // The coordinator archives the contact, who has left the school.
    expect((await coordinator.post(`/contacts/${world.schoolMember.id}/archive`)).statusCode).toBe(302);
    const agent = new Agent(ctx.app);
    const revoked = await agent.get(path);
    const unknown = await agent.get(`/poll/${ctx.deps.newToken()}`);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.body).not.toContain('Ketenoverleg april 2026');
    expect(revoked.body).not.toContain(world.schoolMember.name);
    expect(revoked.body).toBe(unknown.body);
    await agent.get('/login');
    const [option] = sql<{ id: number }>('select id from date_poll_options order by starts_at');
    const post = await agent.post(path, { [`answer-${option?.id}`]: 'ja' });
    expect(post.statusCode).toBe(404);
    expect(sql('select * from date_poll_answers')).toEqual([]);
  });

  it('rate-limits the token pages and the login form', async () => {
    const limits: [string, 'GET' | 'POST', number][] = [
      ['/login/:token', 'GET', 60],
      ['/poll/:token', 'GET', 60],
      ['/login', 'POST', 10],
    ];
    for (const [route, method, max] of limits) {
      const agent = new Agent(ctx.app);
      await agent.get('/login');
      let last = null as Awaited<ReturnType<Agent['get']>> | null;
      for (let attempt = 0; attempt <= max; attempt += 1) {
        const url = route.replace(':token', ctx.deps.newToken());
        last = method === 'GET' ? await agent.get(url) : await agent.post(url, { email: 'x@y.example' });
        if (attempt < max) expect(last.statusCode, `${route} attempt ${attempt}`).not.toBe(429);
      }
      expect(last?.statusCode, route).toBe(429);
      expect(last?.body).toContain('Te veel pogingen');
    }
  });

  it('never writes a token into the log', () => {
    const token = 'Zq3x9VvNn2Ck8aTj4mLrWp0sYb7dHe1fGuXo5iQkR6c';
    for (const prefix of ['/login', '/poll', '/rsvp', '/calendar']) {
      expect(redactUrl(`${prefix}/${token}`)).toBe(`${prefix}/[token]`);
      expect(redactUrl(`${prefix}/${token}?next=%2Fmeetings`)).toBe(`${prefix}/[token]?[query]`);
    }
    expect(redactUrl(`/calendar/${token}.ics`)).toBe('/calendar/[token]');
    expect(redactUrl('/meetings/3')).toBe('/meetings/3');
  });
});

describe('CSRF', () => {
  it('refuses every form post without the form’s token, also on the public token pages', async () => {
    const posts = ctx.app.routeTable.filter((route) => route.method !== 'GET');
    expect(posts.length).toBeGreaterThan(30);
    for (const route of posts) {
      const url = route.url
        .split('/')
        .map((segment) => (segment === ':token' ? ctx.deps.newToken() : segment.replace(/^:\w+$/, '1')))
        .join('/');
      const contactId =
        route.access === 'coordinator'
          ? world.coordinator.id
          : route.access === 'member'
            ? world.schoolMember.id
            : null;
      const agent = contactId === null ? new Agent(ctx.app) : sessionAgent(ctx, contactId);
      expect((await agent.get(contactId === null ? '/login' : '/')).statusCode).toBe(200);
      for (const token of [null, 'forged-token']) {
        const response = await agent.post(url, { _csrf: token });
        expect(response.statusCode, `${route.method} ${url} with ${token}`).toBe(403);
        expect(response.body).toContain('Formulier verlopen');
      }
    }
  });

  it('refuses a token that belongs to another browser', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const other = sessionAgent(ctx, world.coordinator.id);
    const page = await other.get('/organisations/new');
    const stolen = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    await coordinator.get('/organisations/new');
    const response = await coordinator.post('/organisations', { _csrf: stolen, name: 'Nep', kind: 'school' });
    expect(response.statusCode).toBe(403);
    expect(sql("select * from organisations where name = 'Nep'")).toEqual([]);
  });
});

describe('a page view', () => {
  const tokenOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

  it('sets no cookie once the browser has its session and CSRF cookie', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const first = await coordinator.get('/');
    expect(first.cookies.map((cookie) => cookie.name)).toEqual(['csrf']);
    for (const path of ['/', '/organisations', '/meetings', '/organisations/new']) {
      const page = await coordinator.get(path);
      expect(page.statusCode, path).toBe(200);
      expect(page.headers['set-cookie'], path).toBeUndefined();
    }
  });

  it('gives a session one form token, which the same CSRF cookie in another session does not make valid', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const first = await coordinator.get('/organisations/new');
    const csrfCookie = first.cookies.find((cookie) => cookie.name === 'csrf')?.value ?? '';
    expect(csrfCookie).not.toBe('');
    const token = tokenOf((await coordinator.get('/organisations/new')).body);
    expect(tokenOf((await coordinator.get('/organisations/new')).body)).toBe(token);
    // Another session of the same person, with this browser's CSRF cookie copied into it.
    const other = sessionAgent(ctx, world.coordinator.id);
    other.setCookie('csrf', csrfCookie);
    const otherPage = await other.get('/organisations/new');
    expect(otherPage.headers['set-cookie']).toBeUndefined();
    expect(tokenOf(otherPage.body)).not.toBe(token);
    const refused = await other.post('/organisations', { _csrf: token, name: 'Nep', kind: 'school' });
    expect(refused.statusCode).toBe(403);
    const accepted = await coordinator.post('/organisations', { _csrf: token, name: 'Echt', kind: 'school' });
    expect(accepted.statusCode).toBe(302);
    expect(sql<{ name: string }>("select name from organisations where name in ('Nep', 'Echt')")).toEqual([
      { name: 'Echt' },
    ]);
  });

  it('gives a browser with a tampered CSRF cookie a new cookie and a token that works with it', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get('/');
    coordinator.setCookie('csrf', 'made-up.signature');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const page = await coordinator.get('/organisations/new');
      expect(page.cookies.map((cookie) => cookie.name)).toEqual(['csrf']);
      coordinator.setCookie('csrf', 'made-up.signature');
    }
    const page = await coordinator.get('/organisations/new');
    const saved = await coordinator.post('/organisations', { name: 'Na vervalsing', kind: 'school' });
    expect(page.cookies.map((cookie) => cookie.name)).toEqual(['csrf']);
    expect(saved.statusCode).toBe(302);
  });

  it('gives a new form token after logging out and in again; the old one is refused', async () => {
    const agent = new Agent(ctx.app);
    const logIn = async () => {
      const path = pathOf(createLoginLink(ctx.deps, ctx.config, world.coordinator.id));
      await agent.get(path);
      expect((await agent.post(path)).statusCode).toBe(302);
    };
    await logIn();
    const before = tokenOf((await agent.get('/organisations/new')).body);
    expect((await agent.post('/logout')).statusCode).toBe(302);
    await logIn();
    const after = tokenOf((await agent.get('/organisations/new')).body);
    expect(after).not.toBe(before);
    const refused = await agent.post('/organisations', { _csrf: before, name: 'Oud', kind: 'school' });
    expect(refused.statusCode).toBe(403);
  });
});

describe('headers', () => {
  it('sends a strict CSP without inline script or style, nosniff, no-store on pages, no HSTS over http', async () => {
    const response = await new Agent(ctx.app).get('/login');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    const forbidden = await sessionAgent(ctx, world.schoolMember.id).get('/organisations');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.headers['cache-control']).toBe('no-store');
  });

  it('keeps the cache time of static files, and never caches other answers such as a stored mail', async () => {
    const css = await new Agent(ctx.app).get('/static/css/app.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toMatch(/max-age=3600/);

    // A stored mail (file transport) carries a login link.
    mkdirSync(ctx.config.mailDir, { recursive: true });
    writeFileSync(
      join(ctx.config.mailDir, '20260302-090000-login.eml'),
      'Subject: Inloggen\r\nTo: zorg@testcollege.example\r\n\r\nhttp://localhost:3000/login/abcdefghijklmnopqrstuvwxyz\r\n',
    );
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const mail = await coordinator.get('/dev/mail/20260302-090000-login.eml');
    expect(mail.statusCode).toBe(200);
    expect(mail.body).toContain('/login/');
    expect(mail.headers['cache-control']).toBe('no-store');
  });

  it('sends HSTS behind https', async () => {
    const secure = await buildTestApp({ env: { BASE_URL: 'https://ketenoverleg.example' } });
    try {
      const response = await secure.app.inject({ method: 'GET', url: '/login' });
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(String(response.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });

  it('answers HEAD requests by the rule of the GET route', async () => {
    const response = await ctx.app.inject({ method: 'HEAD', url: '/organisations' });
    expect(response.statusCode).toBe(302);
    expect(String(response.headers.location)).toMatch(/^\/login\b/);
  });
});

describe('views', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.hbs') ? [path] : [];
    });
  // Mail templates are not served as pages: inline styles there are what mail clients need.
  const pages = files(viewsRoot).filter((path) => !/\.(html|text)\.hbs$/.test(path));

  it('have nothing the CSP would block: no inline script, style attribute or event handler', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(text, path).not.toMatch(/\sstyle\s*=/i);
      expect(text, path).not.toMatch(/<style[\s>]/i);
      expect(text, path).not.toMatch(/\son[a-z]+\s*=/i);
      expect(text, path).not.toMatch(/javascript:/i);
    }
  });

  it('write unescaped HTML only for the layout body and the privacy guard’s marked text', () => {
    const raw = pages.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/\{\{\{\s*([^}\s]+)/g)].map((match) => match[1]),
    );
    expect([...new Set(raw)].sort()).toEqual(['body', 'findings.markedHtml']);
  });

  it('the privacy guard escapes the text around and inside what it marks', () => {
    const text = '<img src=x onerror=alert(1)> Gesprek met Daan Zwanenburg <b>"3B"</b> & \'co\'';
    const html = markFindings(text, scan(text, { allow: [], now: new Date('2026-03-02') }));
    expect(html).toContain('<mark class="ko-privacy__block">Daan Zwanenburg</mark>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html.replace(/<\/?(mark|span)[^>]*>/g, '')).not.toMatch(/[<>"']/);
  });

  it('escapes a member’s text on a blocked form', async () => {
    const theme = aTheme(ctx.deps.db);
    const planned = aMeeting(ctx.deps.db);
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get('/topics/new');
    const response = await agent.post('/topics', {
      meeting: String(planned.id),
      themeId: String(theme.id),
      title: '<script>alert(1)</script>',
      description: '<img src=x onerror=alert(2)> Gesprek over Daan Zwanenburg uit 3B.',
      desiredOutcome: 'bespreken',
      suggestedMinutes: '15',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).not.toContain('<script>alert(1)');
    expect(response.body).not.toContain('<img src=x');
    expect(response.body).toContain('<mark class="ko-privacy__block">Daan Zwanenburg</mark>');
  });
});

describe('logging', () => {
  it('never logs request bodies, blocked text or tokens', async () => {
    const lines: string[] = [];
    const logged = await buildTestApp({
      env: { LOG_LEVEL: 'trace' },
      start: '2026-03-02T09:00:00.000Z',
      logStream: { write: (line) => lines.push(line) },
    });
    try {
      const people = aWorld(logged.deps.db);
      const theme = aTheme(logged.deps.db);
      const planned = aMeeting(logged.deps.db);
      const member = sessionAgent(logged, people.schoolMember.id);
      await member.get('/topics/new');
      const blocked = await member.post('/topics', {
        meeting: String(planned.id),
        themeId: String(theme.id),
        title: 'Spijbelen in de onderbouw',
        description: 'Gesprek over Daan Zwanenburg uit 3B die steeds spijbelt, tel 06-12345678.',
        desiredOutcome: 'bespreken',
        suggestedMinutes: '15',
      });
      expect(blocked.statusCode).toBe(422);

      const agent = new Agent(logged.app);
      const link = createLoginLink(logged.deps, logged.config, people.partnerMember.id, '/meetings');
      const loginPath = pathOf(link);
      await agent.get(loginPath);
      await agent.post(new URL(link).pathname, { next: '/meetings' });
      const poll = aPoll(logged).links.get(people.schoolMember.id) ?? '';
      await agent.get(poll);

      const log = lines.join('');
      expect(log).toContain('/login/[token]');
      // One line per request, when it is answered: method, redacted URL and status together.
      expect(log).not.toContain('incoming request');
      const loginLines = lines
        .map((line) => JSON.parse(line))
        .filter((entry) => entry.msg === 'request completed' && entry.req?.url.startsWith('/login/[token]'));
      expect(loginLines.map((entry) => [entry.req.method, entry.res.statusCode])).toEqual([
        ['GET', 200],
        ['POST', 302],
      ]);
      for (const secret of [
        'Zwanenburg',
        '06-12345678',
        'Spijbelen in de onderbouw',
        new URL(link).pathname.split('/').pop() ?? '',
        poll.split('/').pop() ?? '',
        people.partnerMember.email,
        `${sessionCookieName(logged.config)}=`,
      ]) {
        expect(secret.length).toBeGreaterThan(5);
        expect(log, secret).not.toContain(secret);
      }
    } finally {
      await logged.close();
    }
  });
});

describe('errors', () => {
  it('shows a Dutch page without internals when the database fails', async () => {
    const lines: string[] = [];
    const broken = await buildTestApp({
      env: { LOG_LEVEL: 'error' },
      logStream: { write: (l) => lines.push(l) },
    });
    try {
      aWorld(broken.deps.db);
      broken.deps.db.$client.exec('drop table login_tokens');
      const response = await broken.app.inject({ method: 'GET', url: `/login/${broken.deps.newToken()}` });
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('Er ging iets mis');
      expect(response.body).toContain('Je gegevens zijn niet opgeslagen');
      for (const internal of [
        'login_tokens',
        'no such table',
        'SqliteError',
        'from "',
        '.ts:',
        'node_modules',
        '    at ',
      ]) {
        expect(response.body, internal).not.toContain(internal);
      }
      // The coordinator's log has what went wrong.
      expect(lines.join('')).toContain('no such table: login_tokens');
    } finally {
      await broken.close();
    }
  });
});

describe('behind a reverse proxy', () => {
  it('keeps the rate limit when the client writes its own X-Forwarded-For', async () => {
    const proxied = await buildTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      const page = await proxied.app.inject({ method: 'GET', url: '/login' });
      const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
      const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 11; attempt += 1) {
        const response = await proxied.app.inject({
          method: 'POST',
          url: '/login',
          headers: {
            cookie,
            'content-type': 'application/x-www-form-urlencoded',
            // What nginx sends: the client's own header, with the address nginx saw appended.
            'x-forwarded-for': `203.0.113.${attempt}, 198.51.100.7`,
          },
          payload: new URLSearchParams({ _csrf: token, email: 'x@y.example' }).toString(),
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
      expect(statuses[10]).toBe(429);
    } finally {
      await proxied.close();
    }
  });
});

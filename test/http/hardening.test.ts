// Issue 14's hardening, one block per point: router errors, CSRF in depth, what the app accepts as input.
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { sessionExpiry } from '../../src/auth/auth.js';
import { createAuthRepository } from '../../src/auth/auth.repository.js';
import { createLoginLink } from '../../src/auth/login-link.js';
import { sessionCookieName } from '../../src/auth/session.plugin.js';
import { hashToken } from '../../src/auth/tokens.js';
import { routerErrorStatus } from '../../src/http/router-errors.js';
import { aTopic } from '../helpers/agenda-builders.js';
import { Agent } from '../helpers/agent.js';
import { aTheme } from '../helpers/builders.js';
import { loggedInAgent, sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp({ start: '2026-03-02T09:00:00.000Z' });

/** What every page of the app carries, error pages included. */
function expectSecurityHeaders(response: LightMyRequestResponse, what: string) {
  expect(response.headers['content-type'], what).toMatch(/^text\/html/);
  expect(response.headers['content-security-policy'], what).toContain("default-src 'self'");
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['cache-control'], what).toBe('no-store');
  expect(response.headers['x-frame-options'], what).toBe('SAMEORIGIN');
}

describe('errors the router finds (point 2)', () => {
  const long = 'a'.repeat(101);
  it.each([
    [`/meetings/${long}`, 414, 'Adres te lang'],
    [`/calendar/${'b'.repeat(120)}.ics`, 414, 'Adres te lang'],
    [`/login/${long}?next=%2F`, 414, 'Adres te lang'],
    ['/meetings/%E0%A4%A', 400, 'tekens die we niet kunnen lezen'],
    ['/login/%zz-geheim', 400, 'tekens die we niet kunnen lezen'],
    ['/topics/%C3%28/edit', 400, 'tekens die we niet kunnen lezen'],
  ])(
    'answers %s with the Dutch %i page, every security header and not the path',
    async (url, status, text) => {
      for (const agent of [new Agent(ctx.app), sessionAgent(ctx, world.coordinator.id)]) {
        const response = await agent.get(url);
        expect(response.statusCode, url).toBe(status);
        expectSecurityHeaders(response, url);
        expect(response.body).toContain(text);
        expect(response.body).toContain('<html lang="nl">');
        for (const echoed of [long, 'bbbbbbbbbb', '%E0%A4%A', '%zz', 'geheim', '%C3%28', 'FST_ERR'])
          expect(response.body, url).not.toContain(echoed);
      }
    },
  );

  it('also answers a form post to such an address with the page, not a CSRF or JSON error', async () => {
    const agent = sessionAgent(ctx, world.coordinator.id);
    await agent.get('/organisations/new');
    const response = await agent.post('/organisations/%FF/archive');
    expect(response.statusCode).toBe(400);
    expectSecurityHeaders(response, 'post');
  });

  it('answers a body it cannot read (415) with the Dutch page and the headers', async () => {
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    const response = await agent.postRaw('/login', '<email>x@y.example</email>', 'text/xml');
    expect(response.statusCode).toBe(415);
    expectSecurityHeaders(response, '415');
    expect(response.body).toContain('Dit formulier kunnen we niet lezen');
  });

  it('decides like the router: a bad escape or a decoded segment over 100 characters', () => {
    expect(routerErrorStatus('/meetings/12')).toBeNull();
    expect(routerErrorStatus(`/meetings/${'%41'.repeat(100)}`)).toBeNull();
    expect(routerErrorStatus(`/meetings/${'%41'.repeat(101)}`)).toBe(414);
    expect(routerErrorStatus(`/login?next=${'a'.repeat(300)}`)).toBeNull();
    expect(routerErrorStatus('/a/%')).toBe(400);
    expect(routerErrorStatus('/a/%ED%A0%80')).toBe(400);
  });
});

describe('CSRF in depth (point 6)', () => {
  it('refuses a form with a valid token that comes from another origin', async () => {
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    const email = world.schoolMember.email;
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://localhost:3001' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const response = await agent.post('/login', { email }, headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expectSecurityHeaders(response, JSON.stringify(headers));
      expect(response.body).toContain('Dit formulier kwam niet van http://localhost:3000');
    }
    expect(sql('select * from outbox')).toEqual([]);
    // The app's own origin (BASE_URL) and a browser that sends no Origin still get in.
    const same = await agent.post(
      '/login',
      { email },
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
    );
    expect(same.statusCode).toBe(200);
    expect(same.body).toContain('Kijk in je mailbox');
  });

  it('ties the token to the session: a token from before the login no longer works after it', async () => {
    const agent = await loggedInAgent(ctx, world.coordinator.id);
    // The agent still holds the token of the anonymous confirm page it logged in on.
    const stale = await agent.post('/logout');
    expect(stale.statusCode).toBe(403);
    expect(stale.body).toContain('Formulier verlopen');
    expect(sql('select count(*) as n from sessions')).toEqual([{ n: 1 }]);
    await agent.get('/');
    expect((await agent.post('/logout')).statusCode).toBe(302);
  });

  it('refuses the token of one session in another session of the same browser', async () => {
    const agent = sessionAgent(ctx, world.coordinator.id);
    await agent.get('/organisations/new');
    // The same browser (CSRF cookie and token), now carrying the cookie of another, valid session.
    const otherSession = ctx.deps.newToken();
    const now = ctx.clock.now();
    createAuthRepository(ctx.deps.db).insertSession(
      hashToken(otherSession),
      world.coordinator.id,
      now.toISOString(),
      sessionExpiry(now, ctx.config.sessionMaxHours),
    );
    agent.setCookie(sessionCookieName(ctx.config), otherSession);
    const response = await agent.post('/organisations', { name: 'Nieuwe school', kind: 'school' });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Formulier verlopen');
    expect(sql("select * from organisations where name = 'Nieuwe school'")).toEqual([]);
  });

  it('drops the CSRF secret at login and at logout, so the next page starts a new one', async () => {
    const agent = new Agent(ctx.app);
    const path = new URL(createLoginLink(ctx.deps, ctx.config, world.coordinator.id)).pathname;
    const confirm = await agent.get(path);
    const before = confirm.cookies.find((cookie) => cookie.name === 'csrf')?.value;
    expect(before).toBeTruthy();
    const login = await agent.post(path);
    expect(login.statusCode).toBe(302);
    expect(login.cookies.find((cookie) => cookie.name === 'csrf')?.value).toBe('');
    const home = await agent.get('/');
    const after = home.cookies.find((cookie) => cookie.name === 'csrf')?.value;
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    const logout = await agent.post('/logout');
    expect(logout.statusCode).toBe(302);
    expect(logout.cookies.find((cookie) => cookie.name === 'csrf')?.value).toBe('');
  });
});

describe('sessions of an archived organisation (point 3)', () => {
  it('ends them, so restoring the organisation does not revive an old cookie', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    expect((await member.get('/')).statusCode).toBe(200);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/organisations/${world.school.id}`);
    expect((await coordinator.post(`/organisations/${world.school.id}/archive`)).statusCode).toBe(302);
    expect(sql('select * from sessions where contact_id = ?', world.schoolMember.id)).toEqual([]);
    await coordinator.get(`/organisations/${world.school.id}`);
    expect((await coordinator.post(`/organisations/${world.school.id}/restore`)).statusCode).toBe(302);
    const after = await member.get('/');
    expect(after.statusCode).toBe(302);
    expect(after.headers.location).toBe('/login?next=%2F');
    // Other organisations' sessions are untouched.
    expect(sql('select contact_id from sessions')).toEqual([{ contact_id: world.coordinator.id }]);
  });

  it('also for a contact that is archived and restored, or loses and regains access', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/organisations/${world.school.id}`);
    await coordinator.post(`/contacts/${world.schoolMember.id}/archive`);
    await coordinator.get(`/organisations/${world.school.id}`);
    await coordinator.post(`/contacts/${world.schoolMember.id}/restore`);
    expect((await member.get('/')).statusCode).toBe(302);

    const again = sessionAgent(ctx, world.schoolMember.id);
    const contact = { name: 'Sietske School', email: world.schoolMember.email, role: 'directeur' };
    await coordinator.get(`/contacts/${world.schoolMember.id}/edit`);
    await coordinator.post(`/contacts/${world.schoolMember.id}`, { ...contact, access: 'none' });
    await coordinator.get(`/contacts/${world.schoolMember.id}/edit`);
    await coordinator.post(`/contacts/${world.schoolMember.id}`, { ...contact, access: 'member' });
    expect((await again.get('/')).statusCode).toBe(302);
  });
});

describe('login links per address (point 9)', () => {
  it('mails at most three links per address in 15 minutes, from any IP, with the same answer', async () => {
    const answers: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      // A fresh client each time: the per-IP limit (10) never comes into play.
      const page = await ctx.app.inject({
        method: 'GET',
        url: '/login',
        remoteAddress: `203.0.113.${attempt}`,
      });
      const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/login',
        remoteAddress: `203.0.113.${attempt}`,
        headers: {
          cookie: page.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({ _csrf: token, email: world.schoolMember.email }).toString(),
      });
      expect(response.statusCode).toBe(200);
      answers.push(response.body.replace(/value="[^"]+"/g, ''));
    }
    expect(new Set(answers).size).toBe(1);
    expect(sql('select to_address from outbox')).toHaveLength(3);
    // Another address is not held back by this one's limit, and the limit ends with the window.
    const other = new Agent(ctx.app);
    await other.get('/login');
    await other.post('/login', { email: world.partnerMember.email });
    ctx.clock.advance(15 * 60_000 + 1);
    await other.get('/login');
    await other.post('/login', { email: world.schoolMember.email });
    expect(sql('select to_address from outbox order by id').slice(3)).toEqual([
      { to_address: world.partnerMember.email },
      { to_address: world.schoolMember.email },
    ]);
  });
});

describe('input the app refuses before any form sees it (point 7)', () => {
  it('answers non-canonical ids with not found', async () => {
    const agent = sessionAgent(ctx, world.coordinator.id);
    const meeting = aMeeting(ctx.deps.db, { title: 'Het echte overleg' });
    const topic = aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: aTheme(ctx.deps.db).id,
      meetingId: meeting.id,
    });
    expect((await agent.get(`/meetings/${meeting.id}`)).statusCode).toBe(200);
    const member = sessionAgent(ctx, world.schoolMember.id);
    expect((await member.get(`/topics/${topic.id}/edit`)).statusCode).toBe(200);
    const id = meeting.id;
    for (const url of [
      `/meetings/0x${id.toString(16)}`,
      `/meetings/0${id}`,
      `/meetings/${id}.0`,
      `/meetings/%2B${id}`,
      `/meetings/${id}e0`,
      `/meetings/%20${id}`,
      `/meetings/0`,
      `/topics/+${topic.id}/edit`,
      `/topics/0${topic.id}/edit`,
      `/organisations/00${world.school.id}`,
    ]) {
      const response = await (url.startsWith('/topics') ? member : agent).get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).toContain('Pagina niet gevonden');
      expect(response.body, url).not.toContain('Het echte overleg');
    }
  });

  it('answers a JSON or plain-text body on a form route with the Dutch 415 page and stores nothing', async () => {
    const agent = sessionAgent(ctx, world.coordinator.id);
    await agent.get('/organisations/new');
    const json = JSON.stringify({ _csrf: agent.csrfToken, name: 'JSON-school', kind: 'school' });
    for (const [body, type] of [
      [json, 'application/json'],
      [`_csrf=${agent.csrfToken}&name=Tekst-school&kind=school`, 'text/plain'],
    ] as const) {
      const response = await agent.postRaw('/organisations', body, type);
      expect(response.statusCode, type).toBe(415);
      expectSecurityHeaders(response, type);
      expect(response.body).toContain('Wat je verstuurde was geen gewoon formulier');
    }
    expect(sql("select * from organisations where name like '%-school'")).toEqual([]);
  });

  it('refuses a form that is not valid UTF-8, escaped or raw, and stores nothing', async () => {
    const agent = sessionAgent(ctx, world.coordinator.id);
    await agent.get('/organisations/new');
    const token = encodeURIComponent(agent.csrfToken ?? '');
    for (const body of [
      `_csrf=${token}&kind=school&name=Caf%E9`,
      `_csrf=${token}&kind=school&name=Caf%C3`,
      `_csrf=${token}&kind=school&name=%ED%A0%80`,
      Buffer.concat([Buffer.from(`_csrf=${token}&kind=school&name=Caf`), Buffer.from([0xe9])]),
    ]) {
      const response = await agent.postRaw('/organisations', body, 'application/x-www-form-urlencoded');
      expect(response.statusCode, String(body)).toBe(400);
      expect(response.body).toContain('tekens die we niet kunnen lezen');
    }
    expect(sql("select * from organisations where name like 'Caf%'")).toEqual([]);
    // Valid UTF-8 with accents is of course fine.
    const ok = await agent.post('/organisations', { name: 'Café de Wering', kind: 'school' });
    expect(ok.statusCode).toBe(302);
    expect(sql("select name from organisations where name like 'Caf%'")).toEqual([
      { name: 'Café de Wering' },
    ]);
  });
});

// The login flow through the real routes: magic links, sessions, logout, CSRF.
import { describe, expect, it } from 'vitest';
import { deliverDue } from '../../src/mail/worker.js';
import { Agent } from '../helpers/agent.js';
import { aWorld } from '../helpers/builders.js';
import { loggedInAgent } from '../helpers/login.js';
import { buildTestApp, useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp();

async function requestLink(agent: Agent, email: string) {
  await agent.get('/login');
  return agent.post('/login', { email });
}

function linkFromMail(text: string): string {
  const match = /(http:\/\/localhost:3000\/login\/[A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no login link in mail');
  return new URL(match[1]).pathname;
}

describe('login', () => {
  it('mails a single-use link that logs the contact in after confirming', async () => {
    const agent = new Agent(ctx.app);
    const sent = await requestLink(agent, 'ZORG@testcollege.example');
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Kijk in je mailbox');

    await deliverDue(ctx.deps, ctx.config);
    expect(ctx.transport.sent).toHaveLength(1);
    const mail = ctx.transport.sent[0];
    expect(mail?.to.address).toBe('zorg@testcollege.example');
    const path = linkFromMail(mail?.text ?? '');

    const confirm = await agent.get(path);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Inloggen bevestigen');
    const login = await agent.post(path);
    expect(login.statusCode).toBe(302);
    const home = await agent.get('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Welkom, Sietske School');

    const reused = await new Agent(ctx.app).get(path);
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain('Deze inloglink werkt niet meer');
  });

  it('gives the same answer for an unknown address and sends nothing', async () => {
    const agent = new Agent(ctx.app);
    const unknown = await requestLink(agent, 'niemand@nergens.example');
    const known = await requestLink(new Agent(ctx.app), 'zorg@testcollege.example');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body.replace('niemand@nergens.example', 'X').replace(/value="[^"]+"/g, '')).toBe(
      known.body.replace('zorg@testcollege.example', 'X').replace(/value="[^"]+"/g, ''),
    );
    await deliverDue(ctx.deps, ctx.config);
    expect(ctx.transport.sent.map((mail) => mail.to.address)).toEqual(['zorg@testcollege.example']);
  });

  it('keeps the typed address and explains an invalid one', async () => {
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    const response = await agent.post('/login', { email: 'geen-adres' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Vul een geldig e-mailadres in');
    expect(response.body).toContain('value="geen-adres"');
    expect(response.body).toContain('href="#field-email"');
  });

  it('refuses an expired link', async () => {
    const agent = new Agent(ctx.app);
    await requestLink(agent, 'zorg@testcollege.example');
    await deliverDue(ctx.deps, ctx.config);
    const path = linkFromMail(ctx.transport.sent[0]?.text ?? '');
    ctx.clock.advance(16 * 60_000);
    const response = await agent.get(path);
    expect(response.statusCode).toBe(410);
    const post = await agent.post(path);
    expect(post.statusCode).toBe(410);
    expect((await agent.get('/')).statusCode).toBe(302);
  });

  it('sends no link to a contact without access or an archived contact', async () => {
    const agent = new Agent(ctx.app);
    ctx.deps.db.$client
      .prepare("update contacts set access = 'none' where id = ?")
      .run(world.partnerMember.id);
    await requestLink(agent, world.partnerMember.email);
    await deliverDue(ctx.deps, ctx.config);
    expect(ctx.transport.sent).toHaveLength(0);
  });
});

describe('sessions', () => {
  it('starts a new session id at login and ends it on the server at logout', async () => {
    const agent = await loggedInAgent(ctx, world.schoolMember.id);
    const sessionsBefore = ctx.deps.db.$client.prepare('select count(*) as n from sessions').get() as {
      n: number;
    };
    expect(sessionsBefore.n).toBe(1);
    await agent.get('/');
    const logout = await agent.post('/logout');
    expect(logout.statusCode).toBe(302);
    const sessionsAfter = ctx.deps.db.$client.prepare('select count(*) as n from sessions').get() as {
      n: number;
    };
    expect(sessionsAfter.n).toBe(0);
    expect((await agent.get('/')).headers.location).toBe('/login?next=%2F');
  });

  it('shows every visitor the same login page with a token of their own, and the names as they are now', async () => {
    const first = new Agent(ctx.app);
    const second = new Agent(ctx.app);
    const [one, two] = [await first.get('/login'), await second.get('/login')];
    const withoutToken = (body: string) => body.replace(/name="_csrf" value="[^"]+"/, '');
    expect(withoutToken(one.body)).toBe(withoutToken(two.body));
    expect(first.csrfToken).not.toBe(second.csrfToken);
    // A token goes with its own visitor's cookie only.
    const forged = await second.post('/login', { email: 'zorg@testcollege.example', _csrf: first.csrfToken });
    expect(forged.statusCode).toBe(403);
    expect((await first.post('/login', { email: 'zorg@testcollege.example' })).body).toContain(
      'Kijk in je mailbox',
    );

    // The page to return to and the notice after logging out are still there.
    expect((await new Agent(ctx.app).get('/login?next=%2Ftopics')).body).toContain(
      '<input type="hidden" name="next" value="/topics">',
    );
    const member = await loggedInAgent(ctx, world.schoolMember.id);
    await member.get('/');
    await member.post('/logout');
    expect((await member.get('/login')).body).toContain('Je bent uitgelogd');

    // A new name of the gemeente shows on the next visitor's page.
    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    await coordinator.get('/admin/settings');
    const renamed = await coordinator.post('/admin/settings', {
      gemeenteName: 'Gemeente Oss',
      covenantName: 'Veilig naar school in Oss',
      holidayRegion: 'zuid',
      privacyContact: 'fg@oss.example',
    });
    expect(renamed.statusCode).toBe(302);
    expect((await new Agent(ctx.app).get('/login')).body).toContain(
      'de scholen, de gemeente Oss en hun partners',
    );
  });

  it('expires after the idle timeout and after the absolute timeout', async () => {
    const idle = await loggedInAgent(ctx, world.schoolMember.id);
    ctx.clock.advance(ctx.config.sessionIdleMinutes * 60_000 + 1000);
    expect((await idle.get('/')).statusCode).toBe(302);

    const busy = await loggedInAgent(ctx, world.schoolMember.id);
    for (let hour = 0; hour < ctx.config.sessionMaxHours; hour += 1) {
      ctx.clock.advance(3_600_000);
      await busy.get('/');
    }
    expect((await busy.get('/')).statusCode).toBe(302);
  });

  it('ends the sessions of a contact the coordinator archives', async () => {
    const member = await loggedInAgent(ctx, world.schoolMember.id);
    expect((await member.get('/')).statusCode).toBe(200);
    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    await coordinator.get(`/organisations/${world.school.id}`);
    const archived = await coordinator.post(`/contacts/${world.schoolMember.id}/archive`);
    expect(archived.statusCode).toBe(302);
    expect((await member.get('/')).statusCode).toBe(302);
  });

  it('sets HttpOnly SameSite=Lax cookies, Secure with the __Host- prefix behind HTTPS', async () => {
    const secure = await buildTestApp({ env: { BASE_URL: 'https://ketenoverleg.example' } });
    try {
      const contactId = aWorld(secure.deps.db).schoolMember.id;
      const { createLoginLink } = await import('../../src/auth/login-link.js');
      const path = new URL(createLoginLink(secure.deps, secure.config, contactId)).pathname;
      const agent = new Agent(secure.app);
      await agent.get(path);
      const response = await agent.post(path);
      const cookie = response.cookies.find((c) => c.name === '__Host-session');
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    } finally {
      await secure.close();
    }
  });
});

describe('CSRF', () => {
  it('rejects a form without a valid token and changes nothing', async () => {
    const agent = await loggedInAgent(ctx, world.coordinator.id);
    await agent.get('/organisations/new');
    const missing = await agent.post('/organisations', {
      _csrf: null,
      name: 'Nieuwe school',
      kind: 'school',
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('Formulier verlopen');
    const forged = await agent.post('/organisations', {
      _csrf: 'forged',
      name: 'Nieuwe school',
      kind: 'school',
    });
    expect(forged.statusCode).toBe(403);
    const rows = ctx.deps.db.$client
      .prepare("select count(*) as n from organisations where name = 'Nieuwe school'")
      .get() as {
      n: number;
    };
    expect(rows.n).toBe(0);
  });
});

// The mail folder (/dev/mail) hides other people's live links and records every mail opened (issue 14, point 4).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendInvitations } from '../../src/invitations/invitations.actions.js';
import { createEmlTransport } from '../../src/mail/transports.js';
import { deliverDue } from '../../src/mail/worker.js';
import { actionContext } from '../helpers/action-context.js';
import { Agent } from '../helpers/agent.js';
import { aWorld } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { aPoll } from '../helpers/poll-builders.js';
import { buildTestApp, type TestContext, testClock } from '../helpers/test-app.js';

describe('the mail folder', () => {
  let ctx: TestContext;
  let world: ReturnType<typeof aWorld>;

  beforeEach(async () => {
    const clock = testClock();
    const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-devmail-'));
    ctx = await buildTestApp({
      dataDir,
      clock,
      mailTransport: createEmlTransport(join(dataDir, 'mail'), clock.now),
    });
    world = aWorld(ctx.deps.db);
  });
  afterEach(async () => {
    await ctx.close();
    rmSync(ctx.dataDir, { recursive: true, force: true });
  });

  const audit = () =>
    ctx.deps.db.$client.prepare('select actor_contact_id, action, entity, entity_id from audit_log').all();
  const outboxId = (to: string) =>
    (ctx.deps.db.$client.prepare('select id from outbox where to_address = ?').get(to) as { id: number }).id;
  const fileTo = (to: string) =>
    readdirSync(ctx.config.mailDir).find((name) =>
      new RegExp(`^To: (.* <)?${to}>?\r?$`, 'm').test(readFileSync(join(ctx.config.mailDir, name), 'utf8')),
    ) ?? '';

  async function requestLogin(email: string) {
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    await agent.post('/login', { email });
    ctx.clock.advance(1000);
    await deliverDue(ctx.deps, ctx.config);
  }

  it('hides the login link in someone else’s mail and records that the coordinator opened it', async () => {
    await requestLogin(world.schoolMember.email);
    const file = fileTo(world.schoolMember.email);
    // From the outbox: in the file the text part is quoted-printable, which may break the link across lines.
    const { text } = ctx.deps.db.$client
      .prepare('select text from outbox where to_address = ?')
      .get(world.schoolMember.email) as { text: string };
    const token = /\/login\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(token).toBeTruthy();

    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const shown = await coordinator.get(`/dev/mail/${file}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toMatch(new RegExp(`^To: .*${world.schoolMember.email}`, 'm'));
    expect(shown.body).toContain('http://localhost:3000/login/[verborgen]');
    expect(shown.body).toContain('De persoonlijke links in deze mail zijn verborgen');
    expect(shown.body).not.toContain(token as string);
    expect(audit()).toEqual([
      {
        actor_contact_id: world.coordinator.id,
        action: 'open',
        entity: 'outbox',
        entity_id: outboxId(world.schoolMember.email),
      },
    ]);
    // The log page says it in Dutch.
    const log = await coordinator.get('/admin/audit');
    expect(log.body).toContain('geopend in de mailmap');
  });

  it('hides every personal link of a poll invitation, also in the quoted-printable file', async () => {
    const links = aPoll(ctx).links;
    await deliverDue(ctx.deps, ctx.config);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const file = fileTo(world.schoolMember.email);
    const shown = await coordinator.get(`/dev/mail/${file}`);
    expect(shown.statusCode).toBe(200);
    const token = links.get(world.schoolMember.id)?.split('/').pop() ?? '';
    expect(token.length).toBeGreaterThan(20);
    expect(shown.body).toContain('/poll/[verborgen]');
    expect(shown.body).not.toContain(token);
  });

  it('hides the answer links of a calendar invitation', async () => {
    const meeting = aMeeting(ctx.deps.db);
    sendInvitations(ctx.deps.db, actionContext(ctx, { contactId: world.coordinator.id }), {
      meetingId: meeting.id,
      contactIds: [world.schoolMember.id],
    });
    await deliverDue(ctx.deps, ctx.config);
    const file = fileTo(world.schoolMember.email);
    const raw = readFileSync(join(ctx.config.mailDir, file), 'utf8');
    const token = /\/rsvp\/([A-Za-z0-9_-]{43})/.exec(raw.replace(/=\r?\n/g, ''))?.[1];
    expect(token).toBeTruthy();
    const shown = await sessionAgent(ctx, world.coordinator.id).get(`/dev/mail/${file}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('/rsvp/[verborgen]');
    expect(shown.body).not.toContain(token as string);
    expect(audit()).toContainEqual(expect.objectContaining({ action: 'open', entity: 'outbox' }));
  });

  it('shows the coordinator’s own link, and records that too', async () => {
    await requestLogin(world.coordinator.email);
    const file = fileTo(world.coordinator.email);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const shown = await coordinator.get(`/dev/mail/${file}`);
    expect(shown.body).toMatch(/http:\/\/localhost:3000\/login\/[A-Za-z0-9_-]{43}/);
    expect(shown.body).not.toContain('verborgen');
    expect(audit()).toHaveLength(1);
  });
});

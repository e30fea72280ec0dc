// The outbox worker: mail written with the change, delivered once, retried with backoff, given up on and retried by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { enqueueMail } from '../../src/mail/mailer.js';
import { MAX_ATTEMPTS, retryDelayMs } from '../../src/mail/outbox.js';
import type { MailTransport, OutgoingMail } from '../../src/mail/transports.js';
import { deliverDue, startOutboxWorker } from '../../src/mail/worker.js';
import { Agent } from '../helpers/agent.js';
import { aWorld } from '../helpers/builders.js';
import { loggedInAgent } from '../helpers/login.js';
import { buildTestApp, captureTransport, testClock, useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();

interface OutboxRow {
  id: number;
  status: string;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  message_id: string;
  purpose: string;
}
const outboxRows = () => sql<OutboxRow>('select * from outbox order by id');

function queueLoginMail(to = 'zorg@testcollege.example') {
  ctx.deps.db.transaction((tx) =>
    enqueueMail(tx, ctx.config, ctx.deps.now(), {
      template: 'login',
      to: { name: null, email: to },
      data: { link: `${ctx.config.baseUrl}/login/abc`, minutes: 15 },
      purpose: 'login',
    }),
  );
}

describe('writing mail with the change', () => {
  it('writes no mail when the transaction it belongs to fails', () => {
    expect(() =>
      ctx.deps.db.transaction((tx) => {
        enqueueMail(tx, ctx.config, ctx.deps.now(), {
          template: 'login',
          to: { name: null, email: 'zorg@testcollege.example' },
          data: { link: 'x', minutes: 15 },
          purpose: 'login',
        });
        throw new Error('de wijziging mislukt');
      }),
    ).toThrow('de wijziging mislukt');
    expect(outboxRows()).toEqual([]);
  });

  it('stores neither the login link nor its mail when writing the mail fails', async () => {
    ctx.deps.db.$client.exec(
      "create trigger outbox_kapot before insert on outbox begin select raise(abort, 'outbox vol'); end",
    );
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    const response = await agent.post('/login', { email: 'zorg@testcollege.example' });
    expect(response.statusCode).toBe(500);
    expect(response.body).toContain('Er ging aan onze kant iets mis. Je gegevens zijn niet opgeslagen.');
    expect(response.body).not.toContain('outbox vol');
    expect(sql('select * from login_tokens')).toEqual([]);
    expect(outboxRows()).toEqual([]);
  });

  it('writes the login link and its mail together', async () => {
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    await agent.post('/login', { email: 'zorg@testcollege.example' });
    expect(sql('select * from login_tokens')).toHaveLength(1);
    expect(outboxRows()).toMatchObject([{ status: 'pending', attempts: 0, purpose: 'login' }]);
    // Nothing is sent before the worker runs.
    expect(ctx.transport.sent).toEqual([]);
  });
});

describe('delivering', () => {
  it('sends due mail once and marks it sent', async () => {
    queueLoginMail();
    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 1, failed: 0 });
    expect(ctx.transport.sent).toHaveLength(1);
    const mail = ctx.transport.sent[0] as OutgoingMail;
    expect(mail).toMatchObject({
      from: ctx.config.mailFrom,
      to: { name: null, address: 'zorg@testcollege.example' },
      subject: 'Je inloglink voor het ketenoverleg',
      ical: null,
    });
    expect(mail.text).toContain('http://localhost:3000/login/abc');
    expect(mail.html).toContain('href="http://localhost:3000/login/abc"');
    expect(outboxRows()).toMatchObject([
      {
        status: 'sent',
        attempts: 1,
        sent_at: ctx.clock.now().toISOString(),
        locked_until: null,
        last_error: null,
      },
    ]);
    expect(mail.messageId).toBe(outboxRows()[0]?.message_id);

    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 0, failed: 0 });
    ctx.clock.advance(24 * 3_600_000);
    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 0, failed: 0 });
    expect(ctx.transport.sent).toHaveLength(1);
  });

  it('retries with a growing wait and gives up after the last attempt', async () => {
    queueLoginMail();
    ctx.transport.failNext('451 4.3.0 Mailserver tijdelijk niet beschikbaar');
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      expect(await deliverDue(ctx.deps, ctx.config), `attempt ${attempt}`).toEqual({ sent: 0, failed: 1 });
      const [row] = outboxRows();
      expect(row?.attempts).toBe(attempt);
      expect(row?.last_error).toBe('451 4.3.0 Mailserver tijdelijk niet beschikbaar');
      expect(row?.locked_until).toBeNull();
      if (attempt < MAX_ATTEMPTS) {
        expect(row?.status).toBe('pending');
        expect(row?.next_attempt_at).toBe(
          new Date(ctx.clock.now().getTime() + retryDelayMs(attempt)).toISOString(),
        );
        // Not due before its time.
        ctx.clock.advance(retryDelayMs(attempt) - 1000);
        expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 0, failed: 0 });
        ctx.clock.advance(1000);
      } else {
        expect(row?.status).toBe('failed');
      }
    }
    ctx.transport.failNext(null);
    ctx.clock.advance(7 * 24 * 3_600_000);
    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 0, failed: 0 });
    expect(ctx.transport.sent).toEqual([]);
  });

  it('shows a failed mail in the outbox with a retry button that delivers it', async () => {
    queueLoginMail('medewerker@partner.example');
    ctx.transport.failNext('550 5.1.1 Mailbox onbekend');
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await deliverDue(ctx.deps, ctx.config);
      ctx.clock.advance(retryDelayMs(attempt));
    }
    const [failed] = outboxRows();
    expect(failed?.status).toBe('failed');

    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    const page = await coordinator.get('/admin/outbox');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('1 mail kon niet worden verstuurd.');
    expect(page.body).toMatch(
      /<td class="utrecht-table__cell"[^>]*>medewerker@partner\.example<\/td>\s*<td class="utrecht-table__cell"[^>]*>Je inloglink voor het ketenoverleg<\/td>\s*<td class="utrecht-table__cell"[^>]*><span class="ko-status ko-status--failed">mislukt<\/span><br><span class="ko-muted">8 pogingen: 550 5\.1\.1 Mailbox onbekend<\/span><\/td>/,
    );
    expect(page.body).toContain(`<form method="post" action="/admin/outbox/${failed?.id}/retry"`);
    expect(page.body).toContain(
      'Opnieuw versturen<span class="ko-visually-hidden"> Je inloglink voor het ketenoverleg</span>',
    );

    ctx.transport.failNext(null);
    const retried = await coordinator.post(`/admin/outbox/${failed?.id}/retry`);
    expect(retried.statusCode).toBe(302);
    expect(retried.headers.location).toBe('/admin/outbox');
    expect(outboxRows()).toMatchObject([{ status: 'pending', attempts: 0 }]);
    const after = await coordinator.get('/admin/outbox');
    expect(after.body).toContain('De mail staat weer in de wachtrij.');
    expect(after.body).toContain('<span class="ko-status ko-status--pending">in de wachtrij</span>');
    expect(after.body).not.toContain('konden niet worden verstuurd');

    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 1, failed: 0 });
    expect(ctx.transport.sent.map((mail) => mail.to.address)).toEqual(['medewerker@partner.example']);
    expect((await coordinator.get('/admin/outbox')).body).toContain(
      '<span class="ko-status ko-status--sent">verstuurd</span>',
    );
    expect(sql('select actor_contact_id, action, entity, entity_id from audit_log')).toEqual([
      { actor_contact_id: world.coordinator.id, action: 'retry', entity: 'outbox', entity_id: failed?.id },
    ]);

    // A message that has not failed cannot be "retried" again.
    const again = await coordinator.post(`/admin/outbox/${failed?.id}/retry`);
    expect(again.statusCode).toBe(404);
  });

  it('never sends a message twice when two workers on separate connections run at the same time', async () => {
    for (let n = 0; n < 6; n += 1) queueLoginMail(`ontvanger${n}@school.example`);
    const second = openDatabase(ctx.config.databaseFile);
    const delivered: string[] = [];
    const slow = (): MailTransport => ({
      kind: 'test',
      async send(mail) {
        await new Promise((resolve) => setTimeout(resolve, 15));
        delivered.push(mail.messageId);
      },
      close() {},
    });
    try {
      const results = await Promise.all([
        deliverDue({ db: ctx.deps.db, now: ctx.deps.now, mailTransport: slow() }, ctx.config),
        deliverDue({ db: second.db, now: ctx.deps.now, mailTransport: slow() }, ctx.config),
        deliverDue({ db: ctx.deps.db, now: ctx.deps.now, mailTransport: slow() }, ctx.config),
      ]);
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(6);
      // Each worker got some of the work: the runs really overlapped.
      expect(results.filter((result) => result.sent > 0).length).toBeGreaterThan(1);
    } finally {
      second.sqlite.close();
    }
    expect(delivered).toHaveLength(6);
    expect(new Set(delivered).size).toBe(6);
    expect(outboxRows().every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });

  it('does not send again after a restart on the same database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-restart-'));
    const clock = testClock();
    try {
      const first = await buildTestApp({ dataDir, clock });
      aWorld(first.deps.db);
      const agent = new Agent(first.app);
      await agent.get('/login');
      await agent.post('/login', { email: 'zorg@testcollege.example' });
      expect(await deliverDue(first.deps, first.config)).toEqual({ sent: 1, failed: 0 });
      await first.close();

      const restarted = await buildTestApp({ dataDir, clock });
      try {
        expect(await deliverDue(restarted.deps, restarted.config)).toEqual({ sent: 0, failed: 0 });
        expect(restarted.transport.sent).toEqual([]);
        const rows = restarted.deps.db.$client.prepare('select status, attempts from outbox').all();
        expect(rows).toEqual([{ status: 'sent', attempts: 1 }]);
      } finally {
        await restarted.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('leaves a message a stopped worker was sending alone until its lock expires', async () => {
    queueLoginMail();
    // A worker claimed the message and then stopped (crash, restart) before recording the outcome.
    const { createOutboxRepository } = await import('../../src/mail/outbox.repository.js');
    expect(createOutboxRepository(ctx.deps.db).claimNext(ctx.clock.now())).not.toBeNull();
    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 0, failed: 0 });
    ctx.clock.advance(5 * 60_000 + 1000);
    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 1, failed: 0 });
    expect(outboxRows()).toMatchObject([{ status: 'sent', attempts: 2 }]);
  });
});

describe('the background worker', () => {
  it('delivers queued mail on a nudge without waiting for its next tick, and stops', async () => {
    const transport = captureTransport();
    const errors: unknown[] = [];
    const worker = startOutboxWorker(
      { db: ctx.deps.db, now: ctx.deps.now, mailTransport: transport },
      ctx.config,
      (error) => errors.push(error),
      60_000,
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      queueLoginMail();
      worker.nudge();
      await expect.poll(() => transport.sent.length, { timeout: 2000 }).toBe(1);
      expect(outboxRows()[0]?.status).toBe('sent');
      expect(errors).toEqual([]);
    } finally {
      worker.stop();
    }
  });
});

describe('stopping the background worker', () => {
  /** A transport that holds each message until `release` is called. */
  function heldTransport() {
    const sent: OutgoingMail[] = [];
    let release = () => {};
    const transport: MailTransport = {
      kind: 'test',
      send: (mail) =>
        new Promise<void>((done) => {
          release = () => {
            sent.push(mail);
            done();
          };
        }),
      close: () => {},
    };
    return { transport, sent, release: () => release() };
  }

  it('waits for the message in hand, marks it sent and claims no further mail', async () => {
    const held = heldTransport();
    queueLoginMail('een@testcollege.example');
    queueLoginMail('twee@testcollege.example');
    const worker = startOutboxWorker(
      { db: ctx.deps.db, now: ctx.deps.now, mailTransport: held.transport },
      ctx.config,
      () => {},
      60_000,
    );
    await expect.poll(() => outboxRows()[0]?.locked_until).not.toBeNull();
    const stopped = worker.stop();
    setTimeout(held.release, 50);
    await stopped;
    expect(held.sent.map((mail) => mail.to.address)).toEqual(['een@testcollege.example']);
    expect(outboxRows()).toMatchObject([
      { status: 'sent', locked_until: null },
      { status: 'pending', locked_until: null, attempts: 0 },
    ]);
  });

  it('gives the message back to the outbox when the mail server does not answer within the grace period', async () => {
    const held = heldTransport();
    queueLoginMail();
    const worker = startOutboxWorker(
      { db: ctx.deps.db, now: ctx.deps.now, mailTransport: held.transport },
      ctx.config,
      () => {},
      60_000,
      30,
    );
    await expect.poll(() => outboxRows()[0]?.locked_until).not.toBeNull();
    await worker.stop();
    expect(outboxRows()).toMatchObject([{ status: 'pending', locked_until: null, attempts: 1 }]);
    // The next start takes it again at once, without waiting for the lock to run out.
    const second = captureTransport();
    expect(await deliverDue({ ...ctx.deps, mailTransport: second }, ctx.config)).toEqual({
      sent: 1,
      failed: 0,
    });
  });
});

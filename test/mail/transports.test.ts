// The mail transports for real: complete .eml files shown at /dev/mail, and a round trip through an SMTP server.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueMail } from '../../src/mail/mailer.js';
import { retryDelayMs } from '../../src/mail/outbox.js';
import { createEmlTransport, createSmtpTransport, type MailTransport } from '../../src/mail/transports.js';
import { deliverDue } from '../../src/mail/worker.js';
import { Agent } from '../helpers/agent.js';
import { anOutboxMail, aWorld } from '../helpers/builders.js';
import { loggedInAgent } from '../helpers/login.js';
import { smtpServer } from '../helpers/smtp-server.js';
import { buildTestApp, type TestContext, testClock } from '../helpers/test-app.js';

const addressOf = (value: ParsedMail['to']) => (Array.isArray(value) ? value[0] : value)?.value[0]?.address;

describe('the .eml transport', () => {
  let ctx: TestContext;
  let world: ReturnType<typeof aWorld>;
  let eml: MailTransport;

  beforeEach(async () => {
    const clock = testClock();
    const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-eml-'));
    eml = createEmlTransport(join(dataDir, 'mail'), clock.now);
    ctx = await buildTestApp({ dataDir, clock, mailTransport: eml });
    world = aWorld(ctx.deps.db);
  });
  afterEach(async () => {
    await ctx.close();
    rmSync(ctx.dataDir, { recursive: true, force: true });
  });

  it('writes a complete message into DATA_DIR/mail', async () => {
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    await agent.post('/login', { email: 'coordinator@gemeente.example' });
    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 1, failed: 0 });

    const files = readdirSync(ctx.config.mailDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^2026-03-02T09-00-00-000Z_[0-9a-f-]{36}_localhost\.eml$/);
    const raw = readFileSync(join(ctx.config.mailDir, files[0] as string));
    expect(raw.toString('latin1')).toContain('\r\n');
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Je inloglink voor het ketenoverleg');
    expect(mail.from?.value[0]?.address).toBe(ctx.config.mailFrom);
    expect(addressOf(mail.to)).toBe('coordinator@gemeente.example');
    expect(mail.messageId).toBe(
      (ctx.deps.db.$client.prepare('select message_id from outbox').get() as { message_id: string })
        .message_id,
    );
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/login\/[A-Za-z0-9_-]{43}/);
    expect(mail.html).toMatch(/<a href="http:\/\/localhost:3000\/login\/[A-Za-z0-9_-]{43}"/);
    expect(mail.html).toContain('Deel in dit overleg geen persoonsgegevens van leerlingen.');
  });

  it('keeps a calendar invite as a text/calendar part with its method', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//ketenoverleg//test//NL',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:test@ketenoverleg',
      'DTSTAMP:20260302T090000Z',
      'DTSTART:20260414T130000Z',
      'SUMMARY:Ketenoverleg',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    ctx.deps.db.transaction((tx) =>
      enqueueMail(tx, ctx.config, ctx.deps.now(), {
        template: 'login',
        to: { name: 'Sietske School', email: 'zorg@testcollege.example' },
        data: { link: 'x', minutes: 15 },
        purpose: 'test',
        ical: { method: 'REQUEST', content: ics },
      }),
    );
    await deliverDue(ctx.deps, ctx.config);
    const [file] = readdirSync(ctx.config.mailDir);
    const raw = readFileSync(join(ctx.config.mailDir, file as string), 'utf8');
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const mail = await simpleParser(raw);
    expect((Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]).toEqual({
      address: 'zorg@testcollege.example',
      name: 'Sietske School',
    });
    const calendar = mail.attachments.find((part) => part.contentType === 'text/calendar');
    expect(calendar?.content.toString('utf8')).toContain('METHOD:REQUEST');
  });

  it('lists the written mail at /dev/mail for the coordinator and shows one at /dev/mail/:file', async () => {
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    await agent.post('/login', { email: 'zorg@testcollege.example' });
    await deliverDue(ctx.deps, ctx.config);
    const [file] = readdirSync(ctx.config.mailDir);

    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    const list = await coordinator.get('/dev/mail');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<h1 class="utrecht-heading-1">Mailmap</h1>');
    expect(list.body).toContain(`Elke mail staat als compleet .eml-bestand in ${ctx.config.mailDir}`);
    expect(list.body).toContain(`<a href="/dev/mail/${file}">Je inloglink voor het ketenoverleg</a>`);
    expect(list.body).toContain('zorg@testcollege.example');

    const shown = await coordinator.get(`/dev/mail/${file}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(shown.headers['content-disposition']).toBe(`inline; filename="${file}"`);
    expect(shown.body).toContain('To: zorg@testcollege.example');
    expect(shown.body).toContain('Subject: Je inloglink voor het ketenoverleg');
    expect(shown.body).toContain('http://localhost:3000/login/[verborgen]');

    const missing = await coordinator.get('/dev/mail/2026-03-02T09-00-00-000Z_bestaat-niet.eml');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Niet gevonden');
    const traversal = await coordinator.get('/dev/mail/..%2Fketenoverleg.db');
    expect(traversal.statusCode).toBe(404);
    expect(traversal.body).not.toContain('SQLite');
  });

  it('lists subjects with accents and dashes as written, with the Dutch date', async () => {
    const subject =
      'Uitnodiging – ketenoverleg “Veilige school”, thema’s en afspraken voor het komende halfjaar';
    anOutboxMail(ctx.deps.db, { subject, to: 'zorg@testcollege.example', now: ctx.clock.now() });
    await deliverDue(ctx.deps, ctx.config);
    const [file] = readdirSync(ctx.config.mailDir);
    expect(readFileSync(join(ctx.config.mailDir, file as string), 'utf8')).toMatch(/^Subject: =\?UTF-8\?/m);

    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    const list = await coordinator.get('/dev/mail');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`<a href="/dev/mail/${file}">${subject}</a>`);
    // The Date header is the moment of writing, shown the Dutch way.
    expect(list.body).toMatch(
      /· zorg@testcollege\.example · [a-z]+dag \d{1,2} [a-z]+ \d{4}, \d\d:\d\d<\/span>/,
    );
  });

  it('says when there is no mail yet', async () => {
    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    const list = await coordinator.get('/dev/mail');
    expect(list.body).toContain('Nog geen mail weggeschreven.');
  });
});

describe('the SMTP transport', () => {
  let ctx: TestContext;
  let smtp: Awaited<ReturnType<typeof smtpServer>> | null = null;
  let transport: MailTransport | null = null;

  beforeEach(async () => {
    ctx = await buildTestApp();
    aWorld(ctx.deps.db);
  });
  afterEach(async () => {
    transport?.close();
    await smtp?.close();
    await ctx.close();
  });

  async function requestLogin() {
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    await agent.post('/login', { email: 'zorg@testcollege.example' });
  }

  it('delivers through a real SMTP server from SMTP_URL', async () => {
    smtp = await smtpServer();
    // A self-signed certificate on the local server: the URL says to accept it (nodemailer reads tls.* options from it).
    transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}?tls.rejectUnauthorized=false`, {
      allowPlaintext: false,
    });
    await requestLogin();
    expect(await deliverDue({ ...ctx.deps, mailTransport: transport }, ctx.config)).toEqual({
      sent: 1,
      failed: 0,
    });

    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message?.from).toBe(ctx.config.mailFrom);
    expect(message?.to).toEqual(['zorg@testcollege.example']);
    expect(message?.mail.subject).toBe('Je inloglink voor het ketenoverleg');
    expect(message?.mail.text).toMatch(/http:\/\/localhost:3000\/login\/[A-Za-z0-9_-]{43}/);
    expect(message?.mail.messageId).toBe(
      (ctx.deps.db.$client.prepare('select message_id from outbox').get() as { message_id: string })
        .message_id,
    );
    expect(ctx.deps.db.$client.prepare('select status from outbox').get()).toEqual({ status: 'sent' });
  });

  it('keeps the mail pending while the server is down and delivers it once when it is back', async () => {
    smtp = await smtpServer();
    const port = smtp.port;
    await smtp.close();
    smtp = null;
    transport = createSmtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`, { allowPlaintext: false });
    const deps = { ...ctx.deps, mailTransport: transport };

    await requestLogin();
    expect(await deliverDue(deps, ctx.config)).toEqual({ sent: 0, failed: 1 });
    const down = ctx.deps.db.$client.prepare('select status, attempts, last_error from outbox').get() as {
      status: string;
      attempts: number;
      last_error: string;
    };
    expect(down.status).toBe('pending');
    expect(down.attempts).toBe(1);
    expect(down.last_error).toMatch(/ECONNREFUSED/);

    smtp = await smtpServer({ port });
    // Still waiting for its backoff: not sent yet, even though the server is back.
    expect(await deliverDue(deps, ctx.config)).toEqual({ sent: 0, failed: 0 });
    ctx.clock.advance(retryDelayMs(1));
    expect(await deliverDue(deps, ctx.config)).toEqual({ sent: 1, failed: 0 });
    ctx.clock.advance(retryDelayMs(8));
    expect(await deliverDue(deps, ctx.config)).toEqual({ sent: 0, failed: 0 });

    expect(smtp.received.map((message) => message.to)).toEqual([['zorg@testcollege.example']]);
    expect(ctx.deps.db.$client.prepare('select status, attempts from outbox').get()).toEqual({
      status: 'sent',
      attempts: 2,
    });
  });
});

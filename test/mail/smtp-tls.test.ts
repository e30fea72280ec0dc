// Mail over smtp:// to a remote host needs STARTTLS unless SMTP_ALLOW_PLAINTEXT says otherwise (issue 14, point 8).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  createSmtpTransport,
  isLoopbackHost,
  type MailTransport,
  requiresStartTls,
} from '../../src/mail/transports.js';
import { deliverDue } from '../../src/mail/worker.js';
import { Agent } from '../helpers/agent.js';
import { aWorld } from '../helpers/builders.js';
import { smtpServer } from '../helpers/smtp-server.js';
import { buildTestApp, type TestContext } from '../helpers/test-app.js';

/** Treats every host as remote: the local test server then stands in for a mail server across the network. */
const nothingIsLoopback = () => false;

describe('STARTTLS for smtp:// to a remote host', () => {
  let ctx: TestContext;
  let smtp: Awaited<ReturnType<typeof smtpServer>>;
  let transport: MailTransport | null = null;

  beforeEach(async () => {
    ctx = await buildTestApp();
    aWorld(ctx.deps.db);
    smtp = await smtpServer({ startTls: false });
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    await agent.post('/login', { email: 'zorg@testcollege.example' });
  });
  afterEach(async () => {
    transport?.close();
    await smtp.close();
    await ctx.close();
  });

  const outboxRow = () =>
    ctx.deps.db.$client.prepare('select status, last_error from outbox').get() as {
      status: string;
      last_error: string | null;
    };

  it('sends nothing to a server without STARTTLS and says why in the outbox', async () => {
    transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`, {
      allowPlaintext: false,
      isLoopback: nothingIsLoopback,
    });
    expect(await deliverDue({ ...ctx.deps, mailTransport: transport }, ctx.config)).toEqual({
      sent: 0,
      failed: 1,
    });
    expect(smtp.received).toEqual([]);
    expect(outboxRow().status).toBe('pending');
    expect(outboxRow().last_error).toContain('De mailserver biedt geen versleuteling (STARTTLS)');
    expect(outboxRow().last_error).toContain('SMTP_ALLOW_PLAINTEXT=true');
  });

  it('cannot be switched off from the URL', async () => {
    transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}?requireTLS=false&ignoreTLS=true`, {
      allowPlaintext: false,
      isLoopback: nothingIsLoopback,
    });
    await deliverDue({ ...ctx.deps, mailTransport: transport }, ctx.config);
    expect(smtp.received).toEqual([]);
  });

  it('sends in plaintext when SMTP_ALLOW_PLAINTEXT allows it', async () => {
    transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`, {
      allowPlaintext: true,
      isLoopback: nothingIsLoopback,
    });
    expect(await deliverDue({ ...ctx.deps, mailTransport: transport }, ctx.config)).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(smtp.received.map((message) => message.to)).toEqual([['zorg@testcollege.example']]);
  });

  it('sends in plaintext to a loopback server, which no network sees', async () => {
    transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`, { allowPlaintext: false });
    expect(await deliverDue({ ...ctx.deps, mailTransport: transport }, ctx.config)).toEqual({
      sent: 1,
      failed: 0,
    });
  });
});

describe('the setting', () => {
  it('requires STARTTLS for smtp:// to any host that is not loopback, unless plaintext is allowed', () => {
    const strict = { allowPlaintext: false };
    expect(requiresStartTls('smtp://mail.example.nl:587', strict)).toBe(true);
    expect(requiresStartTls('smtp://user:geheim@10.0.0.5', strict)).toBe(true);
    expect(requiresStartTls('smtp://127.0.0.2.example.nl', strict)).toBe(true);
    expect(requiresStartTls('smtps://mail.example.nl:465', strict)).toBe(false);
    expect(requiresStartTls('smtp://mail.example.nl:587', { allowPlaintext: true })).toBe(false);
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'LOCALHOST'])
      expect(requiresStartTls(`smtp://${host}:25`, strict), host).toBe(false);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });

  it('is off unless SMTP_ALLOW_PLAINTEXT=true', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-smtp-'));
    try {
      const base = { DATA_DIR: dataDir, SESSION_SECRET: 'x'.repeat(40) };
      expect(loadConfig(base).smtpAllowPlaintext).toBe(false);
      expect(loadConfig({ ...base, SMTP_ALLOW_PLAINTEXT: 'true' }).smtpAllowPlaintext).toBe(true);
      expect(() => loadConfig({ ...base, SMTP_ALLOW_PLAINTEXT: 'misschien' })).toThrow(
        /SMTP_ALLOW_PLAINTEXT/,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

// Configuration from the environment: defaults, one-line messages for invalid values, the kept session secret.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEnv } from '../src/config.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-config-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function messageFor(env: Record<string, string>): string {
  try {
    parseEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(env)}`);
}

describe('reading the environment', () => {
  it('fills in the documented defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'a'.repeat(32) });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      baseUrl: 'http://localhost:3000',
      secure: false,
      dataDir,
      databaseFile: join(dataDir, 'ketenoverleg.db'),
      mailDir: join(dataDir, 'mail'),
      smtpUrl: null,
      replySmtpPort: null,
      logLevel: 'info',
      cacheTemplates: true,
      keepPages: true,
      trustProxy: false,
    });
  });

  it('points the default BASE_URL at the chosen PORT, so printed and mailed links work', () => {
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'a'.repeat(32), PORT: '3456' });
    expect(config.baseUrl).toBe('http://localhost:3456');
  });

  it('converts values, treats empty ones as unset and knows HTTPS from BASE_URL', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      SESSION_SECRET: 'a'.repeat(32),
      PORT: '8080',
      BASE_URL: 'https://ketenoverleg.dijkenwaard.example/',
      SMTP_URL: '',
      REPLY_SMTP_PORT: '2525',
      TEMPLATE_CACHE: 'false',
      TRUST_PROXY: 'true',
    });
    expect(config).toMatchObject({
      port: 8080,
      baseUrl: 'https://ketenoverleg.dijkenwaard.example',
      secure: true,
      smtpUrl: null,
      replySmtpPort: 2525,
      cacheTemplates: false,
      trustProxy: true,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ BASE_URL: 'ketenoverleg.example' }, 'BASE_URL'],
    [{ SMTP_URL: 'mail.example:25' }, 'SMTP_URL'],
    [{ MAIL_FROM: 'geen-adres' }, 'MAIL_FROM'],
    // Real mail never goes out under the example sender.
    [{ SMTP_URL: 'smtp://mail.example.nl:587' }, 'MAIL_FROM'],
    [{ SESSION_SECRET: 'te-kort' }, 'SESSION_SECRET'],
    [{ REPLY_SMTP_PORT: '0' }, 'REPLY_SMTP_PORT'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ SESSION_IDLE_MINUTES: '1' }, 'SESSION_IDLE_MINUTES'],
    [{ RETENTION_DAYS: '-1' }, 'RETENTION_DAYS'],
    [{ TRUST_PROXY: 'misschien' }, 'TRUST_PROXY'],
  ])('stops on %o with a one-line message naming %s', (env, name) => {
    const message = messageFor(env);
    expect(message).not.toContain('\n');
    expect(message).toMatch(new RegExp(`^Ongeldige configuratie: ${name}=`));
    expect(message).toContain(`invalid configuration: ${name}`);
  });

  it('shows the wrong value, but never a secret', () => {
    expect(messageFor({ PORT: 'abc' })).toContain('PORT="abc"');
    const secret = messageFor({ SESSION_SECRET: 'geheim-maar-te-kort' });
    expect(secret).not.toContain('geheim');
    expect(secret).toContain('SESSION_SECRET=(verborgen)');
    expect(messageFor({ SMTP_URL: 'mail://gebruiker:wachtwoord@mail.example' })).not.toContain('wachtwoord');
  });

  it('says in Dutch what is wrong with the value', () => {
    expect(messageFor({ PORT: '70000' })).toContain('PORT="70000" (maximaal 65535)');
    expect(messageFor({ SESSION_IDLE_MINUTES: '1' })).toContain('(minimaal 5)');
    expect(messageFor({ SESSION_SECRET: 'te-kort' })).toContain('(minstens 32 tekens)');
    expect(messageFor({ MAIL_FROM: 'geen-adres' })).toContain('(geen e-mailadres)');
    expect(messageFor({ BASE_URL: 'ketenoverleg.example' })).toContain('(ongeldige vorm)');
    expect(messageFor({ TRUST_PROXY: 'misschien' })).toContain('(true of false)');
  });

  it('lists the values a variable accepts', () => {
    expect(messageFor({ LOG_LEVEL: 'verbose' })).toContain(
      'kies uit fatal, error, warn, info, debug, trace, silent',
    );
  });
});

describe('the session secret', () => {
  it('is generated once, kept in DATA_DIR readable only by its owner, and reused', () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.sessionSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.sessionSecret).toBe(first.sessionSecret);

    const otherDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-config-'));
    try {
      expect(loadConfig({ DATA_DIR: otherDir }).sessionSecret).not.toBe(first.sessionSecret);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('comes from SESSION_SECRET when set, and then nothing is written', () => {
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 's'.repeat(40) });
    expect(config.sessionSecret).toBe('s'.repeat(40));
    expect(() => statSync(join(dataDir, 'session-secret'))).toThrow();
  });
});

describe('starting the server', () => {
  it('stops with the one-line message and exit code 78 on an invalid value', async () => {
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', 'src/server.ts'],
        {
          cwd: projectRoot,
          env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: 'geen-poort' },
          timeout: 20_000,
        },
        (_error, stdout, stderr) => done({ code: child.exitCode, stdout, stderr }),
      );
    });
    expect(result.code).toBe(78);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Ongeldige configuratie: PORT="geen-poort" (geen geheel getal) / invalid configuration: PORT\n',
    );
  });
});

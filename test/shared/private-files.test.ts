// Data files are created 0600 and folders 0700, whatever the umask (issue 14, point 5); sent mail bodies are purged.
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { backupDatabase, openDatabase } from '../../src/db/connection.js';
import { runHousekeeping } from '../../src/jobs/housekeeping.js';
import { enqueueMail } from '../../src/mail/mailer.js';
import { createEmlTransport } from '../../src/mail/transports.js';
import { deliverDue } from '../../src/mail/worker.js';
import { Agent } from '../helpers/agent.js';
import { aWorld } from '../helpers/builders.js';
import { buildTestApp, type TestContext, testClock } from '../helpers/test-app.js';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('file modes', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ketenoverleg-modes-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates the data folder 0700 and the database, its -wal and -shm, the secret and a backup 0600', async () => {
    // The usual umask (022) would make all of these readable by everyone.
    expect(process.umask() & 0o077).not.toBe(0o077);
    const config = loadConfig({ DATA_DIR: join(root, 'nieuw', 'data'), LOG_LEVEL: 'silent' });
    expect(modeOf(config.dataDir)).toBe('700');
    expect(modeOf(join(config.dataDir, 'session-secret'))).toBe('600');
    const { sqlite } = openDatabase(config.databaseFile);
    try {
      sqlite.exec("insert into audit_log (action, entity, at) values ('create', 'test', '2026-03-02')");
      for (const file of ['', '-wal', '-shm']) {
        expect(existsSync(`${config.databaseFile}${file}`), file).toBe(true);
        expect(modeOf(`${config.databaseFile}${file}`), file).toBe('600');
      }
      const backup = join(root, 'backup.db');
      await backupDatabase(sqlite, backup);
      expect(modeOf(backup)).toBe('600');
      expect(statSync(backup).size).toBeGreaterThan(0);
    } finally {
      sqlite.close();
    }
  });

  it('narrows a database file an older version left readable', () => {
    const config = loadConfig({
      DATA_DIR: join(root, 'data'),
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'x'.repeat(40),
    });
    openDatabase(config.databaseFile).sqlite.close();
    chmodSync(config.databaseFile, 0o644);
    chmodSync(config.dataDir, 0o755);
    const reopened = loadConfig({
      DATA_DIR: config.dataDir,
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'x'.repeat(40),
    });
    openDatabase(reopened.databaseFile).sqlite.close();
    expect(modeOf(config.databaseFile)).toBe('600');
    expect(modeOf(config.dataDir)).toBe('700');
  });

  it('writes the mail folder 0700 and each .eml file 0600', async () => {
    const transport = createEmlTransport(join(root, 'mail'));
    await transport.send({
      messageId: '<test@ketenoverleg>',
      from: 'ketenoverleg@dijkenwaard.example',
      to: { name: null, address: 'zorg@testcollege.example' },
      subject: 'Inloggen',
      text: 'http://localhost:3000/login/abc',
      html: '<p>http://localhost:3000/login/abc</p>',
      ical: null,
    });
    expect(modeOf(join(root, 'mail'))).toBe('700');
    const [file] = readdirSync(join(root, 'mail'));
    expect(modeOf(join(root, 'mail', file as string))).toBe('600');
  });
});

describe('the bodies of sent mail', () => {
  let ctx: TestContext;

  beforeEach(async () => {
    const clock = testClock();
    const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-purge-'));
    ctx = await buildTestApp({
      dataDir,
      clock,
      mailTransport: createEmlTransport(join(dataDir, 'mail'), clock.now),
    });
    aWorld(ctx.deps.db);
  });
  afterEach(async () => {
    await ctx.close();
    rmSync(ctx.dataDir, { recursive: true, force: true });
  });

  const rows = () =>
    ctx.deps.db.$client
      .prepare(
        'select subject, status, length(text) as text, length(html) as html, ical_content from outbox order by id',
      )
      .all();

  it('are emptied, and their .eml files removed, once MAIL_RETENTION_DAYS (7) have passed since sending', async () => {
    expect(ctx.config.mailRetentionDays).toBe(7);
    const agent = new Agent(ctx.app);
    await agent.get('/login');
    await agent.post('/login', { email: 'zorg@testcollege.example' });
    await deliverDue(ctx.deps, ctx.config);
    // The .eml file was written now (by the test clock); a failed mail stays whole, for its retry.
    const [file] = readdirSync(ctx.config.mailDir);
    const written = ctx.clock.now();
    utimesSync(join(ctx.config.mailDir, file as string), written, written);
    ctx.deps.db.transaction((tx) =>
      enqueueMail(tx, ctx.config, ctx.clock.now(), {
        template: 'login',
        to: { name: null, email: 'partner@halt.example' },
        data: { link: 'http://localhost:3000/login/nog-niet-verstuurd', minutes: 15 },
        purpose: 'login',
      }),
    );
    ctx.deps.db.$client
      .prepare("update outbox set status = 'failed' where to_address = 'partner@halt.example'")
      .run();

    ctx.clock.advance(7 * 86_400_000 - 60_000);
    expect(runHousekeeping(ctx.deps, ctx.config)).toMatchObject({ purgedMailBodies: 0, removedMailFiles: 0 });
    expect(readdirSync(ctx.config.mailDir)).toHaveLength(1);

    ctx.clock.advance(120_000);
    expect(runHousekeeping(ctx.deps, ctx.config)).toMatchObject({ purgedMailBodies: 1, removedMailFiles: 1 });
    expect(rows()).toEqual([
      { subject: 'Je inloglink voor het ketenoverleg', status: 'sent', text: 0, html: 0, ical_content: null },
      expect.objectContaining({ status: 'failed', text: expect.any(Number) }),
    ]);
    expect((rows()[1] as { text: number }).text).toBeGreaterThan(0);
    expect(readdirSync(ctx.config.mailDir)).toEqual([]);
    // Nothing is left to do the next hour.
    expect(runHousekeeping(ctx.deps, ctx.config)).toMatchObject({ purgedMailBodies: 0, removedMailFiles: 0 });
  });

  it('keeps them longer when MAIL_RETENTION_DAYS says so', () => {
    const config = loadConfig({ DATA_DIR: ctx.dataDir, LOG_LEVEL: 'silent', MAIL_RETENTION_DAYS: '30' });
    expect(config.mailRetentionDays).toBe(30);
    expect(() => loadConfig({ DATA_DIR: ctx.dataDir, MAIL_RETENTION_DAYS: '-1' })).toThrow(
      /MAIL_RETENTION_DAYS/,
    );
  });
});

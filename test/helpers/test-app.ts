// Builds the real app on a fresh temporary SQLite database (real migrations), with a capturing mail transport
// and a clock the test controls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { type Deps, newRandomToken } from '../../src/deps.js';
import type { MailTransport, OutgoingMail } from '../../src/mail/transports.js';
import { seedSchoolHolidays } from '../../src/meetings/holidays.repository.js';
import { aWorld, type World } from './builders.js';

export interface TestClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(start = '2026-03-02T09:00:00.000Z'): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(iso) {
      current = new Date(iso);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** A transport that keeps what it was given, and can be told to fail. */
export function captureTransport() {
  const sent: OutgoingMail[] = [];
  let failWith: string | null = null;
  const transport: MailTransport & { sent: OutgoingMail[]; failNext(message: string | null): void } = {
    kind: 'test',
    sent,
    async send(mail) {
      if (failWith) throw new Error(failWith);
      sent.push(mail);
    },
    close() {},
    failNext(message) {
      failWith = message;
    },
  };
  return transport;
}

export interface TestContext {
  config: Config;
  deps: Deps;
  clock: TestClock;
  transport: ReturnType<typeof captureTransport>;
  dataDir: string;
  app: Awaited<ReturnType<typeof buildApp>>;
  close(): Promise<void>;
}

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-1234',
    ...env,
  });
}

export interface TestAppOptions {
  env?: Record<string, string>;
  start?: string;
  /** An existing data folder (e.g. to start a second app on the same database); the caller removes it. */
  dataDir?: string;
  /** Another transport than the capturing one (`ctx.transport` then is not the app's). */
  mailTransport?: MailTransport;
  clock?: TestClock;
  /** Receives the app's log lines (set `env.LOG_LEVEL` too: tests log nothing by default). */
  logStream?: Deps['logStream'];
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ketenoverleg-test-'));
  const config = testConfig(dataDir, options.env);
  const { db, sqlite } = openDatabase(config.databaseFile);
  const clock = options.clock ?? testClock(options.start);
  const transport = captureTransport();
  const deps: Deps = {
    db,
    closeDb: () => sqlite.close(),
    now: clock.now,
    newToken: newRandomToken,
    mailTransport: options.mailTransport ?? transport,
    runWorkers: false,
    ...(options.logStream ? { logStream: options.logStream } : {}),
  };
  // As every start of the server does (`prepareStart`): the planner reads the shipped school holidays.
  seedSchoolHolidays(db, clock.now());
  const app = await buildApp(config, deps);
  await app.ready();
  return {
    config,
    deps,
    clock,
    transport,
    dataDir,
    app,
    async close() {
      await app.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The usual start of a test file: before each test a fresh app (`buildTestApp(options)`) with `aWorld` in its
 * database, closed after the test. `ctx` and `world` stay the same objects for the whole file and are filled in anew
 * before each test, so a file can destructure them once at the top; read them inside tests and hooks only.
 * `sql` runs a query on the current test's database and returns its rows.
 */
export function useTestApp(options: TestAppOptions = {}) {
  const ctx = {} as TestContext;
  const world = {} as World;
  beforeEach(async () => {
    Object.assign(ctx, await buildTestApp(options));
    Object.assign(world, aWorld(ctx.deps.db));
  });
  afterEach(async () => {
    await ctx.close?.();
  });
  const sql = <T>(query: string, ...params: unknown[]) =>
    ctx.deps.db.$client.prepare(query).all(...params) as T[];
  return { ctx, world, sql };
}

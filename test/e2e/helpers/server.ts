// Starts the real app for browser tests: a temporary DATA_DIR, .eml mail, background workers, a free local port.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { type App, buildApp } from '../../../src/app.js';
import { type Config, loadConfig } from '../../../src/config.js';
import { openDatabase } from '../../../src/db/connection.js';
import { type Deps, newRandomToken } from '../../../src/deps.js';
import { createEmlTransport } from '../../../src/mail/transports.js';
import { seedSchoolHolidays } from '../../../src/meetings/holidays.repository.js';

export interface ReadMail {
  file: string;
  mail: ParsedMail;
  /** The recipient's address, lower case. */
  to: string;
}

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  config: Config;
  deps: Deps;
  app: App;
  /** Every .eml file written so far, oldest first, parsed. */
  readMails(): Promise<ReadMail[]>;
  /** Waits until the worker has written a mail to `to` (after `since` mails), and returns it. */
  waitForMail(to: string, options?: { since?: number; timeoutMs?: number }): Promise<ReadMail>;
  close(): Promise<void>;
}

/** `env` overrides the test defaults (e.g. RETENTION_DAYS); BASE_URL always points at the chosen port. */
export async function startServer(options: { env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-e2e-'));
  // Reserve a free port first: BASE_URL (used in mailed links) must name the port the server listens on.
  const port = await freePort();
  const config = loadConfig({
    DATA_DIR: dataDir,
    BASE_URL: `http://127.0.0.1:${port}`,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-12345',
    ...options.env,
  });
  const { db, sqlite } = openDatabase(config.databaseFile);
  const deps: Deps = {
    db,
    closeDb: () => sqlite.close(),
    now: () => new Date(),
    newToken: newRandomToken,
    mailTransport: createEmlTransport(config.mailDir),
    runWorkers: true,
  };
  // As every start of the server does (`prepareStart`): the planner reads the shipped school holidays.
  seedSchoolHolidays(db, deps.now());
  const app = await buildApp(config, deps);
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const readMails = async (): Promise<ReadMail[]> => {
    let files: string[];
    try {
      files = readdirSync(config.mailDir)
        .filter((file) => file.endsWith('.eml'))
        .sort();
    } catch {
      return [];
    }
    return Promise.all(
      files.map(async (file) => {
        const mail = await simpleParser(readFileSync(join(config.mailDir, file)));
        const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? '';
        return { file, mail, to: to.toLowerCase() };
      }),
    );
  };

  return {
    baseUrl,
    dataDir,
    config,
    deps,
    app,
    readMails,
    async waitForMail(to, { since = 0, timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await readMails()).slice(since).find((read) => read.to === to.toLowerCase());
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await app.close();
      deps.mailTransport.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

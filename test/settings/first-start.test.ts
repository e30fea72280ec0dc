// The first start of a data folder and `cli init`, through the real server and CLI processes: the quick start prints
// one login link once, DEMO=false and SMTP never load the demo, init sets up only the gemeente and its coordinator.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { prepareFirstStart, prepareStart } from '../../src/demo/first-start.js';
import { newRandomToken } from '../../src/deps.js';
import { runInit } from '../../src/settings/init-command.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const run = promisify(execFile);

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-first-start-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Vitest sets BASE_URL to "/" for Vite; the app reads it as its own setting.
  const { SMTP_URL: _smtp, DEMO: _demo, BASE_URL: _base, ...rest } = process.env;
  return { ...rest, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...extra };
}

/** Starts the real server, waits until it says it runs, stops it, and returns what it printed. */
async function startAndStop(extra: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  const child: ChildProcess = spawn(tsx, [join(root, 'src/server.ts')], {
    env: env({ PORT: String(port), BASE_URL: `http://127.0.0.1:${port}`, ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Generous: on a busy machine starting tsx alone can take half a minute.
  const deadline = Date.now() + 150_000;
  // The banner's last line comes after the address; wait for the blank line that ends it.
  while (!/draait op [^\n]+\n[^\n]*\n[^\n]*\n/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  await exited;
  return output;
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [join(root, 'src/cli.ts'), ...args], { env: env() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function rows<T>(query: string): T[] {
  const db = new Database(join(dataDir, 'ketenoverleg.db'), { readonly: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}

const LOGIN_LINK = /http:\/\/127\.0\.0\.1:\d+\/login\/[A-Za-z0-9_-]+/g;

describe('the quick start', () => {
  it('loads the demo and prints one login link on the first start, and no link on the second', async () => {
    const first = await startAndStop();
    expect(first.match(LOGIN_LINK)).toHaveLength(1);
    expect(first).toContain('Log in als coördinator (demo, eenmalig, 15 minuten geldig):');
    expect(rows('select name from organisations').length).toBeGreaterThan(5);

    const second = await startAndStop();
    expect(second).toContain('Ketenoverleg draait op');
    expect(second.match(LOGIN_LINK)).toBeNull();
    expect(second).toContain('npm run cli -- login-link <e-mail>');
    // One login token in total: the second start created none either.
    expect(rows('select * from login_tokens')).toHaveLength(1);
  }, 300_000);
});

describe('a real installation', () => {
  it('starts empty with DEMO=false, and after init holds only the gemeente and its coordinator', async () => {
    const empty = await startAndStop({ DEMO: 'false' });
    expect(empty.match(LOGIN_LINK)).toBeNull();
    expect(empty).toContain('Deze installatie is nog leeg. Richt haar in met: npm run cli -- init');
    expect(rows('select * from organisations')).toEqual([]);
    expect(rows('select * from contacts')).toEqual([]);

    const init = await cli(
      'init',
      '--gemeente',
      'Gemeente Oss',
      '--regio',
      'zuid',
      '--coordinator',
      'C.deVries@Oss.example',
      '--naam',
      'Carla de Vries',
    );
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(
      'Gemeente Oss is ingericht (regio Zuid), met Carla de Vries <c.devries@oss.example> als coördinator.',
    );
    expect(init.stdout).toContain('npm run cli -- login-link c.devries@oss.example');
    expect(init.stdout).not.toMatch(LOGIN_LINK);

    expect(rows('select name, kind from organisations')).toEqual([{ name: 'Gemeente Oss', kind: 'core' }]);
    expect(rows('select name, email, access from contacts')).toEqual([
      { name: 'Carla de Vries', email: 'c.devries@oss.example', access: 'coordinator' },
    ]);
    expect(
      rows('select gemeente_name, covenant_name, holiday_region, privacy_contact from settings'),
    ).toEqual([
      {
        gemeente_name: 'Oss',
        covenant_name: 'Veilige School',
        holiday_region: 'zuid',
        privacy_contact: 'c.devries@oss.example',
      },
    ]);
    for (const table of ['meetings', 'themes', 'topics', 'date_polls', 'outbox', 'login_tokens'])
      expect(rows(`select * from ${table}`), table).toEqual([]);

    // Started again after init: still no demo and no link; the coordinator logs in through `cli login-link`.
    const started = await startAndStop({ DEMO: 'false' });
    expect(started.match(LOGIN_LINK)).toBeNull();
    expect(rows('select name from organisations')).toEqual([{ name: 'Gemeente Oss' }]);
  }, 400_000);

  it('refuses init with missing or wrong options, and on an installation with data, in Dutch, changing nothing', () => {
    const config = loadConfig(env());
    const { db, sqlite } = openDatabase(config.databaseFile);
    const lines: string[] = [];
    const out = { write: (text: string) => lines.push(text) };
    const init = (...args: string[]) => {
      lines.length = 0;
      return runInit(args, { db, now: () => new Date(), newToken: newRandomToken }, config, out, out);
    };
    try {
      expect(init('--gemeente', 'Oss')).toBe(64);
      expect(lines.join('')).toContain('Ontbreekt: --regio. Ontbreekt: --coordinator. Ontbreekt: --naam.');
      expect(init('--gemeente', 'Oss', '--regio', 'oost', '--coordinator', 'geen-adres', '--naam', 'C')).toBe(
        64,
      );
      expect(lines.join('')).toContain('Kies de regio: noord, midden of zuid.');
      expect(lines.join('')).toContain('Vul een geldig e-mailadres in');
      expect(sqlite.prepare('select * from organisations').all()).toEqual([]);
      expect(sqlite.prepare('select * from settings').all()).toEqual([]);

      expect(
        init('--gemeente', 'Oss', '--regio', 'zuid', '--coordinator', 'c@oss.example', '--naam', 'Carla'),
      ).toBe(0);
      expect(
        init('--gemeente', 'Uden', '--regio', 'zuid', '--coordinator', 'a@uden.example', '--naam', 'A'),
      ).toBe(1);
      expect(lines.join('')).toContain(
        'Deze installatie heeft al gegevens (organisaties, instellingen). init is alleen voor een lege installatie; er is niets gewijzigd.',
      );
      expect(sqlite.prepare('select name from organisations').all()).toEqual([{ name: 'Gemeente Oss' }]);
      expect(sqlite.prepare('select email from contacts').all()).toEqual([{ email: 'c@oss.example' }]);
    } finally {
      sqlite.close();
    }
  });
});

describe('every start', () => {
  it('loads the shipped school holidays of each region once, before the app is built', () => {
    const config = loadConfig({
      ...env({ SMTP_URL: 'smtp://mail.example.nl:587', MAIL_FROM: 'ketenoverleg@oss.example' }),
    });
    const { db, sqlite } = openDatabase(config.databaseFile);
    try {
      const deps = { db, now: () => new Date(), newToken: newRandomToken };
      const count = () =>
        sqlite.prepare('select region, count(*) as n from school_holidays group by region').all();
      expect(count()).toEqual([]);
      expect(prepareStart(deps, config)).toEqual({ kind: 'empty' });
      const seeded = count();
      expect(seeded.map((row) => (row as { region: string }).region).sort()).toEqual([
        'midden',
        'noord',
        'zuid',
      ]);
      prepareStart(deps, config);
      expect(count()).toEqual(seeded);
    } finally {
      sqlite.close();
    }
  });
});

describe('a start with SMTP_URL set', () => {
  it('never loads the demo and hands out no link, also on an empty data folder', () => {
    const config = loadConfig({
      ...env({ SMTP_URL: 'smtp://mail.example.nl:587', MAIL_FROM: 'ketenoverleg@oss.example' }),
    });
    const { db, sqlite } = openDatabase(config.databaseFile);
    try {
      const deps = { db, now: () => new Date(), newToken: newRandomToken };
      expect(prepareFirstStart(deps, config)).toEqual({ kind: 'empty' });
      expect(prepareFirstStart(deps, config)).toEqual({ kind: 'empty' });
      expect(sqlite.prepare('select * from organisations').all()).toEqual([]);
      expect(sqlite.prepare('select * from login_tokens').all()).toEqual([]);
      expect(sqlite.prepare('select * from outbox').all()).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});

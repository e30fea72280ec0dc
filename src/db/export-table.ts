// A whole table as the archive export writes it (`cli export`): like a backup, every column and every row, so a column
// added later is exported too. Each owning module's repository passes in the tables of its own worth keeping.
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from './connection.js';

/** Columns that could hold a credential; none of the exported tables has one today, and none may slip in later. */
const SECRET_COLUMN = /token|hash|secret|password/i;

export interface ExportedTable {
  name: string;
  columns: string[];
  rows: Record<string, string | number | null>[];
}

/** The table's rows in insertion order, with the values as stored (no decoding) and without secret columns. */
export function exportTable(db: DbOrTx, table: SQLiteTable): ExportedTable {
  const columns = Object.values(getTableColumns(table))
    .map((column) => column.name)
    .filter((name) => !SECRET_COLUMN.test(name));
  const rows = db.all<Record<string, string | number | null>>(
    sql`select ${sql.join(
      columns.map((column) => sql.identifier(column)),
      sql`, `,
    )} from ${table} order by rowid`,
  );
  return { name: getTableName(table), columns, rows };
}

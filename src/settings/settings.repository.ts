// Queries for the one settings row of the installation.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { type ExportedTable, exportTable } from '../db/export-table.js';
import { settings } from '../db/schema/index.js';
import type { Settings } from './settings.js';

const ROW_ID = 1;

export function createSettingsRepository(db: DbOrTx) {
  return {
    /** The settings row, for the archive export (`cli export`). */
    exportRows(): ExportedTable[] {
      return [exportTable(db, settings)];
    },

    find(): Settings | null {
      const row = db.select().from(settings).where(eq(settings.id, ROW_ID)).get();
      if (!row) return null;
      const { gemeenteName, covenantName, holidayRegion, privacyContact } = row;
      return { gemeenteName, covenantName, holidayRegion, privacyContact };
    },

    save(values: Settings, now: Date) {
      const row = { ...values, updatedAt: now.toISOString() };
      db.insert(settings)
        .values({ id: ROW_ID, ...row })
        .onConflictDoUpdate({ target: settings.id, set: row })
        .run();
    },
  };
}

// The installation's settings: one row naming the gemeente, its covenant, its school-holiday region and privacy contact.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { holidayRegions } from './meetings.js';

export const settings = sqliteTable(
  'settings',
  {
    /** Always 1: an installation serves one gemeente. */
    id: integer('id').primaryKey(),
    /** Without "gemeente": "Dijk en Waard"; the sentences in the locale say "gemeente {gemeente}". */
    gemeenteName: text('gemeente_name').notNull(),
    covenantName: text('covenant_name').notNull(),
    holidayRegion: text('holiday_region', { enum: holidayRegions }).notNull(),
    /** The e-mail address for questions about personal data (privacy statement). */
    privacyContact: text('privacy_contact').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [check('settings_single_row', sql`${table.id} = 1`)],
);

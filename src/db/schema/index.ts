// All tables, re-exported for drizzle and the repositories.
export * from './agenda.js';
export * from './agreements.js';
export * from './invitations.js';
export * from './meetings.js';
export * from './organisations.js';
export * from './settings.js';
export * from './system.js';

// One write path per module, one owner per table, checked on the sources: no route opens a transaction, every table
// has one owning module, a repository writes only its own module's tables, nothing but a repository writes at all,
// and a repository imports no other module's table: it reads them through their owners' repositories (src/db/ownership.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { TABLE_OWNERS } from '../../src/db/ownership.js';
import * as schema from '../../src/db/schema/index.js';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles().map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const moduleOf = (path: string) => path.split('/')[0] ?? '';
const owners = new Map<string, string>(
  Object.entries(TABLE_OWNERS).flatMap(([module, tables]) => tables.map((table) => [table, module] as const)),
);
const tableNames = Object.entries(schema)
  .filter(([, value]) => is(value, SQLiteTable))
  .map(([name]) => name);

/** The tables a source writes: `.insert(x)`, `.update(x)`, `.delete(x)` with a schema table. */
function writtenTables(text: string): string[] {
  return [...text.matchAll(/\.(?:insert|update|delete)\((\w+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => tableNames.includes(name));
}

/** The tables a source imports from the schema (types excluded). */
function importedTables(text: string): string[] {
  const list = /import \{([^}]*)\} from '[./]*db\/schema\/index\.js'/.exec(text)?.[1] ?? '';
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => tableNames.includes(name));
}

describe('write paths', () => {
  it('recognises a write of a table, and leaves hashing alone', () => {
    expect(writtenTables('db.update(meetings).set({})')).toEqual(['meetings']);
    expect(writtenTables("createHash('sha256').update(token)")).toEqual([]);
  });

  it('never opens a transaction in a route file: routes parse, validate, call one action, render', () => {
    const opening = files
      .filter((file) => file.path.endsWith('.routes.ts') && file.text.includes('.transaction('))
      .map((file) => file.path);
    expect(opening).toEqual([]);
  });

  it('gives every table exactly one owning module, and owns no table that does not exist', () => {
    expect(tableNames.length).toBeGreaterThan(25);
    expect(tableNames.filter((name) => !owners.has(name))).toEqual([]);
    expect([...owners.keys()].filter((name) => !tableNames.includes(name))).toEqual([]);
    const listed = Object.values(TABLE_OWNERS).flat();
    expect(listed.length).toBe(new Set(listed).size);
  });

  it('lets a repository write only the tables of its own module', () => {
    const foreign = files
      .filter((file) => file.path.endsWith('.repository.ts'))
      .flatMap((file) =>
        writtenTables(file.text)
          .filter((table) => owners.get(table) !== moduleOf(file.path))
          .map((table) => `${file.path} writes ${table}`),
      );
    expect(foreign).toEqual([]);
  });

  it('writes the database only in repositories (not in http/privacy-check.ts, views, routes or cores)', () => {
    const writers = files
      .filter((file) => !file.path.endsWith('.repository.ts') && writtenTables(file.text).length > 0)
      .map((file) => file.path);
    expect(writers).toEqual([]);
  });

  it('lets a repository import only its own module’s tables: other modules are read through their repositories', () => {
    const foreign = files
      .filter((file) => file.path.endsWith('.repository.ts'))
      .flatMap((file) =>
        importedTables(file.text)
          .filter((table) => owners.get(table) !== moduleOf(file.path))
          .map((table) => `${file.path} imports ${table}`),
      );
    expect(foreign).toEqual([]);
  });

  it('recognises the tables a source imports from the schema, and leaves its types alone', () => {
    const text = "import { contacts, type OrganisationKind, organisations } from '../db/schema/index.js';";
    expect(importedTables(text)).toEqual(['contacts', 'organisations']);
  });
});

// A view model is built from data passed in: no `*.view.ts` imports a repository (or runs a query through one).
// The view files that still read for themselves are listed as debt that may only shrink.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, sourceFiles } from '../helpers/source-files.js';

/** View files that still create repositories; not to be extended. */
const KNOWN_READING_VIEWS: readonly string[] = [
  'agreements/agreements.view.ts',
  'audit/audit.view.ts',
  'insight/insight.view.ts',
  'invitations/invitations.view.ts',
  'polls/polls.view.ts',
];

/** Value imports of a repository (a type import of a row type is fine: it reads nothing). */
const importsRepository = (text: string) => /^import (?!type )[^;]*from '[^']*\.repository\.js';/m.test(text);

describe('view models', () => {
  const reading = sourceFiles('.view.ts').filter((file) =>
    importsRepository(readFileSync(join(SRC, file), 'utf8')),
  );

  it('import no repository, apart from the listed debt', () => {
    expect(reading.filter((file) => !KNOWN_READING_VIEWS.includes(file))).toEqual([]);
  });

  it('lists as debt only views that still import a repository', () => {
    expect(KNOWN_READING_VIEWS.filter((file) => !reading.includes(file))).toEqual([]);
  });
});

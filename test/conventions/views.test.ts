// A view model is built from data passed in: no `*.view.ts` imports a repository, a module's read functions
// (`*.read.ts`, which load the rows and hand them to the view) or its actions, so none runs a query.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, sourceFiles } from '../helpers/source-files.js';

/** Value imports of a repository, read functions or actions (a type import of a row type is fine: it reads nothing). */
const importsReads = (text: string) =>
  /^import (?!type )[^;]*from '[^']*\.(repository|read|actions)\.js';/m.test(text);

describe('view models', () => {
  const views = sourceFiles('.view.ts');

  it('finds the view files', () => {
    expect(views.length).toBeGreaterThan(5);
  });

  it('recognises a value import of a repository, and leaves a type import alone', () => {
    expect(importsReads("import { createXRepository } from './x.repository.js';")).toBe(true);
    expect(importsReads("import { type Row, createX } from '../x/x.repository.js';")).toBe(true);
    expect(importsReads("import { readX } from './x.read.js';")).toBe(true);
    expect(importsReads("import type { Row } from './x.repository.js';")).toBe(false);
  });

  it('import no repository, read functions or actions: they shape what they are given', () => {
    expect(views.filter((file) => importsReads(readFileSync(join(SRC, file), 'utf8')))).toEqual([]);
  });
});

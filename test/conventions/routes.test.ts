// Conventions of the route plugins, checked on the sources the way the access rule is checked on the routes: every
// module's routes are one TypeBox-typed plugin, and params, query and body come typed from the route's schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const routeFiles = sourceFiles().filter((path) => path.endsWith('.routes.ts'));

/** `request.params as …`, `(request.body as …)`, `request.query!`: a request part given a type by hand. */
function castsOfRequestParts(source: string): string[] {
  const pattern = /request\.(params|query|body)\s*\)?\s*(as\b|!)/g;
  return [...source.matchAll(pattern)].map((match) => match[0]);
}

describe('route plugins', () => {
  it('finds the route files', () => {
    expect(routeFiles.length).toBeGreaterThan(15);
  });

  it('recognises a cast of a request part, and leaves typed access alone', () => {
    expect(castsOfRequestParts('const { id } = request.params as { id: number };')).toHaveLength(1);
    expect(castsOfRequestParts('const file = (request.body as { file?: File })?.file;')).toHaveLength(1);
    expect(castsOfRequestParts('const { next } = request.query!;')).toHaveLength(1);
    expect(castsOfRequestParts('const { id } = request.params;')).toEqual([]);
  });

  it('never casts request.params, request.query or request.body: the route schema types them', () => {
    const casts = sourceFiles().flatMap((path) =>
      castsOfRequestParts(readFileSync(path, 'utf8')).map((cast) => `${relative(SRC, path)}: ${cast}`),
    );
    expect(casts).toEqual([]);
  });

  it('declares every module routes file as one ModulePlugin (FastifyPluginAsyncTypebox with ModuleOptions)', () => {
    const untyped = routeFiles.filter(
      (path) => !/export const \w+Routes: ModulePlugin(<[^>]*>)? = async/.test(readFileSync(path, 'utf8')),
    );
    expect(untyped.map((path) => relative(SRC, path))).toEqual([]);
  });
});

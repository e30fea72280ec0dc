// The app's source files under src/, for the convention tests that read them as text.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SRC = join(import.meta.dirname, '../../src');

/** Paths relative to src/ of every file under it whose name ends with `suffix`. */
export function sourceFiles(suffix: string, dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(suffix, path);
    return entry.name.endsWith(suffix) ? [relative(SRC, path)] : [];
  });
}

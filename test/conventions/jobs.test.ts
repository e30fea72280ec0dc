// Background work has one home: a timer started anywhere but the jobs plugin (and the outbox worker it starts) would
// run in tests, keep the process alive on close and escape the one place that lists what runs on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const TIMER_HOMES = ['jobs/jobs.plugin.ts', 'mail/worker.ts'];

function sourceFiles(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('background jobs', () => {
  it('start repeating timers only in the jobs plugin and the outbox worker', () => {
    const elsewhere = sourceFiles()
      .filter((path) => readFileSync(path, 'utf8').includes('setInterval('))
      .map((path) => relative(SRC, path))
      .filter((path) => !TIMER_HOMES.includes(path));
    expect(elsewhere).toEqual([]);
  });

  it('seed nothing while routes register', () => {
    const seeding = sourceFiles()
      .filter((path) => path.endsWith('.routes.ts') && /\bseed\w*\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SRC, path));
    expect(seeding).toEqual([]);
  });
});

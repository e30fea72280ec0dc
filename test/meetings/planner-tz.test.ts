// Proves the planner and the date helpers give identical output whatever the server's time zone (ICAL.md point 13).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures/tz-snapshot.js';

const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/tz-snapshot.ts', import.meta.url));

async function snapshotUnder(tz: string): Promise<{ offset: number; snapshot: unknown }> {
  const { stdout } = await run(tsx, [script, '--print'], { env: { ...process.env, TZ: tz } });
  return JSON.parse(stdout) as { offset: number; snapshot: unknown };
}

describe('time-zone independence', () => {
  it('gives identical plans, DST conversions and texts under TZ=UTC, Pacific/Auckland and America/New_York', async () => {
    const [utc, auckland, newYork] = await Promise.all(
      ['UTC', 'Pacific/Auckland', 'America/New_York'].map(snapshotUnder),
    );
    // The child processes really ran in different zones, or the comparison would prove nothing.
    expect([utc?.offset, auckland?.offset, newYork?.offset]).toEqual([0, -780, 300]);
    const expected = JSON.parse(JSON.stringify(snapshot()));
    expect(utc?.snapshot).toEqual(expected);
    expect(auckland?.snapshot).toEqual(expected);
    expect(newYork?.snapshot).toEqual(expected);
  });
});

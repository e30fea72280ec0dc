// Proves the calendar builder writes byte-identical calendars whatever the server's time zone (ICAL.md 13).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures/calendar-snapshot.js';

const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/calendar-snapshot.ts', import.meta.url));

async function snapshotUnder(tz: string): Promise<{ offset: number; snapshot: unknown }> {
  const { stdout } = await run(tsx, [script, '--print'], { env: { ...process.env, TZ: tz } });
  return JSON.parse(stdout) as { offset: number; snapshot: unknown };
}

describe('calendars and the server time zone', () => {
  it('writes identical REQUEST, CANCEL and PUBLISH calendars under TZ=UTC, Pacific/Auckland and America/New_York', async () => {
    const [utc, auckland, newYork] = await Promise.all(
      ['UTC', 'Pacific/Auckland', 'America/New_York'].map(snapshotUnder),
    );
    // The child processes really ran in different zones, or the comparison would prove nothing.
    expect([utc?.offset, auckland?.offset, newYork?.offset]).toEqual([0, -780, 300]);
    const expected = snapshot();
    expect(utc?.snapshot).toEqual(expected);
    expect(auckland?.snapshot).toEqual(expected);
    expect(newYork?.snapshot).toEqual(expected);
    // And the wall-clock time is Amsterdam's (15:00 CEST), not any of the servers' zones.
    expect(expected.request).toContain('DTSTART;TZID=Europe/Amsterdam:20260414T150000\r\n');
    // Three child processes each start tsx: slow on a busy machine, so more than the default time-out.
  }, 60_000);
});

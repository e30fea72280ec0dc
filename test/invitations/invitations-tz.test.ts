// Proves the invitation mails (invite, update, cancel: text, HTML and calendar) are identical whatever the server's
// time zone (ICAL.md 13).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures/invitation-snapshot.js';

const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/invitation-snapshot.ts', import.meta.url));

async function snapshotUnder(tz: string): Promise<{ offset: number; snapshot: unknown }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: tz };
  const { stdout } = await run(tsx, [script, '--print'], { env });
  return JSON.parse(stdout) as { offset: number; snapshot: unknown };
}

describe('invitation mails and the server time zone', () => {
  it('writes identical invitations, updates and cancels under TZ=UTC and Pacific/Auckland', async () => {
    const [utc, auckland] = await Promise.all(['UTC', 'Pacific/Auckland'].map(snapshotUnder));
    // The child processes really ran in different zones, or the comparison would prove nothing.
    expect([utc?.offset, auckland?.offset]).toEqual([0, -780]);
    const expected = snapshot() as {
      subject: string;
      text: string;
      ical_method: string | null;
      ical_content: string | null;
    }[];
    expect(utc?.snapshot).toEqual(expected);
    expect(auckland?.snapshot).toEqual(expected);
    // And the times are Amsterdam's: the invite at 15:00, the update at 16:00, then the cancel.
    expect(expected.map((mail) => mail.ical_method)).toEqual([
      'REQUEST',
      'REQUEST',
      'REQUEST',
      'REQUEST',
      'CANCEL',
      'CANCEL',
    ]);
    expect(expected[0]?.subject).toContain('dinsdag 14 april 2026, 15:00–17:00');
    expect(expected[0]?.text).toContain('15:00  Opening');
    expect(expected[0]?.ical_content).toContain('DTSTART;TZID=Europe/Amsterdam:20260414T150000\r\n');
    expect(expected[2]?.ical_content).toContain('DTSTART;TZID=Europe/Amsterdam:20260414T160000\r\n');
    expect(expected[2]?.ical_content).toContain('SEQUENCE:1\r\n');
    expect(expected[4]?.ical_content).toContain('SEQUENCE:2\r\n');
  }, 120_000);
});

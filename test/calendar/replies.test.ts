// Reading calendar replies from realistic Outlook/Exchange, Gmail, plain-text and .ics fixtures, and the decision
// rules of ICAL.md 16–17 without a database.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CalendarReply, calendarAddress, decideReply, readReply } from '../../src/calendar/replies.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/replies/${name}`, import.meta.url));

async function read(name: string): Promise<CalendarReply> {
  const result = await readReply(fixture(name));
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.reply;
}

describe('reading a reply', () => {
  it('reads an Exchange reply: base64 text/calendar, no ORGANIZER, a Windows zone name (16, 17)', async () => {
    expect(await read('outlook-accepted.eml')).toEqual({
      uid: 'meeting-1@localhost',
      sequence: 0,
      stamp: '2026-03-03T10:15:22.000Z',
      attendees: [{ address: 'zorg@testcollege.example', partstat: 'ACCEPTED' }],
      from: 'zorg@testcollege.example',
    });
    expect(fixture('outlook-accepted.eml').toString()).not.toMatch(/ORGANIZER/);
  });

  it('reads a Gmail reply from its text/calendar part, with the .ics attachment beside it (16)', async () => {
    expect(await read('gmail-declined.eml')).toEqual({
      uid: 'meeting-1@localhost',
      sequence: 0,
      stamp: '2026-03-04T08:12:00.000Z',
      attendees: [{ address: 'medewerker@partner.example', partstat: 'DECLINED' }],
      from: 'medewerker@partner.example',
    });
  });

  it('reads a reply that arrived as a plain-text body, without the method= parameter (16)', async () => {
    expect(await read('plain-body-tentative.eml')).toMatchObject({
      uid: 'meeting-1@localhost',
      attendees: [{ address: 'medewerker@partner.example', partstat: 'TENTATIVE' }],
      from: 'medewerker@partner.example',
    });
  });

  it('reads a bare .ics file', async () => {
    expect(await read('thunderbird-tentative.ics')).toMatchObject({
      uid: 'meeting-1@localhost',
      stamp: '2026-03-06T14:00:00.000Z',
      from: null,
    });
  });

  it('says what is wrong with a mail that holds no reply', async () => {
    expect(await readReply('From: a@b.example\r\nSubject: Hoi\r\n\r\nGewoon een mail.\r\n')).toEqual({
      ok: false,
      reason: 'no-calendar',
    });
    const invite = [
      'BEGIN:VCALENDAR',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:meeting-1@localhost',
      'ATTENDEE:mailto:a@b.example',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(await readReply(invite)).toEqual({ ok: false, reason: 'not-a-reply' });
    expect(await readReply('BEGIN:VCALENDAR\r\nthis is not\r\n')).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });

  it('strips mailto: and lower-cases addresses (17)', () => {
    expect(calendarAddress(' MAILTO:Zorg@TestCollege.Example ')).toBe('zorg@testcollege.example');
  });
});

describe('deciding what a reply means', () => {
  const base = {
    baseUrl: 'http://localhost:3000',
    meeting: { id: 1, sequence: 0 },
    invitations: [
      { id: 10, email: 'Zorg@testcollege.example', sentSequence: 0 },
      { id: 11, email: 'medewerker@partner.example', sentSequence: 0 },
    ],
    receivedAt: '2026-03-07T10:00:00.000Z',
  };

  it('applies an accepted reply to the attendee’s invitation, dated by its DTSTAMP', async () => {
    expect(decideReply(await read('outlook-accepted.eml'), base)).toEqual({
      kind: 'apply',
      invitationId: 10,
      rsvp: 'ja',
      answeredAt: '2026-03-03T10:15:22.000Z',
      address: 'zorg@testcollege.example',
    });
    expect(decideReply(await read('gmail-declined.eml'), base)).toMatchObject({
      invitationId: 11,
      rsvp: 'nee',
    });
    expect(decideReply(await read('thunderbird-tentative.ics'), base)).toMatchObject({
      invitationId: 11,
      rsvp: 'misschien',
    });
  });

  it('falls back to the From address when the attendee is an alias (17)', async () => {
    expect(decideReply(await read('outlook-alias-declined.eml'), base)).toMatchObject({
      kind: 'apply',
      invitationId: 10,
      rsvp: 'nee',
      address: 'zorg@testcollege.example',
    });
  });

  it('ignores an answer to an older SEQUENCE than the attendee was sent (17)', async () => {
    const reply = await read('outlook-old-sequence.eml');
    const sentAnUpdate = base.invitations.map((invitation) => ({ ...invitation, sentSequence: 1 }));
    expect(
      decideReply(reply, { ...base, meeting: { id: 1, sequence: 1 }, invitations: sentAnUpdate }),
    ).toEqual({ kind: 'ignore', reason: 'older-sequence' });
    expect(decideReply(reply, base).kind).toBe('apply');
    // Withdrawing someone else raised the meeting's SEQUENCE, but this attendee has the version they were sent.
    expect(decideReply(reply, { ...base, meeting: { id: 1, sequence: 1 } }).kind).toBe('apply');
  });

  it('keeps an unknown UID or attendee for review, with what it said (17)', async () => {
    const unknownUid = await read('unknown-uid.ics');
    expect(decideReply(unknownUid, { ...base, meeting: null })).toEqual({
      kind: 'unmatched',
      reason: 'unknown-uid',
      address: 'medewerker@partner.example',
      partstat: 'TENTATIVE',
    });
    const stranger = await read('gmail-declined.eml');
    expect(
      decideReply(stranger, {
        ...base,
        invitations: [{ id: 10, email: 'zorg@testcollege.example', sentSequence: 0 }],
      }),
    ).toEqual({
      kind: 'unmatched',
      reason: 'unknown-attendee',
      address: 'medewerker@partner.example',
      partstat: 'DECLINED',
    });
    // A meeting of ours under another host name is someone else's UID.
    expect(
      decideReply(await read('gmail-declined.eml'), { ...base, baseUrl: 'https://elders.example' }).kind,
    ).toBe('unmatched');
  });

  it('keeps a PARTSTAT it has no answer for, such as DELEGATED, for review', async () => {
    const reply = await read('gmail-declined.eml');
    const delegated = {
      ...reply,
      attendees: [{ address: 'medewerker@partner.example', partstat: 'DELEGATED' }],
    };
    expect(decideReply(delegated, base)).toEqual({
      kind: 'unmatched',
      reason: 'unknown-answer',
      address: 'medewerker@partner.example',
      partstat: 'DELEGATED',
    });
  });

  it('uses the time of receipt when the reply has no DTSTAMP', async () => {
    const reply = { ...(await read('gmail-declined.eml')), stamp: null };
    expect(decideReply(reply, base)).toMatchObject({ answeredAt: '2026-03-07T10:00:00.000Z' });
  });
});

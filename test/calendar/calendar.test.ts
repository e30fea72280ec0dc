// The calendar builder read back with ical.js: REQUEST, update, CANCEL and PUBLISH against ICAL.md points 4–15.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildInvite,
  buildPublish,
  cleanParameterValue,
  meetingIdFromUid,
  meetingUid,
} from '../../src/calendar/calendar.js';
import { aCalendarMeeting, config, dstMeetings } from './fixtures/calendar-snapshot.js';

const now = new Date('2026-03-02T09:00:00.000Z');
const sietske = { name: 'Sietske de Vries', email: 'zorg@testcollege.example', optional: false };
const brijder = { name: 'Bram Brijder', email: 'b.brijder@brijder.example', optional: true };

/** Parses a calendar the way a client does, registering its VTIMEZONEs so TZID times resolve to instants. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events, event: events[0] as ICAL.Component };
}

/** Unfolds content lines (RFC 5545 3.1) so a test can look at whole properties. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('an invitation (METHOD:REQUEST)', () => {
  const ics = buildInvite(config, {
    method: 'REQUEST',
    meeting: aCalendarMeeting(),
    attendees: [sietske, brijder],
    now,
  });
  const { calendar, event } = parse(ics);

  it('has METHOD:REQUEST and every property Outlook needs, DTEND without DURATION (5)', () => {
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    for (const name of ['organizer', 'attendee', 'dtstamp', 'dtstart', 'dtend', 'summary', 'uid']) {
      expect(event.hasProperty(name), name).toBe(true);
    }
    expect(event.hasProperty('duration')).toBe(false);
    expect(event.getFirstPropertyValue('summary')).toBe('Ketenoverleg voorjaar 2026');
    expect(event.getFirstPropertyValue('location')).toBe('Gemeentehuis Heerhugowaard, zaal 2');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('has MAIL_FROM as ORGANIZER, mailto: and without SENT-BY (3)', () => {
    const organizer = event.getFirstProperty('organizer') as ICAL.Property;
    expect(organizer.getFirstValue()).toBe('mailto:ketenoverleg@dijkenwaard.example');
    expect(organizer.getParameter('sent-by')).toBeUndefined();
    expect(organizer.getParameter('cn')).toBe('Ketenoverleg Veilige School');
  });

  it('lists every recipient as an attendee asked to answer, theme partners as optional (4)', () => {
    const attendees = event.getAllProperties('attendee').map((property) => ({
      address: String(property.getFirstValue()).toLowerCase(),
      cn: property.getParameter('cn'),
      role: property.getParameter('role'),
      partstat: property.getParameter('partstat'),
      rsvp: property.getParameter('rsvp'),
    }));
    expect(attendees).toEqual([
      {
        address: 'mailto:zorg@testcollege.example',
        cn: 'Sietske de Vries',
        role: 'REQ-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
      {
        address: 'mailto:b.brijder@brijder.example',
        cn: 'Bram Brijder',
        role: 'OPT-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
    ]);
  });

  it('gives an attendee without a name the address as CN (4)', () => {
    const unnamed = buildInvite(config, {
      method: 'REQUEST',
      meeting: aCalendarMeeting(),
      attendees: [{ name: null, email: 'info@halt.example', optional: false }],
      now,
    });
    expect(parse(unnamed).event.getFirstProperty('attendee')?.getParameter('cn')).toBe('info@halt.example');
  });

  it('refuses the organizer mailbox as a recipient (3)', () => {
    expect(() =>
      buildInvite(config, {
        method: 'REQUEST',
        meeting: aCalendarMeeting(),
        attendees: [{ name: 'Wij', email: 'KETENOVERLEG@dijkenwaard.example', optional: false }],
        now,
      }),
    ).toThrow(/organizer/);
  });

  it('has the stable UID meeting-<id>@<host of BASE_URL> (6)', () => {
    expect(event.getFirstPropertyValue('uid')).toBe('meeting-7@ketenoverleg.dijkenwaard.example');
    expect(meetingUid(7, 'http://localhost:3000')).toBe('meeting-7@localhost');
    expect(meetingIdFromUid('meeting-7@ketenoverleg.dijkenwaard.example', config.baseUrl)).toBe(7);
    expect(meetingIdFromUid('meeting-7@elders.example', config.baseUrl)).toBeNull();
    expect(meetingIdFromUid('040000008200E00074C5B7101A82E008', config.baseUrl)).toBeNull();
  });

  it('takes SEQUENCE from the meeting row, a small integer (7)', () => {
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    const update = parse(
      buildInvite(config, {
        method: 'REQUEST',
        meeting: aCalendarMeeting({ sequence: 3 }),
        attendees: [sietske],
        now,
      }),
    );
    expect(update.event.getFirstPropertyValue('sequence')).toBe(3);
  });

  it('writes DTSTAMP in UTC with a trailing Z (8)', () => {
    expect(unfold(ics)).toContain('DTSTAMP:20260302T090000Z');
    expect(ics).not.toMatch(/^(TIMEZONE-ID|X-WR-TIMEZONE):/m);
  });

  it('keeps the UID on an update, raises SEQUENCE, moves the time and asks again (9)', () => {
    const moved = parse(
      buildInvite(config, {
        method: 'REQUEST',
        meeting: aCalendarMeeting({
          startsAt: '2026-04-21T13:00:00.000Z',
          endsAt: '2026-04-21T15:00:00.000Z',
          sequence: 1,
        }),
        attendees: [sietske],
        now,
      }),
    );
    expect(moved.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(moved.event.getFirstPropertyValue('uid')).toBe(event.getFirstPropertyValue('uid'));
    expect(moved.event.getFirstPropertyValue('sequence')).toBe(1);
    expect(moved.event.getFirstProperty('attendee')?.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(new ICAL.Event(moved.event).startDate.toJSDate().toISOString()).toBe('2026-04-21T13:00:00.000Z');
  });

  it('uses CRLF, folds at 75 octets, escapes TEXT and ends with CRLF (11)', () => {
    const long = buildInvite(config, {
      method: 'REQUEST',
      meeting: aCalendarMeeting({
        title: 'Vapes, lachgas; en “wat nu?” — een heel lange titel met één ë en een \\ backslash erin',
        location: 'Gemeentehuis, zaal 2\nIngang Stationsplein',
      }),
      attendees: [{ ...sietske, name: 'Sietske "Zorg" de Vries-van der Achternaam-Met-Een-Lange-Naam' }],
      now,
    });
    expect(long.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(long.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of long.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(long);
    expect(lines).toContain(
      'SUMMARY:Vapes\\, lachgas\\; en “wat nu?” — een heel lange titel met één ë en een \\\\ backslash erin',
    );
    expect(lines).toContain('LOCATION:Gemeentehuis\\, zaal 2\\nIngang Stationsplein');
    const attendee = lines.find((line) => line.startsWith('ATTENDEE')) as string;
    expect(attendee).toContain(';CN="Sietske Zorg de Vries-van der Achternaam-Met-Een-Lange-Naam":');
    expect(attendee).not.toContain('\\"');
    // And a parser gets the text back as written.
    const parsed = parse(long).event;
    expect(parsed.getFirstPropertyValue('summary')).toBe(
      'Vapes, lachgas; en “wat nu?” — een heel lange titel met één ë en een \\ backslash erin',
    );
    expect(parsed.getFirstPropertyValue('location')).toBe('Gemeentehuis, zaal 2\nIngang Stationsplein');
  });

  it('folds between characters, never inside one: emoji and accented letters come back whole (11)', () => {
    const title = `Overleg ${'é🚸'.repeat(12)} “voorjaar” 🧑‍🤝‍🧑 🇳🇱 ${'ë'.repeat(30)}`;
    const location = `Zaal; 1, ${'🚸'.repeat(25)} \\ “A” & B`;
    const ics = buildInvite(config, {
      method: 'REQUEST',
      meeting: aCalendarMeeting({ title, location }),
      attendees: [sietske],
      now,
    });
    // Each physical line is well-formed text (a split character would leave half a surrogate pair) and at most
    // 75 octets in UTF-8.
    for (const line of ics.split('\r\n')) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.toString('utf8')).toBe(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
    }
    const { event } = parse(ics);
    expect(event.getFirstPropertyValue('summary')).toBe(title);
    expect(event.getFirstPropertyValue('location')).toBe(location);
  });

  it('strips quotes, backslashes and control characters from parameter values (11)', () => {
    expect(cleanParameterValue('Jan "JJ" de\\Vries\r\n  Jr')).toBe('Jan JJ deVries Jr');
  });

  it('carries the Europe/Amsterdam VTIMEZONE for its TZID, and local times resolve to the stored instants (12)', () => {
    const tzids = [...new Set([...ics.matchAll(/TZID=([^:;]+)/g)].map((match) => match[1]))];
    expect(tzids).toEqual(['Europe/Amsterdam']);
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Amsterdam']);
    expect(unfold(ics)).toContain('DTSTART;TZID=Europe/Amsterdam:20260414T150000');
    const parsed = new ICAL.Event(event);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-04-14T13:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-04-14T15:00:00.000Z');
  });

  it('writes the right wall-clock times around the four daylight-saving switches (14)', () => {
    const local = dstMeetings.map((meeting) => {
      const text = buildInvite(config, { method: 'REQUEST', meeting, attendees: [sietske], now });
      const parsed = new ICAL.Event(parse(text).event);
      const line = unfold(text).filter((l) => /^DT(START|END);/.test(l));
      return {
        line,
        start: parsed.startDate.toJSDate().toISOString(),
        end: parsed.endDate.toJSDate().toISOString(),
      };
    });
    expect(local.map((entry) => entry.line)).toEqual([
      ['DTSTART;TZID=Europe/Amsterdam:20260329T013000', 'DTEND;TZID=Europe/Amsterdam:20260329T033000'],
      ['DTSTART;TZID=Europe/Amsterdam:20261025T013000', 'DTEND;TZID=Europe/Amsterdam:20261025T033000'],
      ['DTSTART;TZID=Europe/Amsterdam:20270328T110000', 'DTEND;TZID=Europe/Amsterdam:20270328T130000'],
      ['DTSTART;TZID=Europe/Amsterdam:20271031T150000', 'DTEND;TZID=Europe/Amsterdam:20271031T170000'],
    ]);
    // Round trip through the VTIMEZONE: every stored instant comes back, on both sides of each switch.
    expect(local.map((entry) => [entry.start, entry.end])).toEqual(
      dstMeetings.map((meeting) => [meeting.startsAt, meeting.endsAt]),
    );
  });
});

describe('a cancellation (METHOD:CANCEL)', () => {
  const ics = buildInvite(config, {
    method: 'CANCEL',
    meeting: aCalendarMeeting({ status: 'geannuleerd', sequence: 2 }),
    attendees: [sietske],
    now,
  });
  const { calendar, event } = parse(ics);

  it('says CANCEL and CANCELLED with the same UID and the raised SEQUENCE, without a reminder (10)', () => {
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe('meeting-7@ketenoverleg.dijkenwaard.example');
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(event.getAllSubcomponents('valarm')).toEqual([]);
    expect(ics).not.toContain('BEGIN:VALARM');
    expect(
      event.getAllProperties('attendee').map((property) => String(property.getFirstValue()).toLowerCase()),
    ).toEqual(['mailto:zorg@testcollege.example']);
  });
});

describe('a published calendar (download and feed)', () => {
  const meetings = [
    aCalendarMeeting(),
    aCalendarMeeting({
      id: 8,
      title: 'Ketenoverleg najaar 2026',
      startsAt: '2026-10-06T13:00:00.000Z',
      endsAt: '2026-10-06T15:00:00.000Z',
      status: 'geannuleerd',
      sequence: 2,
    }),
  ];
  const ics = buildPublish(config, {
    name: 'Ketenoverleg – Brijder, regio Alkmaar',
    meetings,
    refresh: true,
  });
  const { calendar, events } = parse(ics);

  it('is METHOD:PUBLISH without attendees, with the invites’ UIDs and the cancelled meeting kept (15)', () => {
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ics).not.toMatch(/^ATTENDEE/m);
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      'meeting-7@ketenoverleg.dijkenwaard.example',
      'meeting-8@ketenoverleg.dijkenwaard.example',
    ]);
    expect(events.map((event) => event.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(events.map((event) => event.getFirstPropertyValue('sequence'))).toEqual([0, 2]);
    expect(ics).not.toContain('BEGIN:VALARM');
  });

  it('has a calendar name and a refresh interval (15)', () => {
    // An X- property's value is TEXT unless it says otherwise (RFC 5545 3.8.8.2), so it is escaped like TEXT.
    expect(unfold(ics)).toContain('X-WR-CALNAME:Ketenoverleg – Brijder\\, regio Alkmaar');
    expect(unfold(ics)).toContain('NAME:Ketenoverleg – Brijder\\, regio Alkmaar');
    expect(unfold(ics)).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
    expect(unfold(ics)).toContain('X-PUBLISHED-TTL:PT6H');
  });

  it('stamps each event with its last change, so the same meetings give the same bytes', () => {
    expect(unfold(ics)).toContain('DTSTAMP:20260301T100000Z');
    expect(
      buildPublish(config, { name: 'Ketenoverleg – Brijder, regio Alkmaar', meetings, refresh: true }),
    ).toBe(ics);
  });

  it('is a valid calendar with only a VTIMEZONE when there are no meetings yet', () => {
    const empty = parse(buildPublish(config, { name: 'Leeg', meetings: [] }));
    expect(empty.events).toEqual([]);
    expect(empty.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });
});

describe('the product identifier (PRODID)', () => {
  const prodId = (gemeente: string) =>
    parse(
      buildPublish({ ...config, gemeente }, { name: 'Leeg', meetings: [] }),
    ).calendar.getFirstPropertyValue('prodid');

  it('names the installation’s gemeente from its settings', () => {
    expect(prodId('Dijk en Waard')).toBe('-//Gemeente Dijk en Waard//Ketenoverleg//NL');
    expect(prodId('Oss')).toBe('-//Gemeente Oss//Ketenoverleg//NL');
  });

  it('names only the app before the installation has settings, and drops a slash that would split its fields', () => {
    expect(prodId('')).toBe('-//Ketenoverleg Veilige School//Ketenoverleg//NL');
    expect(prodId('Noord/Zuid')).toBe('-//Gemeente NoordZuid//Ketenoverleg//NL');
  });
});

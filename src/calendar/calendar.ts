// Pure calendar builder: the VCALENDAR of an iMIP REQUEST or CANCEL, and of a PUBLISH download or feed (ICAL.md 5–15).
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import type { Config } from '../config.js';
import type { MeetingStatus } from '../db/schema/index.js';
import { t } from '../locale/index.js';
import { gemeenteOrganisationName } from '../settings/settings.js';
import { AMSTERDAM } from '../shared/dates.js';

/** The meeting fields a calendar needs, as stored: instants are UTC ISO strings. */
export interface CalendarMeeting {
  id: number;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  status: MeetingStatus;
  /** `meetings.sequence`: the caller has already raised it for an update or a cancel. */
  sequence: number;
  /** Last change of the meeting row; the DTSTAMP of a PUBLISH, so an unchanged feed keeps its ETag. */
  updatedAt: string;
}

export interface CalendarAttendee {
  name: string | null;
  email: string;
  /** Theme partners are optional participants; core partners and schools are required. */
  optional: boolean;
}

export type InviteMethod = 'REQUEST' | 'CANCEL';
export type CalendarConfig = Pick<Config, 'baseUrl' | 'mailFrom'> & {
  /** The installation's gemeente from its settings ("Dijk en Waard"; '' before `cli init`), named in PRODID. */
  gemeente: string;
};

/** How long a subscribed calendar waits before it asks for the feed again. */
export const FEED_REFRESH_SECONDS = 6 * 60 * 60;
/** The reminder an invite sets in the invitee's calendar. */
const REMINDER_SECONDS = 30 * 60;

/** The stable UID of a meeting, identical in every mail, download and feed (ICAL.md 6). */
export function meetingUid(meetingId: number, baseUrl: string): string {
  return `meeting-${meetingId}@${new URL(baseUrl).hostname}`;
}

/** The meeting's id from one of our UIDs for this host, or null for any other UID. */
export function meetingIdFromUid(uid: string, baseUrl: string): number | null {
  const match = /^meeting-(\d+)@(.+)$/.exec(uid.trim());
  if (!match || match[2]?.toLowerCase() !== new URL(baseUrl).hostname.toLowerCase()) return null;
  return Number(match[1]);
}

/**
 * A parameter value may not contain `"` (ical-generator would write `\"`, which RFC 5545 does not allow, ICAL.md 11),
 * nor control characters; a backslash would be doubled, so it goes too.
 */
export function cleanParameterValue(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}"\\]/gu, '')
    .trim();
}

/** TEXT escaping for the values ical-generator writes unescaped (the calendar name). */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

const zoned = (instant: string) => DateTime.fromISO(instant, { zone: 'utc' }).setZone(AMSTERDAM);
const utc = (instant: Date | string) =>
  (typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)).setZone('utc');

function newCalendar(config: CalendarConfig, method: ICalCalendarMethod, name?: string) {
  const company = config.gemeente ? gemeenteOrganisationName(config.gemeente) : t('common.appName');
  return ical({
    // PRODID is one line of `-//company//product//NL`: a slash in the name would break its fields.
    prodId: { company: company.replace(/[\p{Cc}/]/gu, ''), product: 'Ketenoverleg', language: 'NL' },
    method,
    // No calendar-level zone *name*: with one, ical-generator writes DTSTAMP without its Z (ICAL.md 8).
    timezone: { name: null, generator: getVtimezoneComponent },
    ...(name ? { name: escapeText(name) } : {}),
  });
}

function defaultDescription(config: CalendarConfig, meeting: CalendarMeeting, answerUrl?: string): string {
  const lines = [t('calendar.description.intro')];
  if (meeting.onlineUrl) lines.push(t('calendar.description.online', { url: meeting.onlineUrl }));
  lines.push(
    answerUrl
      ? t('calendar.description.answer', { url: answerUrl })
      : t('calendar.description.details', { url: `${config.baseUrl}/meetings/${meeting.id}` }),
  );
  lines.push(t('calendar.description.privacy'));
  return lines.join('\n');
}

function addEvent(
  calendar: ReturnType<typeof ical>,
  config: CalendarConfig,
  meeting: CalendarMeeting,
  options: { stamp: DateTime; status: ICalEventStatus; description?: string; answerUrl?: string },
) {
  return calendar.createEvent({
    id: meetingUid(meeting.id, config.baseUrl),
    sequence: meeting.sequence,
    stamp: options.stamp,
    // Zoned date-times, never plain Dates: a Date would be written in the server's own zone (ICAL.md 13).
    start: zoned(meeting.startsAt),
    end: zoned(meeting.endsAt),
    timezone: AMSTERDAM,
    summary: meeting.title,
    location: meeting.location || meeting.onlineUrl || null,
    description: options.description ?? defaultDescription(config, meeting, options.answerUrl),
    url: options.answerUrl ?? `${config.baseUrl}/meetings/${meeting.id}`,
    status: options.status,
  });
}

/** RFC 5545 wants CRLF after every line, END:VCALENDAR included; ical-generator leaves the last one off. */
const finish = (calendar: ReturnType<typeof ical>) => `${calendar.toString()}\r\n`;

/**
 * The iMIP calendar for one mail: REQUEST (invite or update: full event, every recipient an attendee who is asked
 * to answer, a reminder) or CANCEL (STATUS:CANCELLED, no reminder). One meeting, one VEVENT (ICAL.md 2, 4, 5, 9, 10).
 */
export function buildInvite(
  config: CalendarConfig,
  input: {
    method: InviteMethod;
    meeting: CalendarMeeting;
    attendees: readonly CalendarAttendee[];
    now: Date;
    /** Plain text for DESCRIPTION; by default a short text with the online link and the meeting page. */
    description?: string;
    /**
     * The invitee's personal page (their answer, why they are invited, the agenda; no login needed), named in the
     * default DESCRIPTION and as URL instead of the meeting page, which only contacts with access to the app can open.
     */
    answerUrl?: string;
  },
): string {
  const cancel = input.method === 'CANCEL';
  const calendar = newCalendar(config, cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  const event = addEvent(calendar, config, input.meeting, {
    stamp: utc(input.now),
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.answerUrl === undefined ? {} : { answerUrl: input.answerUrl }),
  });
  // ORGANIZER is the mailbox the replies go to, the same address as the From of the mail (ICAL.md 3).
  event.organizer({ name: cleanParameterValue(t('common.appName')), email: config.mailFrom });
  for (const attendee of input.attendees) {
    if (attendee.email.toLowerCase() === config.mailFrom.toLowerCase()) {
      throw new Error('The organizer mailbox cannot be invited to its own meeting.');
    }
    // Outlook shows CN as the invitee's name; without a name the address is the best there is (ICAL.md 4).
    const name = cleanParameterValue(attendee.name ?? '') || attendee.email;
    event.createAttendee({
      email: attendee.email,
      name,
      role: attendee.optional ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    });
  }
  if (!cancel) {
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: REMINDER_SECONDS,
      description: input.meeting.title,
    });
  }
  return finish(calendar);
}

/**
 * A PUBLISH calendar for a download or a subscribed feed: no attendees, the same UIDs as the invites, cancelled
 * meetings kept with STATUS:CANCELLED so a subscribed calendar removes them too (ICAL.md 15).
 */
export function buildPublish(
  config: CalendarConfig,
  input: { name: string; meetings: readonly CalendarMeeting[]; refresh?: boolean },
): string {
  const calendar = newCalendar(config, ICalCalendarMethod.PUBLISH, input.name);
  if (input.refresh) calendar.ttl(FEED_REFRESH_SECONDS);
  for (const meeting of input.meetings) {
    addEvent(calendar, config, meeting, {
      stamp: utc(meeting.updatedAt),
      status: meeting.status === 'geannuleerd' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return finish(calendar);
}

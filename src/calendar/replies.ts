// Calendar replies (METHOD:REPLY, ICAL.md 16–18): reading one from a raw mail or a bare .ics, and deciding what it
// means for which invitation. Reading and deciding are pure apart from mailparser; storing is in calendar.actions.ts.
//
// Rules, in order:
// 1. The calendar is the mail's text/calendar part (or an .ics attachment); failing that, a body that contains a
//    VCALENDAR with METHOD:REPLY counts too, whatever its MIME type says (some gateways drop the `method=`).
// 2. It must be METHOD:REPLY with a VEVENT that has a UID and an ATTENDEE. ORGANIZER is not needed (Exchange leaves
//    it out), and time zones are never read: only UID, SEQUENCE, DTSTAMP and ATTENDEE matter, so Windows zone names
//    such as "W. Europe Standard Time" are no obstacle.
// 3. The UID names one of our meetings (`meeting-<id>@<host>`); otherwise the reply waits for manual review.
// 4. The attendee is matched by address (without `mailto:`, lower-case) to an invitation of that meeting; when no
//    attendee matches, the From address of the mail is tried. No match: manual review.
// 5. A SEQUENCE lower than the meeting's is an answer to an old version of the invite: ignored.
// 6. ACCEPTED → ja, DECLINED → nee, TENTATIVE → misschien; any other PARTSTAT is kept for manual review.
// 7. The answer is applied with its DTSTAMP as the moment of answering: `recordAnswer` ignores it when the applied
//    answer (web or calendar) is as new or newer, so the newest answer wins (ICAL.md 18).
import ICAL from 'ical.js';
import type { RsvpStatus } from '../db/schema/index.js';
import { meetingIdFromUid } from './calendar.js';

export interface CalendarReply {
  uid: string;
  sequence: number;
  /** DTSTAMP as an ISO instant; null when the reply has none (then the time of receipt counts). */
  stamp: string | null;
  attendees: { address: string; partstat: string }[];
  /** The From address of the mail, lower-case; null for a bare .ics. */
  from: string | null;
}

export type ReadFailure = 'no-calendar' | 'not-a-reply' | 'unreadable';
export type ReadResult = { ok: true; reply: CalendarReply } | { ok: false; reason: ReadFailure };

const VCALENDAR = /BEGIN:VCALENDAR[\s\S]*?END:VCALENDAR/i;
const ANSWERS: Readonly<Record<string, RsvpStatus>> = {
  ACCEPTED: 'ja',
  DECLINED: 'nee',
  TENTATIVE: 'misschien',
};

/** `mailto:Sietske@School.example` → `sietske@school.example` (ICAL.md 17). */
export function calendarAddress(value: string): string {
  return value
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

/** Reads a reply from a raw mail (.eml, or what the SMTP listener received) or from a bare .ics file. */
export async function readReply(raw: Buffer | string): Promise<ReadResult> {
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  if (/^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text)) return parseReply(text, null);
  // mailparser takes a noticeable moment to load: only when a reply arrives, not on every start of the app.
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(raw);
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? null;
  const parts = mail.attachments.filter(
    (part) =>
      part.contentType === 'text/calendar' ||
      part.contentType === 'application/ics' ||
      /\.ics$/i.test(part.filename ?? ''),
  );
  // The text/calendar part first: the .ics attachment beside it is the same calendar.
  parts.sort((a, b) => Number(b.contentType === 'text/calendar') - Number(a.contentType === 'text/calendar'));
  for (const part of parts) {
    const result = parseReply(part.content.toString('utf8'), from);
    if (result.ok) return result;
  }
  const inBody = VCALENDAR.exec(mail.text ?? '')?.[0];
  if (inBody) return parseReply(inBody, from);
  return { ok: false, reason: parts.length > 0 ? 'not-a-reply' : 'no-calendar' };
}

/** Reads the REPLY fields out of one VCALENDAR text. */
export function parseReply(ics: string, from: string | null): ReadResult {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics.trim()));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const method = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase();
  const event = calendar.getFirstSubcomponent('vevent');
  if (method !== 'REPLY' || !event) return { ok: false, reason: 'not-a-reply' };
  const uid = String(event.getFirstPropertyValue('uid') ?? '').trim();
  const attendees = event.getAllProperties('attendee').map((property) => ({
    address: calendarAddress(String(property.getFirstValue() ?? '')),
    partstat: String(property.getParameter('partstat') ?? 'NEEDS-ACTION').toUpperCase(),
  }));
  if (!uid || attendees.length === 0) return { ok: false, reason: 'not-a-reply' };
  const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);
  const stamp = event.getFirstPropertyValue('dtstamp');
  return {
    ok: true,
    reply: {
      uid,
      sequence: Number.isInteger(sequence) ? sequence : 0,
      stamp: stamp instanceof ICAL.Time ? stamp.toJSDate().toISOString() : null,
      attendees,
      from,
    },
  };
}

/** What a matched or unmatched reply comes to; `unmatched` replies wait for the coordinator. */
export type ReplyDecision =
  | { kind: 'apply'; invitationId: number; rsvp: RsvpStatus; answeredAt: string; address: string }
  | { kind: 'ignore'; reason: 'older-sequence' }
  | { kind: 'unmatched'; reason: UnmatchedReason; address: string | null; partstat: string };

export const unmatchedReasons = ['unknown-uid', 'unknown-attendee', 'unknown-answer'] as const;
export type UnmatchedReason = (typeof unmatchedReasons)[number];

export interface ReplyContext {
  baseUrl: string;
  /** The meeting the UID names, if it exists. */
  meeting: { id: number; sequence: number } | null;
  /**
   * The meeting's invitations that are not withdrawn, with their contact's address and the SEQUENCE last sent to
   * them (null: none sent yet).
   */
  invitations: readonly { id: number; email: string; sentSequence: number | null }[];
  receivedAt: string;
}

/** The meeting a reply is about, or null when the UID is not one of ours (rule 3). */
export function replyMeetingId(reply: CalendarReply, baseUrl: string): number | null {
  return meetingIdFromUid(reply.uid, baseUrl);
}

/** Applies rules 3–6 to a reply that was read. */
export function decideReply(reply: CalendarReply, context: ReplyContext): ReplyDecision {
  const first = reply.attendees[0] as CalendarReply['attendees'][number];
  if (!context.meeting || replyMeetingId(reply, context.baseUrl) !== context.meeting.id) {
    return {
      kind: 'unmatched',
      reason: 'unknown-uid',
      address: first.address || reply.from,
      partstat: first.partstat,
    };
  }
  const byAddress = new Map(
    context.invitations.map((invitation) => [invitation.email.toLowerCase(), invitation]),
  );
  const attendee = reply.attendees.find((candidate) => byAddress.has(candidate.address));
  const address = attendee?.address ?? (reply.from && byAddress.has(reply.from) ? reply.from : null);
  const partstat = (attendee ?? first).partstat;
  if (!address) {
    return { kind: 'unmatched', reason: 'unknown-attendee', address: first.address || reply.from, partstat };
  }
  const invitation = byAddress.get(address) as ReplyContext['invitations'][number];
  // Older than the version this attendee was sent (a later update, or the meeting's version if none was sent).
  // Withdrawing one invitee raises the meeting's SEQUENCE without sending the others anything: their answers count.
  if (reply.sequence < (invitation.sentSequence ?? context.meeting.sequence)) {
    return { kind: 'ignore', reason: 'older-sequence' };
  }
  const rsvp = ANSWERS[partstat];
  if (!rsvp) return { kind: 'unmatched', reason: 'unknown-answer', address, partstat };
  return {
    kind: 'apply',
    invitationId: invitation.id,
    rsvp,
    answeredAt: reply.stamp ?? context.receivedAt,
    address,
  };
}

/** The answer a PARTSTAT stands for, for the coordinator assigning an unmatched reply. */
export function answerForPartstat(partstat: string | null): RsvpStatus | null {
  return (partstat && ANSWERS[partstat.toUpperCase()]) || null;
}

// Pure core of the invitations: who takes part in a meeting (and why), who the agenda implies, how that compares with who is invited, which
// answer wins, who comes per organisation, when links and reminders apply. No I/O; `now` is passed in.
import type {
  InvitationReason,
  MeetingStatus,
  OrganisationKind,
  RsvpSource,
  RsvpStatus,
} from '../db/schema/index.js';
import { t } from '../locale/index.js';

const DAY_MS = 86_400_000;

/** A contact who could be invited: active, with an address, at an active organisation. */
export interface InvitableContact {
  id: number;
  name: string | null;
  email: string;
  organisationId: number;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** The contact's own setting "ontvangt uitnodigingen": only those are proposed; others only by hand. */
  receivesInvitations: boolean;
}

/** A topic accepted for the meeting, with the theme it was submitted under. */
export interface AcceptedTopic {
  id: number;
  title: string;
  themeId: number;
  themeName: string;
}

/** Why a contact is (proposed to be) invited. */
export type Reason =
  | { kind: 'core'; organisationKind: 'school' | 'core' }
  | { kind: 'theme'; topicId: number; topicTitle: string; themeId: number; themeName: string }
  | { kind: 'manual' }
  | { kind: 'delegate'; fromName: string };

export interface Proposed {
  contact: InvitableContact;
  /** Every reason, the first one stored on the invitation; a theme partner can be brought in by several topics. */
  reasons: Reason[];
}

// ---------------------------------------------------------------------------------------------------------------
// Who takes part in a meeting, and why: the one rule behind the meeting page, the meetings list, the agenda, the
// start page, the calendar download and feed, every meeting mail and the invitation proposal.

/** Why an organisation takes part: the proposal's reasons, or an invitation it holds (sent, added or delegated). */
export type ParticipationReason = Extract<Reason, { kind: 'core' | 'theme' }> | { kind: 'invited' };

export interface Participant {
  organisationId: number;
  /** In the order of the rule below; a partner brought in by two accepted topics has two theme reasons. */
  reasons: ParticipationReason[];
}

export interface ParticipationFacts {
  /** The organisations that are not archived. */
  organisations: readonly { id: number; kind: OrganisationKind }[];
  /** The meeting's topics on its agenda (see ACCEPTED_TOPIC_STATUSES in the agenda core). */
  acceptedTopics: readonly AcceptedTopic[];
  /** Which optional partners each theme brings in. */
  themePartners: readonly { themeId: number; organisationId: number }[];
  /** Organisations with a contact holding an invitation for the meeting that was not withdrawn. */
  invitedOrganisationIds: readonly number[];
}

/**
 * The participants of one meeting:
 * 1. every school and every core partner;
 * 2. an optional partner linked to the theme of an accepted topic, once per such topic;
 * 3. any organisation holding an invitation (by hand, by an earlier agenda, as a delegate), also an archived one:
 *    it was invited and keeps seeing the meeting it was invited to.
 * The meeting's status does not matter here: who may see a concept is `sees`'s business.
 */
export function participants(facts: ParticipationFacts): Participant[] {
  const byId = new Map<number, Participant>();
  const add = (organisationId: number, reason: ParticipationReason) => {
    const participant = byId.get(organisationId) ?? { organisationId, reasons: [] };
    participant.reasons.push(reason);
    byId.set(organisationId, participant);
  };
  const optional = new Set<number>();
  for (const organisation of facts.organisations) {
    if (organisation.kind === 'optional') optional.add(organisation.id);
    else add(organisation.id, { kind: 'core', organisationKind: organisation.kind });
  }
  for (const topic of facts.acceptedTopics) {
    for (const link of facts.themePartners) {
      if (link.themeId !== topic.themeId || !optional.has(link.organisationId)) continue;
      add(link.organisationId, {
        kind: 'theme',
        topicId: topic.id,
        topicTitle: topic.title,
        themeId: topic.themeId,
        themeName: topic.themeName,
      });
    }
  }
  for (const organisationId of new Set(facts.invitedOrganisationIds))
    add(organisationId, { kind: 'invited' });
  return [...byId.values()];
}

/** The organisation ids of `participants(...)`: the recipients of a meeting's mail, the visibility check. */
export function participantIds(list: readonly Participant[]): number[] {
  return list.map((participant) => participant.organisationId);
}

export interface MeetingViewer {
  role: 'member' | 'coordinator';
  organisationId: number;
}

/**
 * Whether the viewer sees the meeting (its page, its place in the list, its agenda, its calendar entry): the
 * coordinator always; a member when their organisation takes part, but never a concept, which is the coordinator's
 * draft until planned. Someone who does not see a meeting is answered "not found", not "forbidden".
 */
export function sees(
  viewer: MeetingViewer,
  meeting: { status: MeetingStatus },
  participating: readonly number[],
): boolean {
  if (viewer.role === 'coordinator') return true;
  if (meeting.status === 'concept') return false;
  return participating.includes(viewer.organisationId);
}

/** Why the agenda brings an organisation in (rule 1 and 2 of `participants`); empty when it only holds an invitation. */
export function proposalReasons(participant: Participant): Reason[] {
  return participant.reasons.flatMap((reason) => (reason.kind === 'invited' ? [] : [reason]));
}

/**
 * The invitation proposal for a meeting: every contact who receives invitations ("ontvangt uitnodigingen") at an
 * organisation that takes part by the agenda (rule 1 and 2 of `participants`), with those reasons. An invitation
 * already held is no reason to propose anyone: manual additions are the coordinator's, not the proposal's.
 * Ordered by organisation, then name, as the page and the preview list them.
 */
export function proposeInvitations(input: {
  contacts: readonly InvitableContact[];
  participants: readonly Participant[];
}): Proposed[] {
  const reasonsOf = new Map(
    input.participants.map((participant) => [participant.organisationId, proposalReasons(participant)]),
  );
  const proposed: Proposed[] = [];
  for (const contact of input.contacts) {
    const reasons = reasonsOf.get(contact.organisationId) ?? [];
    if (contact.receivesInvitations && reasons.length > 0) proposed.push({ contact, reasons });
  }
  return proposed.sort(byOrganisationThenName);
}

function byOrganisationThenName(a: Proposed, b: Proposed): number {
  return (
    a.contact.organisationName.localeCompare(b.contact.organisationName, 'nl') ||
    (a.contact.name ?? '').localeCompare(b.contact.name ?? '', 'nl')
  );
}

/** The reason in words, without the organisation: "vanwege agendapunt 'Vapes in de onderbouw', thema Roken en vapes". */
export function reasonText(reason: Reason): string {
  switch (reason.kind) {
    case 'core':
      return t(`invitations.reasons.${reason.organisationKind}`);
    case 'theme':
      return t('invitations.reasons.theme', { topic: reason.topicTitle, theme: reason.themeName });
    case 'manual':
      return t('invitations.reasons.manual');
    case 'delegate':
      return t('invitations.reasons.delegate', { name: reason.fromName });
  }
}

/** "Brijder — vanwege agendapunt 'Vapes in de onderbouw', thema Roken en vapes": one line per reason. */
export function reasonLines(organisationName: string, reasons: readonly Reason[]): string[] {
  return reasons.map((reason) =>
    t('invitations.reasons.line', { organisation: organisationName, reason: reasonText(reason) }),
  );
}

/** The stored form of a reason on the invitation row. */
export function storedReason(reason: Reason): {
  reason: InvitationReason;
  reasonThemeId: number | null;
  reasonTopicId: number | null;
} {
  if (reason.kind === 'theme') {
    return { reason: 'theme', reasonThemeId: reason.themeId, reasonTopicId: reason.topicId };
  }
  return { reason: reason.kind, reasonThemeId: null, reasonTopicId: null };
}

/** An invitation as the comparison needs it. */
export interface CurrentInvitation {
  id: number;
  contactId: number;
  reason: InvitationReason;
  reasonTopicId: number | null;
  removedAt: string | null;
}

export interface ProposalChanges {
  /** Proposed contacts without an invitation: what sending now would add. */
  additions: Proposed[];
  /** Invitations whose theme reason is gone (the topic left the agenda) and that no other reason still supports. */
  reasonsGone: CurrentInvitation[];
  /** Proposed contacts the coordinator removed earlier: not proposed again, shown so they can be re-added. */
  removedEarlier: Proposed[];
}

/**
 * Compares the proposal with the invitations. Nothing here sends or withdraws anything: the page shows the result
 * and the coordinator decides. A contact invited for a theme keeps the invitation while any accepted topic of a
 * linked theme is on the agenda; manual, core and delegated invitations never lose their reason to the agenda.
 */
export function compareProposal(
  proposal: readonly Proposed[],
  invitations: readonly CurrentInvitation[],
): ProposalChanges {
  const byContact = new Map(invitations.map((invitation) => [invitation.contactId, invitation]));
  const proposedIds = new Set(proposal.map((entry) => entry.contact.id));
  const additions: Proposed[] = [];
  const removedEarlier: Proposed[] = [];
  for (const entry of proposal) {
    const invitation = byContact.get(entry.contact.id);
    if (!invitation) additions.push(entry);
    else if (invitation.removedAt) removedEarlier.push(entry);
  }
  const reasonsGone = invitations.filter(
    (invitation) =>
      invitation.removedAt === null &&
      invitation.reason === 'theme' &&
      !proposedIds.has(invitation.contactId),
  );
  return { additions, reasonsGone, removedEarlier };
}

// ---------------------------------------------------------------------------------------------------------------
// Answers

export interface Answer {
  rsvp: RsvpStatus;
  /** When the answer was given: the moment of the web form, or the DTSTAMP of a calendar reply. */
  answeredAt: string;
  source: RsvpSource;
}

/**
 * Newest answer wins (ICAL.md point 18): the web page and calendar replies feed the same status, and an answer
 * is applied only when it is strictly newer than the one applied last (or the reset of a time change). A reply
 * that took a day in someone's outbox never overwrites what they said on the web since.
 */
export function answerApplies(
  current: { rsvpAt: string | null },
  incoming: Pick<Answer, 'answeredAt'>,
): boolean {
  if (current.rsvpAt === null) return true;
  return Date.parse(incoming.answeredAt) > Date.parse(current.rsvpAt);
}

/** Whether invitations can go out for the meeting: planned and not over. */
export function canInvite(meeting: { status: string; endsAt: string }, now: Date): boolean {
  return meeting.status === 'gepland' && now.toISOString() < meeting.endsAt;
}

/** RSVP links work until the meeting has ended; a cancelled meeting only shows that it was cancelled. */
export function linkState(
  meeting: { status: string; endsAt: string },
  invitation: { removedAt: string | null },
  now: Date,
): 'open' | 'ended' | 'cancelled' | 'withdrawn' {
  if (invitation.removedAt) return 'withdrawn';
  if (meeting.status === 'geannuleerd') return 'cancelled';
  if (meeting.status === 'gehouden' || now.toISOString() >= meeting.endsAt) return 'ended';
  return 'open';
}

/**
 * Who has not had the agenda as it is now: invitees who were sent the invitation, but whose last agenda (in an
 * invitation, an update or an "agenda gewijzigd" mail) is older than the last change to the published agenda.
 */
export function behindOnAgenda<
  I extends { removedAt: string | null; sentSequence: number | null; agendaSentAt: string | null },
>(invitees: readonly I[], lastAgendaChange: string | null): I[] {
  if (!lastAgendaChange) return [];
  return invitees.filter(
    (invitee) =>
      invitee.removedAt === null &&
      invitee.sentSequence !== null &&
      (invitee.agendaSentAt ?? '') < lastAgendaChange,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Attendance

export interface AttendanceRow {
  invitationId: number;
  contactName: string | null;
  organisationId: number;
  organisationName: string;
  rsvp: RsvpStatus;
  rsvpSource: RsvpSource | null;
  /** The colleague's name when this invitee sent someone in their place. */
  delegatedToName: string | null;
}

export interface OrganisationAttendance {
  organisationId: number;
  organisationName: string;
  coming: AttendanceRow[];
  maybe: AttendanceRow[];
  notComing: AttendanceRow[];
  delegated: AttendanceRow[];
  noAnswer: AttendanceRow[];
  /** Nobody of the organisation said yes (maybe does not count: the coordinator has to ask). */
  nobodyComing: boolean;
}

/** Who comes, who doesn't and who hasn't answered, per organisation in name order. */
export function attendanceByOrganisation(rows: readonly AttendanceRow[]): OrganisationAttendance[] {
  const groups = new Map<number, OrganisationAttendance>();
  for (const row of rows) {
    let group = groups.get(row.organisationId);
    if (!group) {
      group = {
        organisationId: row.organisationId,
        organisationName: row.organisationName,
        coming: [],
        maybe: [],
        notComing: [],
        delegated: [],
        noAnswer: [],
        nobodyComing: true,
      };
      groups.set(row.organisationId, group);
    }
    if (row.delegatedToName) group.delegated.push(row);
    else if (row.rsvp === 'ja') group.coming.push(row);
    else if (row.rsvp === 'misschien') group.maybe.push(row);
    else if (row.rsvp === 'nee') group.notComing.push(row);
    else group.noAnswer.push(row);
  }
  const result = [...groups.values()];
  for (const group of result) group.nobodyComing = group.coming.length === 0;
  return result.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
}

/** From a week before the meeting until it starts, the coordinator is warned about organisations with nobody coming. */
export function showsNobodyComing(meeting: { status: string; startsAt: string }, now: Date): boolean {
  if (meeting.status !== 'gepland') return false;
  const start = Date.parse(meeting.startsAt);
  return now.getTime() >= start - 7 * DAY_MS && now.getTime() < start;
}

/**
 * Whether the "you have not answered yet" reminder is due for an invitee: the meeting is planned and starts within
 * `days` days, the invitation was sent and not withdrawn, nobody answered, and it was not reminded before.
 * `days` = 0 switches reminders off.
 */
export function rsvpReminderDue(
  meeting: { status: string; startsAt: string },
  invitation: {
    sentSequence: number | null;
    removedAt: string | null;
    rsvp: RsvpStatus;
    reminderSentAt: string | null;
  },
  now: Date,
  days: number,
): boolean {
  if (days <= 0 || meeting.status !== 'gepland') return false;
  if (invitation.sentSequence === null || invitation.removedAt || invitation.reminderSentAt) return false;
  if (invitation.rsvp !== 'geen-reactie') return false;
  const start = Date.parse(meeting.startsAt);
  return now.getTime() < start && start - now.getTime() <= days * DAY_MS;
}

// ---------------------------------------------------------------------------------------------------------------
// Presence after the meeting

/** Presence can be recorded once a planned or held meeting has started. */
export function canRecordPresence(meeting: { status: string; startsAt: string }, now: Date): boolean {
  return (
    (meeting.status === 'gepland' || meeting.status === 'gehouden') && meeting.startsAt <= now.toISOString()
  );
}

/**
 * The organisations on a meeting's presence list, by name: those with a sent, current invitation and those recorded
 * before. Ticked: as recorded; before anything is recorded, those of whom someone answered "ja".
 */
export function presenceList(
  invitees: readonly {
    organisationId: number;
    organisationName: string;
    rsvp: RsvpStatus;
    removedAt: string | null;
    sentSequence: number | null;
  }[],
  recorded: readonly { organisationId: number; organisationName: string; present: boolean }[],
): { id: number; name: string; present: boolean }[] {
  const list = new Map<number, { id: number; name: string; present: boolean }>();
  for (const invitee of invitees) {
    if (invitee.removedAt !== null || invitee.sentSequence === null) continue;
    const entry = list.get(invitee.organisationId) ?? {
      id: invitee.organisationId,
      name: invitee.organisationName,
      present: false,
    };
    entry.present ||= invitee.rsvp === 'ja';
    list.set(invitee.organisationId, entry);
  }
  if (recorded.length > 0) {
    for (const entry of list.values()) entry.present = false;
    for (const row of recorded)
      list.set(row.organisationId, {
        id: row.organisationId,
        name: row.organisationName,
        present: row.present,
      });
  }
  return [...list.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

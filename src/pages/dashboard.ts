// What the start page shows a user: the next meeting and what needs their attention there.
import { acceptsTopics, triageCounts } from '../agenda/agenda.js';
import { createTopicsRepository } from '../agenda/topics.repository.js';
import { agreementsToFollowUp, openAgreementsOfOrganisation } from '../agreements/agreements.read.js';
import type { MeetingStatus } from '../db/schema/index.js';
import type { Deps } from '../deps.js';
import { ownInvitations } from '../invitations/invitations.read.js';
import { createParticipation } from '../invitations/participation.js';
import { presentMeeting } from '../meetings/meetings.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { openPollsFor } from '../polls/polls.read.js';
import type { SessionUser } from '../shared/session-user.js';

export function dashboardFor(deps: Pick<Deps, 'db' | 'now'>, user: SessionUser) {
  const now = deps.now();
  const isCoordinator = user.role === 'coordinator';
  // The next meeting that has not ended: planned (for the coordinator also a concept), that the user takes part in.
  const statuses: MeetingStatus[] = isCoordinator ? ['gepland', 'concept'] : ['gepland'];
  const candidates = createMeetingsRepository(deps.db).notEndedIn(statuses, now);
  const next = createParticipation(deps.db).visibleTo(user, candidates)[0] ?? null;
  const topics = createTopicsRepository(deps.db);
  return {
    isCoordinator,
    nextMeeting: next
      ? {
          ...presentMeeting(next, now),
          acceptsTopics: acceptsTopics(next, now),
          // Members get the submit button while the meeting takes topics; the coordinator triages instead.
          canSubmit: !isCoordinator && acceptsTopics(next, now),
          agendaPublished: next.agendaPublishedAt !== null,
          // The coordinator's to-do: the topics awaiting triage for this meeting, as the triage page counts them.
          toTriage: isCoordinator ? triageCounts(topics.countByStatus(next.id)).awaiting : 0,
          // A member's own contribution to this meeting.
          ownTopics: isCoordinator ? 0 : topics.countOfOrganisation(user.organisationId, next.id),
        }
      : null,
    // The coordinator's other to-do: topics for "a later meeting" (submitted so, deferred, or left by a cancelled or
    // held meeting), which the triage page of any meeting lists under their own heading.
    laterToTriage: isCoordinator ? triageCounts(topics.countByStatus(null)).awaiting : 0,
    // Members follow their organisation's open agreements; the coordinator what waits for a confirmation.
    agreements: isCoordinator ? [] : openAgreementsOfOrganisation(deps.db, user.organisationId, now),
    followUp: isCoordinator ? agreementsToFollowUp(deps.db, now) : null,
    // The meetings a member is invited to, with their own answer and the buttons to give or change it.
    invitations: isCoordinator ? [] : ownInvitations(deps.db, user.contactId, now),
    // The coordinator follows every open poll; a contact who was asked answers it here, as with the mailed link.
    openPolls: openPollsFor(deps.db, user, now),
  };
}

// Loads the facts `participants` decides on, from the repositories that own them, for one meeting or a list of
// meetings: the meeting page, the list, the agenda, the start page, the calendar, the meeting mail and the
// invitation proposal all ask here.
import { createTopicsRepository } from '../agenda/topics.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { MeetingStatus } from '../db/schema/index.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { createThemesRepository } from '../organisations/themes.repository.js';
import {
  type MeetingViewer,
  type Participant,
  type Proposed,
  participantIds,
  participants,
  proposeInvitations,
  sees,
} from './invitations.js';
import { createInvitationsRepository } from './invitations.repository.js';

export function createParticipation(db: DbOrTx) {
  /** The participants of each meeting, in one set of queries whatever the number of meetings. */
  const forMeetings = (meetingIds: readonly number[]): Map<number, Participant[]> => {
    const result = new Map<number, Participant[]>();
    if (meetingIds.length === 0) return result;
    const organisations = createOrganisationsRepository(db).list();
    const accepted = createTopicsRepository(db).onAgendaOf(meetingIds);
    const links = createThemesRepository(db).partnersOfThemes([...new Set(accepted.map((t) => t.themeId))]);
    const invited = createInvitationsRepository(db).heldInvitations(meetingIds);
    const organisationOf = createContactsRepository(db).organisationIdsOf(
      invited.map((row) => row.contactId),
    );
    for (const meetingId of meetingIds) {
      result.set(
        meetingId,
        participants({
          organisations,
          acceptedTopics: accepted.filter((topic) => topic.meetingId === meetingId),
          themePartners: links,
          invitedOrganisationIds: invited
            .filter((row) => row.meetingId === meetingId)
            .flatMap((row) => organisationOf.get(row.contactId) ?? []),
        }),
      );
    }
    return result;
  };

  return {
    /** Who takes part in the meeting and why. */
    of(meetingId: number): Participant[] {
      return forMeetings([meetingId]).get(meetingId) ?? [];
    },

    /** The invitation proposal: who receives invitations at an organisation the agenda brings in, and why. */
    proposal(meetingId: number): Proposed[] {
      return proposeInvitations({
        contacts: createContactsRepository(db).invitable(),
        participants: this.of(meetingId),
      });
    },

    /** The organisations taking part: the recipients of the meeting's mail. */
    organisationIds(meetingId: number): number[] {
      return participantIds(this.of(meetingId));
    },

    /**
     * The contacts holding an invitation: they get the meeting's mail (agenda, agreement list) whatever their own
     * setting, such as a contact added by hand or a colleague sent as a replacement.
     */
    invitedContactIds(meetingId: number): number[] {
      return createInvitationsRepository(db)
        .heldInvitations([meetingId])
        .map((row) => row.contactId);
    },

    /** Whether the viewer sees this meeting (see `sees`). */
    sees(viewer: MeetingViewer, meeting: { id: number; status: MeetingStatus }): boolean {
      if (viewer.role === 'coordinator') return true;
      return sees(viewer, meeting, this.organisationIds(meeting.id));
    },

    /** The meetings of `list` the viewer sees, in the same order. */
    visibleTo<M extends { id: number; status: MeetingStatus }>(
      viewer: MeetingViewer,
      list: readonly M[],
    ): M[] {
      if (viewer.role === 'coordinator') return [...list];
      const byMeeting = forMeetings(list.filter((meeting) => meeting.status !== 'concept').map((m) => m.id));
      return list.filter((meeting) => sees(viewer, meeting, participantIds(byMeeting.get(meeting.id) ?? [])));
    },
  };
}

export type Participation = ReturnType<typeof createParticipation>;

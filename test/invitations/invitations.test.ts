// The invitation core without an app: the proposal and its reasons, the comparison with who is invited, which
// answer wins, attendance per organisation and when reminders are due.
import { describe, expect, it } from 'vitest';
import {
  answerApplies,
  attendanceByOrganisation,
  compareProposal,
  type InvitableContact,
  linkState,
  participantIds,
  participants,
  proposeInvitations,
  reasonLines,
  rsvpReminderDue,
  sees,
  showsNobodyComing,
} from '../../src/invitations/invitations.js';

let nextId = 0;
const contact = (
  organisationName: string,
  kind: InvitableContact['organisationKind'],
  organisationId: number,
  extra: Partial<InvitableContact> = {},
): InvitableContact => {
  nextId += 1;
  return {
    id: nextId,
    name: `Contact ${nextId}`,
    email: `c${nextId}@example.nl`,
    organisationId,
    organisationName,
    organisationKind: kind,
    receivesInvitations: true,
    ...extra,
  };
};

const school = contact('Dijkcollege', 'school', 1);
const police = contact('Politie', 'core', 2);
const brijder = contact('Brijder', 'optional', 3);
const jongerenwerk = contact('Jongerenwerk', 'optional', 4);
const quietSchool = contact('Waardlyceum', 'school', 5, { receivesInvitations: false });
const contacts = [school, police, brijder, jongerenwerk, quietSchool];
const vapes = { id: 11, title: 'Vapes in de onderbouw', themeId: 21, themeName: 'Roken en vapes' };
const lachgas = {
  id: 12,
  title: 'Lachgas bij de fietsenstalling',
  themeId: 22,
  themeName: 'Drugs en lachgas',
};
const links = [
  { themeId: 21, organisationId: 3 },
  { themeId: 22, organisationId: 3 },
  { themeId: 23, organisationId: 4 },
];

const organisations = [
  { id: 1, kind: 'school' as const },
  { id: 2, kind: 'core' as const },
  { id: 3, kind: 'optional' as const },
  { id: 4, kind: 'optional' as const },
  { id: 5, kind: 'school' as const },
];

/** The proposal as the app makes it: from the participants of the meeting, with nobody invited yet. */
const propose = (acceptedTopics: (typeof vapes)[], invitedOrganisationIds: number[] = []) =>
  proposeInvitations({
    contacts,
    participants: participants({
      organisations,
      acceptedTopics,
      themePartners: links,
      invitedOrganisationIds,
    }),
  });

describe('participants', () => {
  it('takes every school and core partner, and optional partners by the themes of accepted topics, with reasons', () => {
    const list = participants({
      organisations,
      acceptedTopics: [vapes, lachgas],
      themePartners: [...links, { themeId: 21, organisationId: 1 }],
      invitedOrganisationIds: [],
    });
    expect(list.map((p) => [p.organisationId, p.reasons.map((r) => r.kind)])).toEqual([
      // A school linked to a theme by mistake is still a school, not a theme partner.
      [1, ['core']],
      [2, ['core']],
      [5, ['core']],
      [3, ['theme', 'theme']],
    ]);
  });

  it('adds an organisation holding an invitation, once, also when it is archived', () => {
    const list = participants({
      organisations,
      acceptedTopics: [],
      themePartners: links,
      invitedOrganisationIds: [4, 4, 99, 2],
    });
    expect(participantIds(list)).toEqual([1, 2, 5, 4, 99]);
    expect(list.find((p) => p.organisationId === 2)?.reasons.map((r) => r.kind)).toEqual(['core', 'invited']);
    expect(list.find((p) => p.organisationId === 4)?.reasons).toEqual([{ kind: 'invited' }]);
  });

  it('leaves optional partners out when no accepted topic has their theme', () => {
    const list = participants({
      organisations,
      acceptedTopics: [],
      themePartners: links,
      invitedOrganisationIds: [],
    });
    expect(participantIds(list)).toEqual([1, 2, 5]);
  });
});

describe('sees', () => {
  const member = (organisationId: number) => ({ role: 'member' as const, organisationId });
  it('shows a member the meetings their organisation takes part in, never a concept; the coordinator all', () => {
    const planned = { status: 'gepland' as const };
    expect(sees(member(1), planned, [1, 2])).toBe(true);
    expect(sees(member(3), planned, [1, 2])).toBe(false);
    expect(sees(member(3), planned, [1, 2, 3])).toBe(true);
    expect(sees(member(1), { status: 'concept' }, [1, 2])).toBe(false);
    expect(sees({ role: 'coordinator', organisationId: 2 }, { status: 'concept' }, [])).toBe(true);
  });
});

describe('proposeInvitations', () => {
  it('proposes schools and core partners always, and optional partners for the themes of accepted topics', () => {
    const proposal = propose([vapes]);
    expect(proposal.map((entry) => entry.contact.organisationName)).toEqual([
      'Brijder',
      'Dijkcollege',
      'Politie',
    ]);
    const brijderEntry = proposal.find((entry) => entry.contact.id === brijder.id);
    expect(reasonLines('Brijder', brijderEntry?.reasons ?? [])).toEqual([
      'Brijder — vanwege agendapunt ‘Vapes in de onderbouw’, thema Roken en vapes',
    ]);
    const schoolEntry = proposal.find((entry) => entry.contact.id === school.id);
    expect(reasonLines('Dijkcollege', schoolEntry?.reasons ?? [])).toEqual([
      'Dijkcollege — school, altijd uitgenodigd',
    ]);
  });

  it('gives a partner brought in by two topics both reasons, and leaves out contacts who receive no invitations', () => {
    const proposal = propose([vapes, lachgas]);
    const entry = proposal.find((item) => item.contact.id === brijder.id);
    expect(
      entry?.reasons.map((reason) => (reason.kind === 'theme' ? reason.topicTitle : reason.kind)),
    ).toEqual(['Vapes in de onderbouw', 'Lachgas bij de fietsenstalling']);
    expect(proposal.some((item) => item.contact.id === quietSchool.id)).toBe(false);
    expect(proposal.some((item) => item.contact.id === jongerenwerk.id)).toBe(false);
  });

  it('does not propose an organisation only because it already holds an invitation', () => {
    const proposal = propose([], [jongerenwerk.organisationId]);
    expect(proposal.some((item) => item.contact.id === jongerenwerk.id)).toBe(false);
  });
});

describe('compareProposal', () => {
  const invitation = (
    contactId: number,
    reason: 'core' | 'theme' | 'manual',
    removedAt: string | null = null,
  ) => ({
    id: contactId * 10,
    contactId,
    reason,
    reasonTopicId: reason === 'theme' ? 11 : null,
    removedAt,
  });

  it('shows what a changed agenda adds and which theme reasons disappeared, and never proposes a removed invitee again', () => {
    const proposal = propose([]);
    const changes = compareProposal(proposal, [
      invitation(school.id, 'core'),
      invitation(brijder.id, 'theme'),
      invitation(police.id, 'core', '2026-03-01T10:00:00.000Z'),
      invitation(jongerenwerk.id, 'manual'),
    ]);
    expect(changes.additions).toEqual([]);
    expect(changes.reasonsGone.map((item) => item.contactId)).toEqual([brijder.id]);
    expect(changes.removedEarlier.map((item) => item.contact.id)).toEqual([police.id]);
  });

  it('lists a partner whose theme came onto the agenda as an addition', () => {
    const proposal = propose([lachgas]);
    const changes = compareProposal(proposal, [invitation(school.id, 'core'), invitation(police.id, 'core')]);
    expect(changes.additions.map((item) => item.contact.id)).toEqual([brijder.id]);
    expect(changes.reasonsGone).toEqual([]);
  });
});

describe('answerApplies', () => {
  it('applies the first answer and any strictly newer one, never an older or equally old one', () => {
    expect(answerApplies({ rsvpAt: null }, { answeredAt: '2026-03-01T10:00:00Z' })).toBe(true);
    expect(
      answerApplies({ rsvpAt: '2026-03-01T10:00:00.000Z' }, { answeredAt: '2026-03-01T10:00:01Z' }),
    ).toBe(true);
    expect(
      answerApplies({ rsvpAt: '2026-03-01T10:00:00.000Z' }, { answeredAt: '2026-03-01T10:00:00Z' }),
    ).toBe(false);
    expect(
      answerApplies({ rsvpAt: '2026-03-01T10:00:00.000Z' }, { answeredAt: '2026-03-01T09:00:00Z' }),
    ).toBe(false);
  });
});

describe('linkState', () => {
  const meeting = { status: 'gepland', endsAt: '2026-04-14T15:00:00.000Z' };
  it('works until the meeting has ended, and says why it no longer does', () => {
    expect(linkState(meeting, { removedAt: null }, new Date('2026-04-14T14:59:59Z'))).toBe('open');
    expect(linkState(meeting, { removedAt: null }, new Date('2026-04-14T15:00:00Z'))).toBe('ended');
    expect(
      linkState({ ...meeting, status: 'geannuleerd' }, { removedAt: null }, new Date('2026-04-01T00:00:00Z')),
    ).toBe('cancelled');
    expect(linkState(meeting, { removedAt: '2026-04-01T00:00:00Z' }, new Date('2026-04-01T00:00:00Z'))).toBe(
      'withdrawn',
    );
  });
});

describe('attendance', () => {
  const row = (
    invitationId: number,
    organisationId: number,
    organisationName: string,
    rsvp: 'ja' | 'nee' | 'misschien' | 'geen-reactie',
    delegatedToName: string | null = null,
  ) => ({
    invitationId,
    contactName: `C${invitationId}`,
    organisationId,
    organisationName,
    rsvp,
    rsvpSource: null,
    delegatedToName,
  });

  it('groups answers per organisation and marks organisations where nobody said yes', () => {
    const result = attendanceByOrganisation([
      row(1, 2, 'Politie', 'nee'),
      row(2, 1, 'Dijkcollege', 'ja'),
      row(3, 1, 'Dijkcollege', 'geen-reactie'),
      row(4, 2, 'Politie', 'misschien'),
      row(5, 3, 'Halt', 'nee', 'Collega'),
    ]);
    expect(
      result.map((group) => [
        group.organisationName,
        group.coming.length,
        group.noAnswer.length,
        group.nobodyComing,
      ]),
    ).toEqual([
      ['Dijkcollege', 1, 1, false],
      ['Halt', 0, 0, true],
      ['Politie', 0, 0, true],
    ]);
    expect(result[1]?.delegated.map((item) => item.invitationId)).toEqual([5]);
    expect(result[2]?.maybe.map((item) => item.invitationId)).toEqual([4]);
  });

  it('warns about organisations with nobody coming from a week before the meeting until it starts', () => {
    const meeting = { status: 'gepland', startsAt: '2026-04-14T13:00:00.000Z' };
    expect(showsNobodyComing(meeting, new Date('2026-04-07T12:59:59Z'))).toBe(false);
    expect(showsNobodyComing(meeting, new Date('2026-04-07T13:00:00Z'))).toBe(true);
    expect(showsNobodyComing(meeting, new Date('2026-04-14T13:00:00Z'))).toBe(false);
    expect(showsNobodyComing({ ...meeting, status: 'geannuleerd' }, new Date('2026-04-10T00:00:00Z'))).toBe(
      false,
    );
  });
});

describe('rsvpReminderDue', () => {
  const meeting = { status: 'gepland', startsAt: '2026-04-14T13:00:00.000Z' };
  const invitation = {
    sentSequence: 0,
    removedAt: null,
    rsvp: 'geen-reactie' as const,
    reminderSentAt: null,
  };
  it('is due once, for a sent invitation without an answer, within the configured days before the meeting', () => {
    expect(rsvpReminderDue(meeting, invitation, new Date('2026-04-09T12:59:59Z'), 5)).toBe(false);
    expect(rsvpReminderDue(meeting, invitation, new Date('2026-04-09T13:00:00Z'), 5)).toBe(true);
    expect(
      rsvpReminderDue(
        meeting,
        { ...invitation, reminderSentAt: '2026-04-10T00:00:00Z' },
        new Date('2026-04-10T13:00:00Z'),
        5,
      ),
    ).toBe(false);
    expect(
      rsvpReminderDue(meeting, { ...invitation, rsvp: 'nee' }, new Date('2026-04-10T13:00:00Z'), 5),
    ).toBe(false);
    expect(
      rsvpReminderDue(meeting, { ...invitation, sentSequence: null }, new Date('2026-04-10T13:00:00Z'), 5),
    ).toBe(false);
    expect(rsvpReminderDue(meeting, invitation, new Date('2026-04-10T13:00:00Z'), 0)).toBe(false);
  });
});

// One owner per table: the module (folder under src/) whose repository is the only one to name it in SQL, to write it
// and to read it. Other modules read it through that repository: a lookup fragment in their own query (`lookup` in
// src/db/lookup.ts, e.g. `organisationOf('name', topics.organisationId)`), a subquery filter, or a read function; and
// change it through the owner's actions. test/conventions/ownership.test.ts checks the repositories against this map;
// the README's layout section shows the same table.

export const TABLE_OWNERS = {
  agenda: ['topics', 'agendaItems'],
  agreements: [
    'agreements',
    'agreementEvents',
    'agreementOwners',
    'agreementNotes',
    'minutes',
    'agreementListMailings',
  ],
  audit: ['auditLog', 'privacyConfirmations'],
  auth: ['sessions', 'loginTokens'],
  calendar: ['feedTokens', 'unmatchedReplies'],
  invitations: ['invitations', 'invitationTokens', 'meetingPresence'],
  mail: ['outbox'],
  meetings: ['meetings', 'meetingChanges', 'schoolHolidays'],
  organisations: ['organisations', 'contacts', 'themes', 'themePartners'],
  polls: ['datePolls', 'datePollOptions', 'datePollParticipants', 'datePollAnswers'],
  settings: ['settings'],
} as const satisfies Record<string, readonly string[]>;

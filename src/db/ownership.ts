// One owner per table: the module (folder under src/) whose repository is the only writer of it. Other modules read
// through that module's read functions and change it through its actions. test/conventions/ownership.test.ts checks
// the repositories against this map; the README's layout section shows the same table.

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

/**
 * Joins that still read another module's table inside a repository, per repository file: the debt this map keeps
 * from growing. A repository may not add to it; a join moved behind the owner's read function comes off the list.
 */
export const CROSS_MODULE_READS: Readonly<Record<string, readonly string[]>> = {
  'auth/auth.repository.ts': ['contacts', 'organisations'],
};

// Read functions of the insight pages: each module's facts read through its own repository, handed to the view
// (`insight.view.ts`), which aggregates and labels them.
import { createTopicsRepository } from '../agenda/topics.repository.js';
import { createAgreementsRepository } from '../agreements/agreements.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { createInvitationsRepository } from '../invitations/invitations.repository.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { halfYearsUpTo, type YearBasis, yearPeriod } from './insight.js';
import { insightView, meetingsOfYear, midnight, reportYears } from './insight.view.js';

/** The years there is anything to report on, newest first. */
export function yearsToReport(db: DbOrTx, basis: YearBasis, now: Date): number[] {
  return reportYears(createMeetingsRepository(db).firstStart(), basis, now);
}

/** Everything the insight page and the annual report show for one year of the basis. */
export function insightFor(db: DbOrTx, year: number, basis: YearBasis, now: Date) {
  const period = yearPeriod(year, basis);
  const allMeetings = createMeetingsRepository(db).list({ concepts: true });
  const meetingIds = meetingsOfYear(allMeetings, year, basis).map((meeting) => meeting.id);
  // Themes: this year's half-years and the year before, so a rising theme stands out.
  const [firstHalf] = halfYearsUpTo(year, basis);
  const invitations = createInvitationsRepository(db);
  const agreements = createAgreementsRepository(db);
  const rows = agreements.list({ meetingIds });
  return insightView(
    {
      allMeetings,
      themeFacts: createTopicsRepository(db).themeFacts(
        midnight(firstHalf?.from ?? period.from),
        midnight(period.to, 1),
      ),
      participationFacts: invitations.participationFacts(meetingIds),
      presence: invitations.presence(meetingIds),
      agreements: rows,
      doneAt: agreements.doneAt(rows.map((row) => row.id)),
    },
    year,
    basis,
    now,
  );
}

// Ten years of history on top of the demo, for the benchmark: 20 held half-yearly meetings with 400 topics, their
// agendas and minutes, 300 agreements and the invitations, and 15 organisations with 60 contacts in all. Written
// straight into the tables: the point is the size of the history the pages read, not the way it was made.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { hashToken } from '../../src/auth/tokens.js';
import type { Db } from '../../src/db/connection.js';
import {
  agendaItems,
  agreementOwners,
  agreements,
  contacts,
  invitations,
  meetings,
  minutes,
  organisations,
  themes,
  topics,
} from '../../src/db/schema/index.js';
import { toAmsterdam } from '../../src/shared/dates.js';

export const TEN_YEARS = {
  meetings: 20,
  organisations: 15,
  contacts: 60,
  topicsPerMeeting: 20,
  agreementsPerMeeting: 15,
} as const;

const EXTRA_SCHOOLS = ['Scholengemeenschap Oosterdel', 'Het Duinmeer College', 'Montessori Waard'];
const ROLES = ['mentor', 'teamleider', 'zorgcoördinator', 'conciërge', 'decaan'];

export function seedTenYears(db: Db, now: Date): void {
  db.transaction((tx) => {
    const at = now.toISOString();
    for (const name of EXTRA_SCHOOLS) {
      tx.insert(organisations).values({ name, kind: 'school', place: 'Heerhugowaard', createdAt: at }).run();
    }
    const orgIds = tx
      .select({ id: organisations.id })
      .from(organisations)
      .all()
      .map((row) => row.id);
    const contactCount = tx.select({ n: sql<number>`count(*)` }).from(contacts).get()?.n ?? 0;
    for (let i = contactCount; i < TEN_YEARS.contacts; i++) {
      tx.insert(contacts)
        .values({
          organisationId: orgIds[i % orgIds.length] ?? 1,
          name: `Contactpersoon ${i + 1}`,
          email: `contact${i + 1}@school${i % orgIds.length}.example`,
          role: ROLES[i % ROLES.length] ?? '',
          access: i % 2 === 0 ? 'member' : 'none',
          createdAt: at,
        })
        .run();
    }
    const themeIds = tx.select({ id: themes.id }).from(themes).where(isNull(themes.archivedAt)).all();
    const invitees = tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(isNull(contacts.archivedAt), eq(contacts.receivesInvitations, true)))
      .all();

    // Held meetings in March and October, going back ten years from the oldest demo meeting.
    const oldest = tx
      .select({ startsAt: sql<string>`min(${meetings.startsAt})` })
      .from(meetings)
      .get()?.startsAt;
    const first = toAmsterdam(oldest ?? at).startOf('year');
    for (let m = 0; m < TEN_YEARS.meetings; m++) {
      const year = first.year - 10 + Math.floor(m / 2);
      const start = first.set({ year, month: m % 2 === 0 ? 3 : 10, day: 12, hour: 15 });
      const startsAt = start.toUTC().toISO() ?? at;
      const meetingId = Number(
        tx
          .insert(meetings)
          .values({
            title: `Kennisuitwisseling ${m % 2 === 0 ? 'voorjaar' : 'najaar'} ${year}`,
            startsAt,
            endsAt: start.plus({ hours: 2 }).toUTC().toISO() ?? at,
            location: 'Gemeentehuis Dijk en Waard',
            topicDeadline: start.minus({ weeks: 2 }).toUTC().toISO() ?? at,
            status: 'gehouden',
            agendaPublishedAt: start.minus({ weeks: 1 }).toUTC().toISO(),
            createdAt: start.minus({ months: 2 }).toUTC().toISO() ?? at,
            updatedAt: startsAt,
          })
          .run().lastInsertRowid,
      );
      let position = 0;
      for (const standing of ['opening', 'verslag', 'afspraken'] as const) {
        tx.insert(agendaItems).values({ meetingId, position: position++, standing, minutes: 5 }).run();
      }
      const topicIds: number[] = [];
      for (let t = 0; t < TEN_YEARS.topicsPerMeeting; t++) {
        const topicId = Number(
          tx
            .insert(topics)
            .values({
              meetingId,
              organisationId: orgIds[(m + t) % orgIds.length] ?? 1,
              themeId: themeIds[(m * 3 + t) % themeIds.length]?.id ?? 1,
              title: `Agendapunt ${t + 1} van ${year}`,
              description: 'Ervaringen van de afgelopen maanden en wat we samen kunnen afspreken.',
              desiredOutcome: t % 3 === 0 ? 'besluiten' : 'bespreken',
              suggestedMinutes: 10,
              status: 'besproken',
              createdAt: startsAt,
              updatedAt: startsAt,
            })
            .run().lastInsertRowid,
        );
        topicIds.push(topicId);
        tx.insert(agendaItems).values({ meetingId, position: position++, topicId, minutes: 10 }).run();
        tx.insert(minutes)
          .values({
            meetingId,
            topicId,
            text: 'Besproken; zie de afspraken.',
            status: 'vastgesteld',
            updatedAt: startsAt,
          })
          .run();
      }
      for (const standing of ['rondvraag', 'sluiting'] as const) {
        tx.insert(agendaItems).values({ meetingId, position: position++, standing, minutes: 5 }).run();
      }
      for (let a = 0; a < TEN_YEARS.agreementsPerMeeting; a++) {
        const agreementId = Number(
          tx
            .insert(agreements)
            .values({
              meetingId,
              topicId: topicIds[a] ?? null,
              text: `Afspraak ${a + 1}: de school deelt haar aanpak met de andere scholen.`,
              dueDate: start.plus({ months: 3 }).toISODate(),
              status: a % 5 === 0 ? 'vervallen' : 'afgerond',
              createdAt: startsAt,
              updatedAt: startsAt,
            })
            .run().lastInsertRowid,
        );
        tx.insert(agreementOwners)
          .values({ agreementId, organisationId: orgIds[(m + a) % orgIds.length] ?? 1 })
          .run();
      }
      for (const invitee of invitees) {
        tx.insert(invitations)
          .values({
            meetingId,
            contactId: invitee.id,
            reason: 'core',
            rsvp: invitee.id % 4 === 0 ? 'nee' : 'ja',
            tokenHash: hashToken(`bench-${meetingId}-${invitee.id}`),
            sentSequence: 0,
            createdAt: startsAt,
          })
          .run();
      }
    }
  });
}

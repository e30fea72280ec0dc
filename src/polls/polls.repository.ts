// Queries for date polls: options, participants (with hashed personal tokens) and their answers.

import type { SQL } from 'drizzle-orm';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, max, min, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { prepared } from '../db/prepared.js';
import {
  datePollAnswers,
  datePollOptions,
  datePollParticipants,
  datePolls,
  type PollAnswer,
} from '../db/schema/index.js';
import { contactOf, isMailableContact } from '../organisations/contacts.repository.js';
import { organisationOf } from '../organisations/organisations.repository.js';
import type { OpenPoll, TallyInput } from './polls.js';

export type Poll = typeof datePolls.$inferSelect;
export type PollOption = typeof datePollOptions.$inferSelect;

/** The participant's contact: its name, and its organisation with that organisation's name. */
const contactName = contactOf('name', datePollParticipants.contactId);
const organisationId = contactOf('organisationId', datePollParticipants.contactId);
const organisationName = organisationOf('name', organisationId);

const dateRanges = prepared((db) =>
  db
    .select({
      pollId: datePollOptions.pollId,
      first: min(datePollOptions.startsAt),
      last: max(datePollOptions.startsAt),
    })
    .from(datePollOptions)
    .groupBy(datePollOptions.pollId)
    .prepare(),
);

const pollSummaries = prepared((db) =>
  db
    .select({
      id: datePolls.id,
      title: datePolls.title,
      status: datePolls.status,
      closesAt: datePolls.closesAt,
      meetingId: datePolls.meetingId,
      createdAt: datePolls.createdAt,
      participants: count(datePollParticipants.id),
      // count() skips nulls: only participants who answered.
      responded: count(datePollParticipants.respondedAt),
    })
    .from(datePolls)
    .leftJoin(datePollParticipants, eq(datePollParticipants.pollId, datePolls.id))
    .groupBy(datePolls.id)
    .orderBy(desc(datePolls.createdAt), desc(datePolls.id))
    .prepare(),
);

const pollOfMeeting = prepared((db) =>
  db
    .select()
    .from(datePolls)
    .where(eq(datePolls.meetingId, sql.placeholder('meetingId')))
    .prepare(),
);

const openPolls = prepared((db) =>
  db
    .select({ id: datePolls.id, title: datePolls.title, createdAt: datePolls.createdAt })
    .from(datePolls)
    .where(eq(datePolls.status, 'open'))
    .orderBy(asc(datePolls.createdAt), asc(datePolls.id))
    .prepare(),
);

const openPollDates = prepared((db) =>
  db
    .select({ pollId: datePollOptions.pollId, startsAt: datePollOptions.startsAt })
    .from(datePollOptions)
    .innerJoin(datePolls, eq(datePolls.id, datePollOptions.pollId))
    .where(eq(datePolls.status, 'open'))
    .orderBy(asc(datePollOptions.startsAt), asc(datePollOptions.id))
    .prepare(),
);

const openOfContact = prepared((db) =>
  db
    .select({
      id: datePolls.id,
      title: datePolls.title,
      status: datePolls.status,
      closesAt: datePolls.closesAt,
      respondedAt: datePollParticipants.respondedAt,
    })
    .from(datePollParticipants)
    .innerJoin(datePolls, eq(datePolls.id, datePollParticipants.pollId))
    .where(
      and(
        eq(datePollParticipants.contactId, sql.placeholder('contactId')),
        eq(datePolls.status, 'open'),
        isMailableContact(datePollParticipants.contactId),
      ),
    )
    .orderBy(asc(datePolls.createdAt), asc(datePolls.id))
    .prepare(),
);

export function createPollsRepository(db: DbOrTx) {
  return {
    /** Every poll, newest first, with its first and last date so two polls can be told apart. */
    list() {
      const ranges = new Map(
        dateRanges(db)
          .all()
          .map((row) => [row.pollId, row]),
      );
      return this.summaries().map((poll) => ({
        ...poll,
        firstDate: ranges.get(poll.id)?.first ?? null,
        lastDate: ranges.get(poll.id)?.last ?? null,
      }));
    },

    summaries() {
      return pollSummaries(db).all();
    },

    listOpen() {
      return this.list().filter((poll) => poll.status === 'open');
    },

    /** The open polls with their dates, for the guard against a second poll for the same meeting. */
    openWithOptions(): OpenPoll[] {
      const options = openPollDates(db).all();
      return openPolls(db)
        .all()
        .map((poll) => ({ ...poll, options: options.filter((option) => option.pollId === poll.id) }));
    },

    find(id: number): Poll | null {
      return db.select().from(datePolls).where(eq(datePolls.id, id)).get() ?? null;
    },

    /** The poll whose outcome became this meeting. */
    findByMeeting(meetingId: number): Poll | null {
      return pollOfMeeting(db).get({ meetingId }) ?? null;
    },

    options(pollId: number): PollOption[] {
      return db
        .select()
        .from(datePollOptions)
        .where(eq(datePollOptions.pollId, pollId))
        .orderBy(asc(datePollOptions.startsAt), asc(datePollOptions.id))
        .all();
    },

    insert(
      poll: { title: string; closesAt: string; options: { startsAt: string; endsAt: string }[] },
      createdBy: number | null,
      now: Date,
    ): number {
      const id = db
        .insert(datePolls)
        .values({ title: poll.title, closesAt: poll.closesAt, createdBy, createdAt: now.toISOString() })
        .returning({ id: datePolls.id })
        .get().id;
      for (const option of poll.options)
        db.insert(datePollOptions)
          .values({ pollId: id, ...option })
          .run();
      return id;
    },

    addParticipant(pollId: number, contactId: number, tokenHash: string) {
      db.insert(datePollParticipants).values({ pollId, contactId, tokenHash }).run();
    },

    /**
     * The participant behind a personal link, with their poll. Archiving the contact (or its organisation) revokes
     * the link: someone who left the school no longer answers for it.
     */
    findByTokenHash(tokenHash: string) {
      return this.findParticipant(
        or(
          eq(datePollParticipants.tokenHash, tokenHash),
          eq(datePollParticipants.reminderTokenHash, tokenHash),
        ),
      );
    },

    /** A logged-in contact as participant of a poll (the same rules as the link: not archived). */
    findByContact(pollId: number, contactId: number) {
      return this.findParticipant(
        and(eq(datePollParticipants.pollId, pollId), eq(datePollParticipants.contactId, contactId)),
      );
    },

    findParticipant(where: SQL | undefined) {
      const row = db
        .select({ participant: datePollParticipants, poll: datePolls, contactName })
        .from(datePollParticipants)
        .innerJoin(datePolls, eq(datePolls.id, datePollParticipants.pollId))
        .where(and(where, isMailableContact(datePollParticipants.contactId)))
        .get();
      return row ?? null;
    },

    /** The open polls a contact is asked in, oldest first, and whether they answered. */
    openFor(contactId: number) {
      return openOfContact(db).all({ contactId });
    },

    /** Everyone asked who has not answered, per organisation, with whether they had their reminder. */
    withoutAnswer(pollId: number) {
      return db
        .select({
          participantId: datePollParticipants.id,
          contactId: datePollParticipants.contactId,
          name: contactName,
          email: contactOf('email', datePollParticipants.contactId),
          organisationId,
          organisationName,
          respondedAt: datePollParticipants.respondedAt,
          remindedAt: datePollParticipants.remindedAt,
        })
        .from(datePollParticipants)
        .where(
          and(
            eq(datePollParticipants.pollId, pollId),
            isNull(datePollParticipants.respondedAt),
            isMailableContact(datePollParticipants.contactId),
          ),
        )
        .orderBy(asc(organisationName), asc(contactName))
        .all();
    },

    /** Records the one reminder; false when it was already sent (a second click, another tab). */
    markReminded(participantId: number, reminderTokenHash: string, now: Date): boolean {
      return (
        db
          .update(datePollParticipants)
          .set({ remindedAt: now.toISOString(), reminderTokenHash })
          .where(and(eq(datePollParticipants.id, participantId), isNull(datePollParticipants.remindedAt)))
          .run().changes === 1
      );
    },

    answersOf(participantId: number): Map<number, PollAnswer> {
      const rows = db
        .select({ optionId: datePollAnswers.optionId, answer: datePollAnswers.answer })
        .from(datePollAnswers)
        .where(eq(datePollAnswers.participantId, participantId))
        .all();
      return new Map(rows.map((row) => [row.optionId, row.answer]));
    },

    /** Replaces a participant's answers: a change of mind overwrites the earlier answer. */
    saveAnswers(
      participantId: number,
      answers: readonly { optionId: number; answer: PollAnswer }[],
      now: Date,
    ) {
      for (const { optionId, answer } of answers) {
        db.insert(datePollAnswers)
          .values({ participantId, optionId, answer })
          .onConflictDoUpdate({
            target: [datePollAnswers.participantId, datePollAnswers.optionId],
            set: { answer },
          })
          .run();
      }
      db.update(datePollParticipants)
        .set({ respondedAt: now.toISOString() })
        .where(eq(datePollParticipants.id, participantId))
        .run();
    },

    /** Everything the tally needs, for one poll. */
    tallyInput(pollId: number): TallyInput {
      const participants = db
        .select({
          id: datePollParticipants.id,
          organisationId,
          organisationName,
          organisationKind: organisationOf('kind', organisationId),
          respondedAt: datePollParticipants.respondedAt,
        })
        .from(datePollParticipants)
        .where(eq(datePollParticipants.pollId, pollId))
        .all();
      const ids = participants.map((p) => p.id);
      const answers =
        ids.length === 0
          ? []
          : db.select().from(datePollAnswers).where(inArray(datePollAnswers.participantId, ids)).all();
      return { options: this.options(pollId), participants, answers };
    },

    /** Contacts who answered, with their addresses, to tell them the outcome. */
    respondents(pollId: number) {
      return db
        .select({
          contactId: datePollParticipants.contactId,
          name: contactName,
          email: contactOf('email', datePollParticipants.contactId),
          access: contactOf('access', datePollParticipants.contactId),
        })
        .from(datePollParticipants)
        .where(and(eq(datePollParticipants.pollId, pollId), isNotNull(datePollParticipants.respondedAt)))
        .orderBy(asc(contactName))
        .all();
    },

    /** Closes an open poll; returns false when it was already closed (a second click or another tab). */
    close(pollId: number, meetingId: number | null, now: Date): boolean {
      return (
        db
          .update(datePolls)
          .set({ status: 'closed', meetingId, closedAt: now.toISOString() })
          .where(and(eq(datePolls.id, pollId), eq(datePolls.status, 'open')))
          .run().changes === 1
      );
    },
  };
}

export type PollsRepository = ReturnType<typeof createPollsRepository>;
export type OpenPollRow = ReturnType<PollsRepository['listOpen']>[number];
export type OwnOpenPollRow = ReturnType<PollsRepository['openFor']>[number];

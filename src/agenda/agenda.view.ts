// Loads a meeting's agenda as the pages and mail show it: titles, themes, submitting organisations (also of merged
// topics), start times, overrun, and what changed after publishing.
import type { TopicStatus } from '../db/schema/index.js';
import { t } from '../locale/index.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import { formatDateTime, formatMeetingWhen, formatTime } from '../shared/dates.js';
import { timeAgenda, triageCounts } from './agenda.js';
import type { AgendaRows } from './agenda.repository.js';
import type { TopicRow } from './topics.repository.js';

/** The agenda view of a meeting, from its rows as `readAgenda` loads them. */
export function agendaView(meeting: Meeting, agenda: AgendaRows) {
  const { items: rows, removed: removedRows, merged } = agenda;

  const describe = (row: (typeof rows)[number]) => {
    const children = merged.filter((child) => child.mergedIntoId === row.topicId);
    const organisations = row.organisationName
      ? [...new Set([row.organisationName, ...children.map((child) => child.organisationName)])]
      : [];
    return {
      id: row.id,
      standing: row.standing,
      topicId: row.topicId,
      minutes: row.minutes,
      title: row.standing ? t(`agenda.standing.${row.standing}`) : (row.title ?? ''),
      description: row.description ?? '',
      themeName: row.themeName ?? '',
      organisations: organisations.join(', '),
      mergedTopics: children.map((child) => ({
        title: child.title,
        organisationName: child.organisationName,
      })),
      outcomeLabel: row.desiredOutcome ? t(`topics.outcomes.${row.desiredOutcome}`) : '',
      changed: row.changedAfterPublishAt !== null,
      isAgreements: row.standing === 'afspraken',
    };
  };

  const items = rows.map(describe);
  const timing = timeAgenda(meeting, items);
  const timed = timing.items.map((item, index) => ({
    ...item,
    number: index + 1,
    timeLabel: `${formatTime(item.startsAt)}–${formatTime(item.endsAt)}`,
    startLabel: formatTime(item.startsAt),
    first: index === 0,
    last: index === timing.items.length - 1,
  }));
  const removed = removedRows.map(describe);
  return {
    items: timed,
    removed,
    endsAt: timing.endsAt,
    endLabel: formatTime(timing.endsAt),
    totalMinutes: timing.totalMinutes,
    overrunMinutes: timing.overrunMinutes,
    changedAfterPublish:
      meeting.agendaPublishedAt !== null && (timed.some((item) => item.changed) || removed.length > 0),
  };
}

export type AgendaView = ReturnType<typeof agendaView>;

/** A topic with its labels, as the topic lists and the triage page show it. */
export function describeTopic(row: TopicRow) {
  return {
    ...row,
    statusLabel: t(`topics.status.${row.status}`),
    outcomeLabel: t(`topics.outcomes.${row.desiredOutcome}`),
    mergedNote:
      row.status === 'samengevoegd' && row.mergedIntoTitle
        ? t('topics.mergedInto', {
            title: row.mergedIntoTitle,
            organisation: row.mergedIntoOrganisation ?? '',
          })
        : '',
  };
}

/** The meeting a listed topic is for, or null for "a later meeting". */
export function meetingOfRow(row: TopicRow) {
  return row.meetingId && row.meetingStartsAt && row.meetingEndsAt && row.meetingDeadline && row.meetingStatus
    ? {
        id: row.meetingId,
        startsAt: row.meetingStartsAt,
        endsAt: row.meetingEndsAt,
        topicDeadline: row.meetingDeadline,
        status: row.meetingStatus,
      }
    : null;
}

export const meetingWhen = (meeting: Pick<Meeting, 'startsAt' | 'endsAt'>) =>
  formatMeetingWhen(meeting.startsAt, meeting.endsAt);

type StatusCounts = readonly { status: TopicStatus; n: number }[];

/**
 * The coordinator's overview: the meetings ahead with their triage counts (each with its topic counts per status),
 * and the topics for a later meeting (`later`, their counts per status).
 */
export function coordinatorOverview(
  ahead: readonly (Meeting & { counts: StatusCounts })[],
  later: StatusCounts,
) {
  const meetings = ahead.map((meeting) => {
    const counts = triageCounts(meeting.counts);
    return {
      ...meeting,
      when: meetingWhen(meeting),
      statusLabel: t(`topics.overview.status.${meeting.status}`),
      deadline: formatDateTime(meeting.topicDeadline),
      counts: t('topics.overview.counts', { open: counts.awaiting, accepted: counts.accepted }),
    };
  });
  const laterCount = triageCounts(later).awaiting;
  return { meetings, laterCount };
}

// Topic pages for members: submit, edit and withdraw their organisation's topics until the deadline. The
// coordinator's /topics is an overview of the meetings to triage (see triage.routes.ts).
import type { FastifyReply } from 'fastify';
import { desiredOutcomes } from '../db/schema/index.js';
import { requireUser } from '../http/access.js';
import { actionContext } from '../http/action-context.js';
import { renderConfirmation } from '../http/confirm.js';
import { NotFoundError, orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { checkFormPrivacy } from '../http/privacy-check.js';
import { t } from '../locale/index.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { privacyAllowList } from '../organisations/organisations.read.js';
import { createThemesRepository } from '../organisations/themes.repository.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { formatDateTime } from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';
import type { SessionUser } from '../shared/session-user.js';
import {
  acceptsTopics,
  deadlinePassed,
  LATER,
  type MemberBlock,
  MINUTE_LIMITS,
  memberEditBlock,
  memberWithdrawBlock,
  upcomingMeeting,
  validateTopic,
} from './agenda.js';
import { coordinatorOverview, describeTopic, meetingOfRow, meetingWhen } from './agenda.view.js';
import { submitTopic, updateTopic, withdrawTopic } from './topics.actions.js';
import { createTopicsRepository, type Topic } from './topics.repository.js';

const TopicBody = formBody([
  'meeting',
  'themeId',
  'title',
  'description',
  'desiredOutcome',
  'suggestedMinutes',
  'privacyConfirm',
]);
const when = meetingWhen;

export const topicsRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const topics = createTopicsRepository(deps.db);
  const meetings = createMeetingsRepository(deps.db);
  const themes = createThemesRepository(deps.db);
  const member = { access: 'member' as const };

  const findMeeting = (id: number) => orNotFound(meetings.find(id));

  /** A topic of the user's own organisation; another organisation's topic does not exist for them. */
  const findOwnTopic = (user: SessionUser, id: number) => {
    const topic = topics.find(id);
    if (!topic || topic.organisationId !== user.organisationId) throw new NotFoundError();
    return { topic, meeting: topic.meetingId ? findMeeting(topic.meetingId) : null };
  };

  // -------------------------------------------------------------------------------------------------------------
  // The member's form

  /** The meetings a topic may be for: the upcoming meeting before its deadline, the topic's own meeting, or later. */
  const meetingChoices = (now: Date, topic?: Topic, meeting?: Meeting | null) => {
    const choices: { value: string; label: string }[] = [];
    const add = (candidate: Meeting) => {
      if (choices.some((choice) => choice.value === String(candidate.id))) return;
      choices.push({
        value: String(candidate.id),
        label: t('topics.form.meetingOption', {
          when: when(candidate),
          deadline: formatDateTime(candidate.topicDeadline),
        }),
      });
    };
    // An accepted topic stays on its meeting's agenda; only its text can still change.
    if (topic?.status === 'geagendeerd' && meeting) {
      add(meeting);
      return choices;
    }
    if (meeting && !deadlinePassed(meeting, now)) add(meeting);
    const upcoming = upcomingMeeting(meetings.listAhead(), now);
    if (upcoming && acceptsTopics(upcoming, now)) add(upcoming);
    choices.push({ value: LATER, label: t('topics.form.laterOption') });
    return choices;
  };

  const themeOptions = (currentThemeId?: number) =>
    themes
      .list({ includeArchived: true })
      .filter((theme) => !theme.archivedAt || theme.id === currentThemeId)
      .map((theme) => ({ value: String(theme.id), label: theme.name }));

  const renderTopicForm = (
    reply: FastifyReply,
    data: {
      topic?: Topic;
      meeting?: Meeting | null;
      values: Record<string, unknown>;
      errors?: FieldErrors;
      privacy?: GuardOutcome;
    },
  ) => {
    if (data.errors) reply.code(422);
    const now = deps.now();
    const choices = meetingChoices(now, data.topic, data.meeting);
    const outcomes = desiredOutcomes.map((outcome) => ({
      value: outcome,
      label: `${t(`topics.outcomes.${outcome}`)}: ${t(`topics.outcomeHelp.${outcome}`)}`,
    }));
    return reply.viewAsync('agenda/topic-form', {
      title: data.topic ? t('topics.form.editTitle') : t('topics.form.newTitle'),
      action: data.topic ? `/topics/${data.topic.id}` : '/topics',
      submitLabel: data.topic ? t('topics.form.save') : t('topics.form.submit'),
      choices,
      themes: themeOptions(data.topic?.themeId),
      outcomes,
      minuteLimits: MINUTE_LIMITS.suggested,
      values: data.values,
      errors: data.errors ?? {},
      privacy: data.privacy,
    });
  };

  const refuse = (reply: FastifyReply, block: MemberBlock) => {
    reply.code(409);
    return reply.viewAsync('agenda/topic-refused', {
      title: t('topics.blocked.title'),
      message: t(`topics.blocked.${block}`),
    });
  };

  /** Validates the form and runs the privacy guard over its free text (title and description). */
  const checkTopicForm = (
    form: Record<string, string>,
    now: Date,
    topic?: Topic,
    meeting?: Meeting | null,
  ) => {
    const meetingIds = meetingChoices(now, topic, meeting).flatMap((choice) =>
      choice.value === LATER ? [] : [Number(choice.value)],
    );
    const themeIds = themeOptions(topic?.themeId).map((option) => Number(option.value));
    return checkFormPrivacy(
      privacyAllowList(deps.db),
      validateTopic(form, { themeIds, meetingIds }),
      [
        { name: 'title', label: t('topics.form.title'), value: form.title ?? '' },
        { name: 'description', label: t('topics.form.description'), value: form.description ?? '' },
      ],
      form,
      now,
    );
  };

  // -------------------------------------------------------------------------------------------------------------
  // Members: their organisation's topics

  app.get('/topics', { config: { ...member, keepPage: true } }, async (request, reply) => {
    const user = requireUser(request);
    if (user.role === 'coordinator') {
      return reply.viewAsync('agenda/overview', {
        title: t('topics.overview.title'),
        ...coordinatorOverview(
          meetings.listAhead().map((meeting) => ({ ...meeting, counts: topics.countByStatus(meeting.id) })),
          topics.countByStatus(null),
        ),
      });
    }
    const now = deps.now();
    const ahead = meetings.listAhead();
    const upcoming = upcomingMeeting(ahead, now);
    const rows = topics.listForOrganisation(user.organisationId);
    const merged = topics.mergedInto(rows.map((row) => row.id));
    const groups = new Map<
      string,
      { key: string; heading: string; sort: number; agendaLink: string | null; items: unknown[] }
    >();
    for (const row of rows) {
      const meeting = meetingOfRow(row);
      const key = meeting ? String(meeting.id) : LATER;
      let group = groups.get(key);
      if (!group) {
        const starts = meeting ? new Date(meeting.startsAt).getTime() : Number.NaN;
        group = {
          key,
          heading: meeting ? t('topics.forMeeting', { when: when(meeting) }) : t('topics.forLater'),
          // Coming meetings first (soonest first), then "later", then past meetings (latest first).
          sort: !meeting ? 1e15 : starts >= now.getTime() ? starts : 2e15 - starts,
          agendaLink:
            meeting && meeting.status !== 'concept' && row.meetingAgendaPublished
              ? `/meetings/${meeting.id}/agenda`
              : null,
          items: [],
        };
        groups.set(key, group);
      }
      const topicLike = { id: row.id, meetingId: row.meetingId, status: row.status };
      const editBlock = memberEditBlock(topicLike, meeting, now);
      const mergedHere = merged.filter((child) => child.mergedIntoId === row.id);
      const withdrawBlock = memberWithdrawBlock(topicLike, meeting, now, {
        mergedCount: mergedHere.length,
        agendaPublished: row.meetingAgendaPublished !== null,
      });
      group.items.push({
        ...describeTopic(row),
        merged: mergedHere,
        canEdit: editBlock === null,
        canWithdraw: withdrawBlock === null,
        readOnlyNote: editBlock === 'deadline' ? t('topics.readOnly') : '',
      });
    }
    const deadlineNote = !upcoming
      ? t('topics.noMeeting')
      : acceptsTopics(upcoming, now)
        ? t('topics.openFor', { when: when(upcoming), deadline: formatDateTime(upcoming.topicDeadline) })
        : t('topics.deadlinePassed', {
            when: when(upcoming),
            deadline: formatDateTime(upcoming.topicDeadline),
          });
    return reply.viewAsync('agenda/topics', {
      title: t('topics.titleOf', { organisation: user.organisationName }),
      deadlineNote,
      groups: [...groups.values()].sort((a, b) => a.sort - b.sort),
    });
  });

  app.get('/topics/new', { config: member }, async (_request, reply) => {
    const now = deps.now();
    const upcoming = upcomingMeeting(meetings.listAhead(), now);
    const meeting = upcoming && acceptsTopics(upcoming, now) ? String(upcoming.id) : LATER;
    return renderTopicForm(reply, { values: { meeting, suggestedMinutes: '15' } });
  });

  app.post('/topics', { config: member, schema: { body: TopicBody } }, async (request, reply) => {
    const user = requireUser(request);
    const now = deps.now();
    const form = cleanForm(request.body);
    const result = checkTopicForm(form, now);
    if (!result.ok) return renderTopicForm(reply, { values: form, ...result });
    submitTopic(deps.db, actionContext(request, opts), {
      values: result.value,
      organisationId: user.organisationId,
      privacy: result.privacy,
    });
    return reply.flash(t('topics.flash.created', { title: result.value.title })).redirect('/topics');
  });

  app.get('/topics/:id/edit', { config: member, schema: { params: IdParams } }, async (request, reply) => {
    const { id } = request.params;
    const { topic, meeting } = findOwnTopic(requireUser(request), id);
    const block = memberEditBlock(topic, meeting, deps.now());
    if (block) return refuse(reply, block);
    const values = {
      ...topic,
      meeting: topic.meetingId ? String(topic.meetingId) : LATER,
      themeId: String(topic.themeId),
      suggestedMinutes: String(topic.suggestedMinutes),
    };
    return renderTopicForm(reply, { topic, meeting, values });
  });

  app.post(
    '/topics/:id',
    { config: member, schema: { params: IdParams, body: TopicBody } },
    async (request, reply) => {
      const { id } = request.params;
      const user = requireUser(request);
      const { topic, meeting } = findOwnTopic(user, id);
      const now = deps.now();
      const block = memberEditBlock(topic, meeting, now);
      if (block) return refuse(reply, block);
      const form = cleanForm(request.body);
      const result = checkTopicForm(form, now, topic, meeting);
      if (!result.ok) return renderTopicForm(reply, { topic, meeting, values: form, ...result });
      const { value: values, privacy } = result;
      updateTopic(deps.db, actionContext(request, opts), { topic, meeting, values, privacy });
      return reply.flash(t('topics.flash.updated', { title: result.value.title })).redirect('/topics');
    },
  );

  /** Why the member may not withdraw this topic now, or null; the question and the withdrawal check the same. */
  const withdrawBlock = (topic: Topic, meeting: Meeting | null, now: Date) =>
    memberWithdrawBlock(topic, meeting, now, {
      mergedCount: topics.mergedInto([topic.id]).length,
      agendaPublished: Boolean(meeting?.agendaPublishedAt),
    });

  app.get(
    '/topics/:id/withdraw',
    { config: member, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const { topic, meeting } = findOwnTopic(requireUser(request), id);
      const block = withdrawBlock(topic, meeting, deps.now());
      if (block) return refuse(reply, block);
      return renderConfirmation(reply, {
        question: t('topics.withdrawConfirm.question', { title: topic.title }),
        // On the agenda already: the coordinator planned time for it, and the school should know before it withdraws.
        consequences: [
          topic.status === 'geagendeerd'
            ? t('topics.withdrawConfirm.consequencePlanned')
            : t('topics.withdrawConfirm.consequence'),
        ],
        action: `/topics/${id}/withdraw`,
        submit: t('topics.withdrawConfirm.submit'),
        cancel: `/topics#topic-${id}`,
      });
    },
  );

  app.post(
    '/topics/:id/withdraw',
    { config: member, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      const user = requireUser(request);
      const { topic, meeting } = findOwnTopic(user, id);
      const now = deps.now();
      const block = withdrawBlock(topic, meeting, now);
      if (block) return refuse(reply, block);
      withdrawTopic(deps.db, actionContext(request, opts), { topic });
      return reply.flash(t('topics.flash.withdrawn', { title: topic.title })).redirect('/topics');
    },
  );
};

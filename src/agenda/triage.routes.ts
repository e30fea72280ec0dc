// The coordinator's triage of submitted topics per meeting: accept onto the agenda, merge, defer to the next
// meeting or decline with a reason; the organisations concerned get the outcome by mail through the outbox.
import type { FastifyReply } from 'fastify';
import { actionContext } from '../http/action-context.js';
import { DomainError, orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { checkFormPrivacy } from '../http/privacy-check.js';
import { Type } from '../http/schema.js';
import { t } from '../locale/index.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { privacyAllowList } from '../organisations/organisations.read.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { formatDateTime } from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';
import {
  availableActions,
  awaitsTriage,
  deadlinePassed,
  mergeBlock,
  mergeTargets,
  nextMeetingAfter,
  type TriageAction,
  triageBlock,
  validateDeclineReason,
} from './agenda.js';
import { describeTopic, meetingWhen } from './agenda.view.js';
import { createTopicsRepository, type Topic, type TopicRow } from './topics.repository.js';
import { acceptTopic, declineTopic, deferTopic, mergeTopic } from './triage.actions.js';

const MergeBody = formBody(['targetId']);
const DeclineBody = formBody(['reason', 'privacyConfirm']);
const MeetingTopicParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  topicId: Type.Integer({ minimum: 1 }),
});
const TriageQuery = Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })) });

const triageGroups = ['open', 'geagendeerd', 'samengevoegd', 'afgewezen', 'besproken', 'later'] as const;
type TriageGroup = (typeof triageGroups)[number];

export const triageRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const topics = createTopicsRepository(deps.db);
  const meetings = createMeetingsRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };

  const findMeeting = (id: number) => orNotFound(meetings.find(id));

  app.get(
    '/meetings/:id/topics',
    { config: { ...coordinator, keepPage: true }, schema: { params: IdParams, querystring: TriageQuery } },
    async (request, reply) => {
      const { id } = request.params;
      const { status } = request.query;
      const meeting = findMeeting(id);
      const all = topics.listForMeeting(id);
      const later = topics.listForMeeting(null).filter(awaitsTriage);
      const merged = topics.mergedInto([...all, ...later].map((row) => row.id));
      const next = nextMeetingAfter(meetings.listAhead(), meeting);
      // A cancelled meeting's page only lists: what is decided here would go on an agenda that is not held.
      const cancelled = meeting.status === 'geannuleerd';
      const decorate = (row: TopicRow) => ({
        ...describeTopic(row),
        actions: Object.fromEntries(
          (cancelled ? [] : availableActions(row, id)).map((action) => [action, true]),
        ),
        mergeOptions: mergeTargets(row, all, id).map((candidate) => ({
          value: String(candidate.id),
          label: `${candidate.title} (${candidate.organisationName})`,
        })),
        merged: merged.filter((child) => child.mergedIntoId === row.id),
      });
      const groupOf = (row: TopicRow): TriageGroup =>
        awaitsTriage(row) ? 'open' : (row.status as TriageGroup);
      const filter = triageGroups.find((group) => group === status) ?? null;
      const groups = triageGroups
        .filter((group) => !filter || group === filter)
        .map((group) => ({
          key: group,
          heading: t(`triage.groups.${group}`),
          items: (group === 'later' ? later : all.filter((row) => groupOf(row) === group)).map(decorate),
        }))
        .filter((group) => group.items.length > 0 || group.key === 'open' || group.key === filter);
      const deadline = formatDateTime(meeting.topicDeadline);
      return reply.viewAsync('agenda/triage', {
        title: t('triage.title'),
        meeting: { ...meeting, when: meetingWhen(meeting) },
        deadlineNote: cancelled
          ? t('triage.blocked.cancelled')
          : deadlinePassed(meeting, deps.now())
            ? t('triage.deadlinePassed', { deadline })
            : t('triage.deadline', { deadline }),
        deferNote: next ? t('triage.deferHelp', { next: meetingWhen(next) }) : t('triage.deferLater'),
        filters: [
          { value: '', label: t('triage.filter.all') },
          ...triageGroups.map((group) => ({ value: group, label: t(`triage.groups.${group}`) })),
        ],
        filter: filter ?? '',
        groups,
      });
    },
  );

  /** Loads what a triage action needs, or stops with a 404 or a 409 that says why. */
  const triageTarget = (meetingId: number, topicId: number, action: TriageAction) => {
    const meeting = findMeeting(meetingId);
    const topic = orNotFound(topics.find(topicId));
    if (meeting.status === 'geannuleerd')
      throw new DomainError('TRIAGE_NOT_ALLOWED', t('triage.blocked.cancelled'), 409);
    const block = triageBlock(action, topic, meetingId);
    if (block) throw new DomainError('TRIAGE_NOT_ALLOWED', t(`triage.blocked.${block}`), 409);
    return { meeting, topic, organisationName: topics.findListed(topicId)?.organisationName ?? '' };
  };

  const afterTriage = (reply: FastifyReply, meetingId: number, message: string) => {
    app.nudgeOutbox();
    return reply.flash(message).redirect(`/meetings/${meetingId}/topics`);
  };

  app.post(
    '/meetings/:id/topics/:topicId/accept',
    { config: coordinator, schema: { params: MeetingTopicParams, body: formBody([]) } },
    async (request, reply) => {
      const { id, topicId } = request.params;
      const { meeting, topic, organisationName } = triageTarget(id, topicId, 'accept');
      acceptTopic(deps.db, actionContext(request, opts), { meeting, topic });
      return afterTriage(
        reply,
        id,
        t('triage.flash.accepted', { title: topic.title, organisation: organisationName }),
      );
    },
  );

  app.post(
    '/meetings/:id/topics/:topicId/defer',
    { config: coordinator, schema: { params: MeetingTopicParams, body: formBody([]) } },
    async (request, reply) => {
      const { id, topicId } = request.params;
      const { meeting, topic, organisationName } = triageTarget(id, topicId, 'defer');
      const next = nextMeetingAfter(meetings.listAhead(), meeting);
      deferTopic(deps.db, actionContext(request, opts), { meeting, topic, next });
      return afterTriage(
        reply,
        id,
        t('triage.flash.deferred', { title: topic.title, organisation: organisationName }),
      );
    },
  );

  app.post(
    '/meetings/:id/topics/:topicId/merge',
    { config: coordinator, schema: { params: MeetingTopicParams, body: MergeBody } },
    async (request, reply) => {
      const { id, topicId } = request.params;
      const { meeting, topic, organisationName } = triageTarget(id, topicId, 'merge');
      const form = cleanForm(request.body);
      const target = /^\d+$/.test(form.targetId ?? '') ? topics.findListed(Number(form.targetId)) : null;
      if (!target) throw new DomainError('MERGE_TARGET', t('triage.errors.targetRequired'), 409);
      const block = mergeBlock(topic, target, id);
      if (block) throw new DomainError('TRIAGE_NOT_ALLOWED', t(`triage.blocked.${block}`), 409);
      mergeTopic(deps.db, actionContext(request, opts), { meeting, topic, target });
      return afterTriage(
        reply,
        id,
        t('triage.flash.merged', {
          title: topic.title,
          target: target.title,
          organisation: organisationName,
        }),
      );
    },
  );

  const renderDecline = (
    reply: FastifyReply,
    data: {
      meeting: Meeting;
      topic: Topic;
      organisationName: string;
      values: Record<string, unknown>;
      errors?: FieldErrors;
      privacy?: GuardOutcome;
    },
  ) => {
    if (data.errors) reply.code(422);
    return reply.viewAsync('agenda/decline', {
      title: t('triage.declineForm.title'),
      intro: t('triage.declineForm.intro', { title: data.topic.title, organisation: data.organisationName }),
      action: `/meetings/${data.meeting.id}/topics/${data.topic.id}/decline`,
      cancel: `/meetings/${data.meeting.id}/topics`,
      values: data.values,
      errors: data.errors ?? {},
      privacy: data.privacy,
    });
  };

  app.get(
    '/meetings/:id/topics/:topicId/decline',
    { config: coordinator, schema: { params: MeetingTopicParams } },
    async (request, reply) => {
      const { id, topicId } = request.params;
      return renderDecline(reply, { ...triageTarget(id, topicId, 'decline'), values: {} });
    },
  );

  app.post(
    '/meetings/:id/topics/:topicId/decline',
    { config: coordinator, schema: { params: MeetingTopicParams, body: DeclineBody } },
    async (request, reply) => {
      const { id, topicId } = request.params;
      const target = triageTarget(id, topicId, 'decline');
      const { meeting, topic, organisationName } = target;
      const form = cleanForm(request.body);
      const result = checkFormPrivacy(
        privacyAllowList(deps.db),
        validateDeclineReason(form),
        [{ name: 'reason', label: t('triage.declineForm.reason'), value: form.reason ?? '' }],
        form,
        deps.now(),
      );
      if (!result.ok) return renderDecline(reply, { ...target, values: form, ...result });
      const { value: reason, privacy } = result;
      declineTopic(deps.db, actionContext(request, opts), { meeting, topic, reason, privacy });
      return afterTriage(
        reply,
        id,
        t('triage.flash.declined', { title: topic.title, organisation: organisationName }),
      );
    },
  );
};

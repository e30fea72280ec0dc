// Meetings: the list (upcoming and past), the meeting page, and the coordinator's create, edit, plan, hold, cancel.

import type { FastifyReply } from 'fastify';
import type { DbOrTx } from '../db/connection.js';
import { requireUser } from '../http/access.js';
import { actionContext } from '../http/action-context.js';
import { DomainError, NotFoundError, orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { checkFormPrivacy } from '../http/privacy-check.js';
import { Type } from '../http/schema.js';
import { attendance, ownInvitations } from '../invitations/invitations.read.js';
import { createParticipation } from '../invitations/participation.js';
import { t } from '../locale/index.js';
import { privacyAllowList } from '../organisations/organisations.read.js';
import type { GuardOutcome } from '../privacy/guard.js';
import type { ActionContext } from '../shared/action.js';
import type { FieldErrors } from '../shared/field-errors.js';
import type { SessionUser } from '../shared/session-user.js';
import { changeStatus, createMeeting, updateMeeting } from './meetings.actions.js';
import {
  CHANGES_SHOWN_TO_MEMBERS,
  cancelReasons,
  checkTransition,
  defaultMeetingTitle,
  describeChange,
  isEditable,
  type MeetingForm,
  meetingFormValues,
  meetingTextFields,
  NOTIFIABLE_CHANGES,
  pastByYear,
  presentMeeting,
  validateCancelReason,
  validateMeeting,
} from './meetings.js';
import { createMeetingsRepository, type Meeting } from './meetings.repository.js';

const MeetingBody = formBody([
  'title',
  'date',
  'startTime',
  'endTime',
  'location',
  'onlineUrl',
  'topicDeadline',
  'intent',
]);
const CancelBody = formBody(['reason']);
const ListQuery = Type.Object({ jaar: Type.Optional(Type.String({ maxLength: 4 })) });

/**
 * What the meetings pages show of the date polls: the open polls above the list, and on a meeting page the poll it
 * was decided by. Passed in by the app, because polls build on meetings (a poll ends in a meeting), not the other
 * way round.
 */
export interface MeetingPolls {
  openFor(user: SessionUser, now: Date): readonly { id: number; title: string; href: string }[];
  ofMeeting(meetingId: number): { id: number; title: string } | null;
}

/**
 * What cancelling a meeting or marking it held does to its topics, in the same transaction. Passed in by the app, because the
 * agenda builds on meetings, not the other way round.
 */
export interface MeetingTopics {
  releaseOfCancelled(tx: DbOrTx, ctx: ActionContext, meeting: Meeting): void;
  /** Returns how many topics went to "a later meeting". */
  releaseUntriagedOfHeld(tx: DbOrTx, ctx: ActionContext, meeting: Meeting): number;
}

export const meetingsRoutes: ModulePlugin<{ polls: MeetingPolls; topics: MeetingTopics }> = async (
  app,
  opts,
) => {
  const { deps } = opts;
  const meetings = createMeetingsRepository(deps.db);
  const participation = createParticipation(deps.db);
  const coordinator = { access: 'coordinator' as const };

  const findMeeting = (id: number): Meeting => orNotFound(meetings.find(id));

  /** A member asking for a meeting their organisation is not part of gets "not found", not "forbidden". */
  const findVisible = (id: number, user: SessionUser): Meeting => {
    const meeting = findMeeting(id);
    if (!participation.sees(user, meeting)) throw new NotFoundError();
    return meeting;
  };

  const findEditable = (id: number): Meeting => {
    const meeting = findMeeting(id);
    if (!isEditable(meeting.status))
      throw new DomainError('MEETING_NOT_EDITABLE', t('meetings.errors.notEditable'), 409);
    return meeting;
  };

  const renderForm = (
    reply: FastifyReply,
    data: { meeting?: Meeting; values: MeetingForm; errors?: FieldErrors; privacy?: GuardOutcome },
  ) => {
    if (data.errors) reply.code(422);
    const { meeting } = data;
    return reply.viewAsync('meetings/form', {
      title: meeting ? t('meetings.form.editTitle') : t('meetings.form.newTitle'),
      action: meeting ? `/meetings/${meeting.id}` : '/meetings',
      cancel: meeting ? `/meetings/${meeting.id}` : '/meetings',
      isPlanned: meeting?.status === 'gepland',
      values: data.values,
      errors: data.errors ?? {},
      privacy: data.privacy,
    });
  };

  /** The form's validation plus the privacy guard on its free text. */
  const checkForm = (form: Record<string, string>, requirePlace: boolean) => {
    const now = deps.now();
    return checkFormPrivacy(
      privacyAllowList(deps.db),
      validateMeeting(form, { requirePlace, now }),
      meetingTextFields(form),
      form,
      now,
    );
  };

  app.get(
    '/meetings',
    { config: { access: 'member', keepPage: true }, schema: { querystring: ListQuery } },
    async (request, reply) => {
      const user = requireUser(request);
      const now = deps.now();
      const nowIso = now.toISOString();
      const all = meetings.list({ concepts: user.role === 'coordinator' });
      const isUpcoming = (meeting: Meeting) => meeting.endsAt >= nowIso && meeting.status !== 'gehouden';
      const year = /^\d{4}$/.test(request.query.jaar ?? '') ? Number(request.query.jaar) : null;
      const history = pastByYear(all.filter((meeting) => !isUpcoming(meeting)).reverse(), now, year);
      // Only the meetings shown are checked for visibility and presented: the cost stays flat with the history.
      const visible = new Set(
        participation
          .visibleTo(user, [...all.filter(isUpcoming), ...history.years.flatMap((group) => group.meetings)])
          .map((meeting) => meeting.id),
      );
      const present = (list: readonly Meeting[]) =>
        list.filter((meeting) => visible.has(meeting.id)).map((meeting) => presentMeeting(meeting, now));
      return reply.viewAsync('meetings/list', {
        title: t('meetings.title'),
        isCoordinator: user.role === 'coordinator',
        upcoming: present(all.filter(isUpcoming)),
        // A poll still looking for a date is the next meeting in the making.
        openPolls: opts.polls.openFor(user, now),
        pastYears: history.years
          .map((group) => ({ year: group.year, meetings: present(group.meetings) }))
          .filter((group) => group.meetings.length > 0),
        otherYears: history.otherYears,
        year,
      });
    },
  );

  app.get('/meetings/new', { config: coordinator }, async (_request, reply) =>
    renderForm(reply, {
      values: {
        title: defaultMeetingTitle(),
        startTime: '15:00',
        endTime: '17:00',
        location: meetings.lastLocation(),
      },
    }),
  );

  app.post('/meetings', { config: coordinator, schema: { body: MeetingBody } }, async (request, reply) => {
    const form = cleanForm(request.body);
    const planned = form.intent === 'gepland';
    const result = checkForm(form, planned);
    if (!result.ok)
      return renderForm(reply, { values: form, errors: result.errors, privacy: result.privacy });
    const id = createMeeting(deps.db, actionContext(request, opts), {
      values: result.value,
      status: planned ? 'gepland' : 'concept',
      privacy: result.privacy,
    });
    return reply
      .flash(t(planned ? 'meetings.flash.createdPlanned' : 'meetings.flash.created'))
      .redirect(`/meetings/${id}`);
  });

  app.get(
    '/meetings/:id',
    { config: { access: 'member', keepPage: true }, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const user = requireUser(request);
      const meeting = findVisible(id, user);
      const now = deps.now();
      const isCoordinator = user.role === 'coordinator';
      // Schools and partners see what changed for them (time, place, cancellation), not the coordinator's bookkeeping.
      const history = meetings
        .changes(id)
        .filter((change) => isCoordinator || CHANGES_SHOWN_TO_MEMBERS.includes(change.kind))
        .map((change) => ({
          changedAt: change.changedAt,
          text: describeChange(change.kind, change.details),
          by: change.changedByName ?? '',
          notifiable: NOTIFIABLE_CHANGES.includes(change.kind),
          notifiedAt: change.notifiedAt,
        }));
      const poll = isCoordinator ? opts.polls.ofMeeting(id) : null;
      return reply.viewAsync('meetings/show', {
        title: meeting.title,
        meeting: { ...presentMeeting(meeting, now), statusHelp: t(`meetings.statusHelp.${meeting.status}`) },
        isCoordinator,
        canEdit: isCoordinator && isEditable(meeting.status),
        canPlan: isCoordinator && meeting.status === 'concept',
        canHold: isCoordinator && checkTransition(meeting, 'gehouden', now).ok,
        canCancel: isCoordinator && checkTransition(meeting, 'geannuleerd', now).ok,
        history,
        poll,
        invitations: isCoordinator
          ? { attendance: attendance(deps.db, meeting, now) }
          : { own: ownInvitations(deps.db, user.contactId, now).find((row) => row.meetingId === id) ?? null },
      });
    },
  );

  app.get(
    '/meetings/:id/edit',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = findEditable(id);
      return renderForm(reply, { meeting, values: meetingFormValues(meeting) });
    },
  );

  app.post(
    '/meetings/:id',
    { config: coordinator, schema: { params: IdParams, body: MeetingBody } },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = findEditable(id);
      const form = cleanForm(request.body);
      const plan = meeting.status === 'concept' && form.intent === 'gepland';
      const result = checkForm(form, meeting.status === 'gepland' || plan);
      if (!result.ok) {
        return renderForm(reply, { meeting, values: form, errors: result.errors, privacy: result.privacy });
      }
      const changes = updateMeeting(deps.db, actionContext(request, opts), {
        meeting,
        values: result.value,
        plan,
        privacy: result.privacy,
      });
      app.nudgeOutbox();
      const message = plan
        ? 'meetings.flash.planned'
        : changes.length > 0
          ? 'meetings.flash.updatedChanges'
          : 'meetings.flash.updated';
      return reply.flash(t(message)).redirect(`/meetings/${id}`);
    },
  );

  for (const [action, to] of [
    ['plan', 'gepland'],
    ['held', 'gehouden'],
  ] as const) {
    app.post(
      `/meetings/:id/${action}`,
      { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
      async (request, reply) => {
        const { id } = request.params;
        const meeting = findMeeting(id);
        const check = checkTransition(meeting, to, deps.now());
        if (!check.ok) throw new DomainError('MEETING_TRANSITION', check.message, 409);
        const ctx = actionContext(request, opts);
        let released = 0;
        changeStatus(deps.db, ctx, {
          meeting,
          to,
          onHold: (tx) => {
            released = opts.topics.releaseUntriagedOfHeld(tx, ctx, meeting);
          },
        });
        const done = t(`meetings.flash.${to === 'gepland' ? 'planned' : 'held'}`);
        return reply
          .flash(released > 0 ? `${done} ${t('meetings.flash.heldReleased', { count: released })}` : done)
          .redirect(`/meetings/${id}`);
      },
    );
  }

  const renderCancel = (
    reply: FastifyReply,
    meeting: Meeting,
    values: { reason?: string },
    errors?: FieldErrors,
  ) => {
    if (errors) reply.code(422);
    return reply.viewAsync('meetings/cancel', {
      title: t('meetings.cancelPage.title'),
      meeting: presentMeeting(meeting, deps.now()),
      isPlanned: meeting.status === 'gepland',
      reasons: cancelReasons.map((value) => ({ value, label: t(`meetings.cancelReasons.${value}`) })),
      values,
      errors: errors ?? {},
    });
  };

  const findCancellable = (id: number): Meeting => {
    const meeting = findMeeting(id);
    const check = checkTransition(meeting, 'geannuleerd', deps.now());
    if (!check.ok) throw new DomainError('MEETING_TRANSITION', check.message, 409);
    return meeting;
  };

  app.get(
    '/meetings/:id/cancel',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      return renderCancel(reply, findCancellable(id), {});
    },
  );

  app.post(
    '/meetings/:id/cancel',
    { config: coordinator, schema: { params: IdParams, body: CancelBody } },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = findCancellable(id);
      const form = cleanForm(request.body);
      const reason = validateCancelReason(form.reason);
      if (!reason.ok) return renderCancel(reply, meeting, form, reason.errors);
      const ctx = actionContext(request, opts);
      changeStatus(deps.db, ctx, {
        meeting,
        to: 'geannuleerd',
        reason: reason.value,
        onCancel: (tx) => opts.topics.releaseOfCancelled(tx, ctx, meeting),
      });
      app.nudgeOutbox();
      return reply.flash(t('meetings.flash.cancelled')).redirect(`/meetings/${id}`);
    },
  );
};

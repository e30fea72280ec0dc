// The agenda of a meeting: the printable agenda for the coordinator and the invited organisations, and the
// coordinator's builder (order, durations, start times, overrun warning, publishing).
import type { FastifyReply } from 'fastify';
import { agendaStandingItems } from '../agreements/agreements.read.js';
import { requireUser } from '../http/access.js';
import { actionContext } from '../http/action-context.js';
import { DomainError, NotFoundError, orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { Type } from '../http/schema.js';
import { reasonText } from '../invitations/invitations.js';
import { agendaMailRecipients } from '../invitations/invitations.read.js';
import { createParticipation } from '../invitations/participation.js';
import { t } from '../locale/index.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { formatTime } from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { moveItem, prepareAgenda, publishAgenda, saveDurations } from './agenda.actions.js';
import { agendaPublishBlock, MINUTE_LIMITS, moveBy, moveTo, validateDurations } from './agenda.js';
import { type AgendaPublishedMail, agendaPublishedMail } from './agenda.mail.js';
import { createAgendaRepository, readAgenda } from './agenda.repository.js';
import { agendaView, meetingWhen } from './agenda.view.js';

const MeetingItemParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  itemId: Type.Integer({ minimum: 1 }),
});
const MoveBody = formBody(['direction', 'position']);

export const agendaRoutes: ModulePlugin = async (app, opts) => {
  const { config, deps } = opts;
  const agenda = createAgendaRepository(deps.db);
  const meetings = createMeetingsRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };

  const findMeeting = (id: number) => orNotFound(meetings.find(id));

  const meetingFacts = (meeting: Meeting) => ({
    ...meeting,
    when: meetingWhen(meeting),
    startLabel: formatTime(meeting.startsAt),
    endLabel: formatTime(meeting.endsAt),
  });

  // Stable URL: the printable agenda (A4) with times, themes and submitting organisations.
  app.get(
    '/meetings/:id/agenda',
    { config: { access: 'member', keepPage: true }, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = findMeeting(id);
      const user = requireUser(request);
      const isCoordinator = user.role === 'coordinator';
      // A member sees the agenda of a meeting their organisation takes part in, never of a concept (see `sees`).
      if (!createParticipation(deps.db).sees(user, meeting)) throw new NotFoundError();
      if (!isCoordinator && !meeting.agendaPublishedAt) {
        return reply.viewAsync('agenda/not-published', {
          title: t('agenda.notPublishedTitle'),
          meeting: meetingFacts(meeting),
        });
      }
      return reply.viewAsync('agenda/show', {
        title: t('agenda.titleOf', { title: meeting.title }),
        meeting: meetingFacts(meeting),
        agenda: agendaView(meeting, readAgenda(deps.db, meeting.id)),
        // The standing items "Verslag vorige keer" and "Openstaande afspraken" come from the agreements module.
        ...agendaStandingItems(deps.db, meeting, deps.now()),
        isCoordinator,
      });
    },
  );

  /** Why this meeting's agenda cannot be published (see agendaPublishBlock), as the builder says it. */
  const publishBlocked = (meeting: Meeting) => {
    const block = agendaPublishBlock(meeting.status);
    return block ? t(`agenda.builder.publishBlocked.${block}`) : null;
  };

  const renderBuilder = (
    reply: FastifyReply,
    meeting: Meeting,
    form: { values?: Record<string, string>; errors?: FieldErrors; refused?: string } = {},
  ) => {
    if (form.errors) reply.code(422);
    if (form.refused) reply.code(409);
    const view = agendaView(meeting, readAgenda(deps.db, meeting.id));
    const errors = form.errors ?? {};
    const items = view.items.map((item) => ({
      ...item,
      minutesValue: form.values?.[`minutes-${item.id}`] ?? String(item.minutes),
      error: errors[`minutes-${item.id}`],
    }));
    return reply.viewAsync('agenda/builder', {
      title: t('agenda.builder.title'),
      meeting: meetingFacts(meeting),
      agenda: { ...view, items },
      minuteLimits: MINUTE_LIMITS.item,
      summary: t('agenda.builder.summary', {
        start: formatTime(meeting.startsAt),
        end: formatTime(meeting.endsAt),
        total: view.totalMinutes,
        agendaEnd: view.endLabel,
      }),
      overrun: view.overrunMinutes
        ? t('agenda.builder.overrun', {
            count: view.overrunMinutes,
            agendaEnd: view.endLabel,
            end: formatTime(meeting.endsAt),
          })
        : '',
      publishBlocked: publishBlocked(meeting),
      // After publishing: how many invitees have not had the agenda as it is now ("agenda gewijzigd").
      agendaBehind: view.changedAfterPublish ? agendaMailRecipients(deps.db, meeting).length : 0,
      isConcept: meeting.status === 'concept',
      refused: form.refused,
      errors,
    });
  };

  app.get(
    '/meetings/:id/agenda/edit',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = findMeeting(id);
      // The standing items are created the first time the coordinator opens the builder.
      prepareAgenda(deps.db, actionContext(request, opts), { meetingId: id });
      return renderBuilder(reply, meeting);
    },
  );

  app.post(
    '/meetings/:id/agenda/items/:itemId/move',
    { config: coordinator, schema: { params: MeetingItemParams, body: MoveBody } },
    async (request, reply) => {
      const { id, itemId } = request.params;
      const meeting = findMeeting(id);
      if (!agenda.findItem(id, itemId)) throw new NotFoundError();
      const form = cleanForm(request.body);
      // The builder's items with their titles, which the messages name; the move carries the typed minutes.
      const { items } = agendaView(meeting, readAgenda(deps.db, meeting.id));
      const durations = validateDurations(form, items);
      if (!durations.ok) return renderBuilder(reply, meeting, { values: form, errors: durations.errors });
      const order = items.map((item) => item.id);
      let next: number[];
      if (/^\d+$/.test(form.position ?? '')) next = moveTo(order, itemId, Number(form.position) - 1);
      else if (form.direction === 'up' || form.direction === 'down')
        next = moveBy(order, itemId, form.direction);
      else throw new DomainError('MOVE_INVALID', t('common.errors.badRequest'), 400);
      const builder = `/meetings/${id}/agenda/edit#item-${itemId}`;
      const ctx = actionContext(request, opts);
      if (next.every((itemIdAt, index) => itemIdAt === order[index])) {
        // The first item moved up: nothing moves, but the typed minutes are kept all the same.
        if (durations.value.size > 0)
          saveDurations(deps.db, ctx, { meeting, items, minutes: durations.value });
        return reply.redirect(builder);
      }
      moveItem(deps.db, ctx, { meeting, items, minutes: durations.value, order: next, itemId });
      const moved = items.find((item) => item.id === itemId);
      return reply
        .flash(t('agenda.builder.moved', { title: moved?.title ?? '', position: next.indexOf(itemId) + 1 }))
        .redirect(builder);
    },
  );

  app.post(
    '/meetings/:id/agenda/durations',
    {
      config: coordinator,
      schema: { params: IdParams, body: Type.Object({}, { additionalProperties: true }) },
    },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = findMeeting(id);
      const form = cleanForm(request.body);
      // The builder's items with their titles, which the messages name.
      const { items } = agendaView(meeting, readAgenda(deps.db, meeting.id));
      const result = validateDurations(form, items);
      if (!result.ok) return renderBuilder(reply, meeting, { values: form, errors: result.errors });
      const saved = saveDurations(deps.db, actionContext(request, opts), {
        meeting,
        items,
        minutes: result.value,
      });
      if (!saved)
        return reply.flash(t('agenda.builder.minutesUnchanged')).redirect(`/meetings/${id}/agenda/edit`);
      return reply.flash(t('agenda.builder.minutesSaved')).redirect(`/meetings/${id}/agenda/edit`);
    },
  );

  /** The preview of the published-agenda mail: who gets it, why, and what it says; its button confirms. */
  const renderPreview = (reply: FastifyReply, meeting: Meeting, mail: AgendaPublishedMail, stale = false) => {
    if (stale) reply.code(409);
    return reply.viewAsync('agenda/publish-preview', {
      title: t('agenda.publishPreview.title'),
      meeting: meetingFacts(meeting),
      mail,
      recipients: mail.recipients.map((recipient) => ({
        ...recipient,
        reasons: recipient.reasons.map(reasonText).join('; '),
      })),
      stale,
    });
  };

  const alreadyPublished = (reply: FastifyReply, id: number) =>
    reply.flash(t('agenda.builder.alreadyPublished')).redirect(`/meetings/${id}/agenda/edit`);

  app.get(
    '/meetings/:id/agenda/publish',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = findMeeting(id);
      const refused = publishBlocked(meeting);
      if (refused) return renderBuilder(reply, meeting, { refused });
      if (meeting.agendaPublishedAt) return alreadyPublished(reply, id);
      // The standing items belong in the preview as they will be in the mail.
      prepareAgenda(deps.db, actionContext(request, opts), { meetingId: id });
      return renderPreview(reply, meeting, agendaPublishedMail(deps.db, config, deps.now(), meeting));
    },
  );

  app.post(
    '/meetings/:id/agenda/publish',
    { config: coordinator, schema: { params: IdParams, body: formBody(['preview']) } },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = findMeeting(id);
      const refused = publishBlocked(meeting);
      if (refused) return renderBuilder(reply, meeting, { refused });
      const { preview } = cleanForm(request.body);
      const outcome = publishAgenda(deps.db, actionContext(request, opts), { meeting, preview });
      if (outcome.kind === 'already') return alreadyPublished(reply, id);
      if (outcome.kind === 'stale') return renderPreview(reply, meeting, outcome.mail, preview !== undefined);
      app.nudgeOutbox();
      return reply
        .flash(t('agenda.builder.published', { count: outcome.count }))
        .redirect(`/meetings/${id}/agenda/edit`);
    },
  );
};

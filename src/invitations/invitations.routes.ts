// Invitations: the coordinator's proposal and invitee list per meeting, the public RSVP page behind each personal
// link (answer, comment, a colleague in your place), and a member's own answer from the dashboard.
import type { FastifyReply } from 'fastify';
import { hashToken } from '../auth/tokens.js';
import { type RsvpStatus, rsvpStatuses } from '../db/schema/index.js';
import { requireUser } from '../http/access.js';
import { actionContext, contextOf } from '../http/action-context.js';
import { renderConfirmation } from '../http/confirm.js';
import { DomainError, NotFoundError, orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams, manyValues, TokenParams, type Validated } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { checkFormPrivacy } from '../http/privacy-check.js';
import { Type } from '../http/schema.js';
import { tokenRateLimit } from '../http/security.plugin.js';
import { t } from '../locale/index.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { validateContact } from '../organisations/organisations.js';
import { privacyAllowList } from '../organisations/organisations.read.js';
import type { GuardOutcome } from '../privacy/guard.js';
import type { Actor } from '../shared/action.js';
import type { FieldErrors } from '../shared/field-errors.js';
import {
  delegateInvitation,
  recordAnswer,
  recordPresence,
  removeInvitation,
  sendAgendaChanged,
  sendInvitations,
} from './invitations.actions.js';
import { linkState } from './invitations.js';
import { agendaMailRecipients, invitationsPage, rsvpPage } from './invitations.read.js';
import { createInvitationsRepository, type Invitation } from './invitations.repository.js';

const MAX_COMMENT = 500;
const InvitationParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  invitationId: Type.Integer({ minimum: 1 }),
});
const RsvpQuery = Type.Object({ antwoord: Type.Optional(Type.String({ maxLength: 20 })) });
const AnswerBody = formBody(['rsvp', 'comment', 'privacyConfirm']);
const DelegateBody = formBody(['name', 'email']);
const AddBody = formBody(['contactId']);
const SendBody = formBody([]);
const PresenceBody = Type.Object({}, { additionalProperties: true });

type AnswerChoice = Exclude<RsvpStatus, 'geen-reactie'>;
const answerChoices = rsvpStatuses.filter((status): status is AnswerChoice => status !== 'geen-reactie');
const parseAnswer = (value: string | undefined) => answerChoices.find((choice) => choice === value);

/** The answer form: one of the answers, and a comment of at most MAX_COMMENT characters. */
function validateAnswer(form: Record<string, string>): Validated<{ rsvp: AnswerChoice; comment: string }> {
  const rsvp = parseAnswer(form.rsvp);
  const comment = form.comment ?? '';
  const errors: FieldErrors = {};
  if (!rsvp) errors.rsvp = t('invitations.rsvpPage.errors.rsvpRequired');
  if (comment.length > MAX_COMMENT)
    errors.comment = t('invitations.rsvpPage.errors.commentTooLong', { max: MAX_COMMENT });
  return rsvp && Object.keys(errors).length === 0
    ? { ok: true, value: { rsvp, comment } }
    : { ok: false, errors };
}

export const invitationsRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const invitations = createInvitationsRepository(deps.db);
  const meetings = createMeetingsRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };
  const tokenRoute = { access: 'public' as const, rateLimit: tokenRateLimit };

  const findMeeting = (id: number) => orNotFound(meetings.find(id));

  // ------------------------------------------------------------------------------------------------------------
  // The coordinator's page

  const renderManage = (reply: FastifyReply, id: number, errors: FieldErrors = {}) => {
    const meeting = findMeeting(id);
    if (Object.keys(errors).length > 0) reply.code(422);
    return reply.viewAsync('invitations/manage', {
      title: t('invitations.page.title'),
      meeting,
      page: invitationsPage(deps.db, meeting, deps.now()),
      errors,
    });
  };

  app.get(
    '/meetings/:id/invitations',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => renderManage(reply, request.params.id),
  );

  const send = async (reply: FastifyReply, id: number, actor: Actor, contactIds: readonly number[]) => {
    findMeeting(id);
    const count = sendInvitations(deps.db, contextOf(opts, actor), { meetingId: id, contactIds });
    app.nudgeOutbox();
    return reply.flash(t('invitations.page.flash.sent', { count })).redirect(`/meetings/${id}/invitations`);
  };

  app.post(
    '/meetings/:id/invitations',
    { config: coordinator, schema: { params: IdParams, body: SendBody } },
    async (request, reply) => {
      const contactIds = manyValues(request.body, 'contactIds').map(Number).filter(Number.isInteger);
      return send(reply, request.params.id, requireUser(request), contactIds);
    },
  );

  app.post(
    '/meetings/:id/invitations/add',
    { config: coordinator, schema: { params: IdParams, body: AddBody } },
    async (request, reply) => {
      const form = cleanForm(request.body);
      const contactId = Number(form.contactId);
      if (!Number.isInteger(contactId) || contactId < 1)
        return renderManage(reply, request.params.id, { contactId: t('invitations.page.addRequired') });
      return send(reply, request.params.id, requireUser(request), [contactId]);
    },
  );

  const findInvitation = (meetingId: number, invitationId: number) => {
    const invitee = invitations.invitee(invitationId);
    if (!invitee || invitee.meetingId !== meetingId || invitee.removedAt) throw new NotFoundError();
    return invitee;
  };

  app.get(
    '/meetings/:id/invitations/:invitationId/remove',
    { config: coordinator, schema: { params: InvitationParams } },
    async (request, reply) => {
      const { id, invitationId } = request.params;
      const invitee = findInvitation(id, invitationId);
      const names = { name: invitee.contactName ?? '', organisation: invitee.organisationName };
      return renderConfirmation(reply, {
        question: t('invitations.page.removeConfirm.question', names),
        consequences: [
          t(
            invitee.sentSequence === null
              ? 'invitations.page.removeConfirm.consequenceUnsent'
              : 'invitations.page.removeConfirm.consequence',
            names,
          ),
        ],
        action: `/meetings/${id}/invitations/${invitationId}/remove`,
        submit: t('invitations.page.removeConfirm.submit'),
        cancel: `/meetings/${id}/invitations`,
      });
    },
  );

  app.post(
    '/meetings/:id/invitations/:invitationId/remove',
    { config: coordinator, schema: { params: InvitationParams, body: SendBody } },
    async (request, reply) => {
      const { id, invitationId } = request.params;
      findInvitation(id, invitationId);
      removeInvitation(deps.db, actionContext(request, opts), { invitationId });
      app.nudgeOutbox();
      return reply.flash(t('invitations.page.flash.removed')).redirect(`/meetings/${id}/invitations`);
    },
  );

  app.get(
    '/meetings/:id/invitations/agenda-mail',
    { config: coordinator, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const recipients = agendaMailRecipients(deps.db, findMeeting(id));
      return renderConfirmation(reply, {
        question: t('invitations.page.agendaMailConfirm.question'),
        consequences: [
          t('invitations.page.agendaMailConfirm.recipients', {
            count: recipients.length,
            names: recipients.join(', '),
          }),
          t('invitations.page.agendaMailConfirm.others'),
        ],
        action: `/meetings/${id}/invitations/agenda-mail`,
        submit: t('invitations.page.agendaMail'),
        cancel: `/meetings/${id}/invitations`,
      });
    },
  );

  app.post(
    '/meetings/:id/invitations/agenda-mail',
    { config: coordinator, schema: { params: IdParams, body: SendBody } },
    async (request, reply) => {
      const { id } = request.params;
      findMeeting(id);
      const count = sendAgendaChanged(deps.db, actionContext(request, opts), { meetingId: id });
      app.nudgeOutbox();
      return reply
        .flash(t('invitations.page.flash.agendaMail', { count }))
        .redirect(`/meetings/${id}/invitations`);
    },
  );

  app.post(
    '/meetings/:id/presence',
    { config: coordinator, schema: { params: IdParams, body: PresenceBody } },
    async (request, reply) => {
      const { id } = request.params;
      findMeeting(id);
      const presentIds = manyValues(request.body, 'present').map(Number).filter(Number.isInteger);
      const recorded = recordPresence(deps.db, actionContext(request, opts), {
        meetingId: id,
        presentIds,
      });
      if (!recorded) throw new DomainError('PRESENCE_TOO_EARLY', t('insight.presence.notYet'), 409);
      return reply.flash(t('insight.presence.saved')).redirect(`/meetings/${id}#invitations`);
    },
  );

  // ------------------------------------------------------------------------------------------------------------
  // The RSVP page: the personal token is the only key, so an unknown one says nothing about others.

  const renderUnknown = (reply: FastifyReply) => {
    reply.code(404);
    return reply.viewAsync('error', {
      title: t('invitations.rsvpPage.unknownTitle'),
      message: t('invitations.rsvpPage.unknown'),
    });
  };

  /** The invitation behind a token while its link still works; otherwise the page that says why not. */
  const openInvitation = (reply: FastifyReply, token: string) => {
    const invitation = invitations.findByTokenHash(hashToken(token));
    const view = invitation ? rsvpPage(deps.db, invitation.id) : null;
    if (!invitation || !view) return { done: renderUnknown(reply) };
    const state = linkState(view.meeting, invitation, deps.now());
    if (state === 'open') return { invitation, view };
    reply.code(410);
    return {
      done: reply.viewAsync('error', {
        title: t(`invitations.rsvpPage.${state}Title`),
        message: t(`invitations.rsvpPage.${state}`, { when: view.when }),
      }),
    };
  };

  const renderRsvp = (
    reply: FastifyReply,
    token: string,
    view: NonNullable<ReturnType<typeof rsvpPage>>,
    form: {
      values?: Record<string, string>;
      errors?: FieldErrors;
      privacy?: GuardOutcome;
      delegate?: Record<string, string>;
      delegateErrors?: FieldErrors;
    } = {},
  ) => {
    if (form.errors || form.delegateErrors) reply.code(422);
    const chosen = form.values?.rsvp ?? (view.invitee.rsvp === 'geen-reactie' ? '' : view.invitee.rsvp);
    return reply.viewAsync('invitations/rsvp', {
      title: t('invitations.rsvpPage.title'),
      token,
      view,
      options: answerChoices.map((value) => ({ value, label: t(`invitations.rsvpPage.options.${value}`) })),
      values: { rsvp: chosen, comment: form.values?.comment ?? view.invitee.rsvpComment ?? '' },
      errors: { ...form.errors, ...form.delegateErrors },
      answerErrors: form.errors ?? {},
      delegateErrors: form.delegateErrors ?? {},
      delegate: form.delegate ?? {},
      privacy: form.privacy,
    });
  };

  app.get(
    '/rsvp/:token',
    { config: tokenRoute, schema: { params: TokenParams, querystring: RsvpQuery } },
    async (request, reply) => {
      const { token } = request.params;
      const opened = openInvitation(reply, token);
      if ('done' in opened) return opened.done;
      // The mail's buttons preselect an answer; saving it stays a POST, so a link preview never answers for anyone.
      const preselected = parseAnswer(request.query.antwoord);
      return renderRsvp(reply, token, opened.view, preselected ? { values: { rsvp: preselected } } : {});
    },
  );

  app.post(
    '/rsvp/:token',
    { config: tokenRoute, schema: { params: TokenParams, body: AnswerBody } },
    async (request, reply) => {
      const { token } = request.params;
      const opened = openInvitation(reply, token);
      if ('done' in opened) return opened.done;
      const form = cleanForm(request.body);
      const now = deps.now();
      const result = checkFormPrivacy(
        privacyAllowList(deps.db),
        validateAnswer(form),
        [{ name: 'comment', label: t('invitations.rsvpPage.comment'), value: form.comment ?? '' }],
        form,
        now,
      );
      if (!result.ok) return renderRsvp(reply, token, opened.view, { values: form, ...result });
      const { value, privacy } = result;
      const { rsvp, comment } = value;
      const outcome = recordAnswer(deps.db, contextOf(opts), {
        invitationId: opened.invitation.id,
        rsvp,
        answeredAt: now.toISOString(),
        source: 'web',
        comment,
        privacy,
      });
      const message =
        outcome === 'applied'
          ? t('invitations.rsvpPage.saved', { answer: t(`invitations.rsvp.${rsvp}`) })
          : t('invitations.rsvpPage.older');
      return reply.flash(message).redirect(`/rsvp/${token}`);
    },
  );

  app.post(
    '/rsvp/:token/delegate',
    { config: tokenRoute, schema: { params: TokenParams, body: DelegateBody } },
    async (request, reply) => {
      const { token } = request.params;
      const opened = openInvitation(reply, token);
      if ('done' in opened) return opened.done;
      const form = cleanForm(request.body);
      const delegate = { name: form.name ?? '', email: form.email ?? '' };
      const checked = validateContact({ ...delegate, access: 'none' });
      if (!checked.ok) {
        return renderRsvp(reply, token, opened.view, { delegate, delegateErrors: checked.errors });
      }
      const outcome = delegateInvitation(deps.db, contextOf(opts), {
        invitationId: opened.invitation.id,
        colleague: { name: checked.value.name, email: checked.value.email },
      });
      if (!outcome.ok) {
        return renderRsvp(reply, token, opened.view, {
          delegate,
          delegateErrors: { [outcome.field]: t(`invitations.rsvpPage.errors.${outcome.error}`) },
        });
      }
      app.nudgeOutbox();
      return reply
        .flash(t('invitations.rsvpPage.delegateDone', { name: checked.value.name }))
        .redirect(`/rsvp/${token}`);
    },
  );

  // ------------------------------------------------------------------------------------------------------------
  // A member answers for themselves from the dashboard or the meeting page.

  app.post(
    '/meetings/:id/rsvp',
    { config: { access: 'member' }, schema: { params: IdParams, body: AnswerBody } },
    async (request, reply) => {
      const user = requireUser(request);
      const invitation: Invitation | null = invitations.findForContact(request.params.id, user.contactId);
      const meeting = findMeeting(request.params.id);
      if (!invitation || invitation.sentSequence === null) throw new NotFoundError();
      const rsvp = parseAnswer(cleanForm(request.body).rsvp);
      if (!rsvp || linkState(meeting, invitation, deps.now()) !== 'open') return reply.redirect('/');
      const now = deps.now();
      recordAnswer(deps.db, contextOf(opts, user), {
        invitationId: invitation.id,
        rsvp,
        answeredAt: now.toISOString(),
        source: 'web',
        comment: invitation.rsvpComment ?? '',
      });
      return reply
        .flash(t('invitations.dashboard.saved', { answer: t(`invitations.rsvp.${rsvp}`) }))
        .redirect('/');
    },
  );
};

// Date polls: the coordinator's overview and decision, and the public answer page behind each personal link.

import type { FastifyReply } from 'fastify';
import { hashToken } from '../auth/tokens.js';
import { type PollAnswer, pollAnswers } from '../db/schema/index.js';
import { requireUser } from '../http/access.js';
import { actionContext, contextOf } from '../http/action-context.js';
import { DomainError, orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams, TokenParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { checkFormPrivacy } from '../http/privacy-check.js';
import { tokenRateLimit } from '../http/security.plugin.js';
import { t } from '../locale/index.js';
import { defaultMeetingTitle, meetingTextFields, validateMeeting } from '../meetings/meetings.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { privacyAllowList } from '../organisations/organisations.read.js';
import type { GuardOutcome } from '../privacy/guard.js';
import type { Actor } from '../shared/action.js';
import {
  formatDate,
  formatMeetingWhen,
  formatShortDate,
  toAmsterdam,
  toLocalInputValues,
} from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { answerPoll, closePoll, remindPoll } from './polls.actions.js';
import { isAnswerable, type PollTally, tallyPoll, toRemind, validateAnswers } from './polls.js';
import { createPollsRepository, type Poll, type PollOption } from './polls.repository.js';

const DecideBody = formBody(['optionId', 'title', 'location', 'onlineUrl']);
/** Answer fields are named `answer-<optionId>`; the loose body schema keeps them. */
const AnswerBody = formBody([]);

const SYMBOL: Record<PollAnswer | 'none', string> = { ja: '✓', misschien: '?', nee: '✗', none: '–' };

export const pollsRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const polls = createPollsRepository(deps.db);
  const meetings = createMeetingsRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };
  const tokenRoute = { access: 'public' as const, rateLimit: tokenRateLimit };

  const findPoll = (id: number): Poll => orNotFound(polls.find(id));

  const statusLabel = (poll: Pick<Poll, 'status' | 'closesAt'>, now: Date) =>
    t(`polls.status.${poll.status === 'closed' ? 'closed' : isAnswerable(poll, now) ? 'open' : 'expired'}`);

  app.get('/polls', { config: coordinator }, async (_request, reply) => {
    const now = deps.now();
    return reply.viewAsync('polls/list', {
      title: t('polls.title'),
      polls: polls.list().map((poll) => ({
        ...poll,
        statusLabel: statusLabel(poll, now),
        dates:
          poll.firstDate && poll.lastDate
            ? t('polls.dateRange', {
                first: formatShortDate(poll.firstDate),
                last: formatShortDate(poll.lastDate),
              })
            : '',
      })),
    });
  });

  const bestText = (tally: PollTally): string => {
    if (!tally.best) return t('polls.show.noBest');
    const { optionId, rule } = tally.best;
    const option = tally.options.find((o) => o.id === optionId);
    if (!option) return '';
    return t(`polls.show.bestRule.${rule}`, {
      date: formatMeetingWhen(option.startsAt, option.endsAt),
      count: option.available,
    });
  };

  const renderPoll = (
    reply: FastifyReply,
    poll: Poll,
    decide: { values: Record<string, string>; errors?: FieldErrors; privacy?: GuardOutcome } | null,
  ) => {
    const now = deps.now();
    const tally = tallyPoll(polls.tallyInput(poll.id));
    const bestId = tally.best?.optionId ?? null;
    const options = tally.options.map((option) => ({
      ...option,
      when: formatMeetingWhen(option.startsAt, option.endsAt),
      day: toAmsterdam(option.startsAt).toFormat('ccc d LLL yyyy'),
      time: `${toAmsterdam(option.startsAt).toFormat('HH:mm')}–${toAmsterdam(option.endsAt).toFormat('HH:mm')}`,
      isBest: option.id === bestId,
    }));
    const organisations = tally.organisations.map((organisation) => ({
      ...organisation,
      cells: organisation.availability.map((answer, index) => ({
        answer: answer ?? 'none',
        symbol: SYMBOL[answer ?? 'none'],
        label: t(`polls.show.answer.${answer ?? 'none'}`),
        isBest: options[index]?.isBest ?? false,
      })),
    }));
    // Who has not answered yet, per organisation, and who can still get the one reminder.
    const waiting = polls.withoutAnswer(poll.id);
    const withoutAnswer = [...new Set(waiting.map((contact) => contact.organisationName))].map((name) => ({
      name,
      contacts: waiting
        .filter((contact) => contact.organisationName === name)
        .map((contact) => ({
          name: contact.name,
          reminded: contact.remindedAt ? formatDate(contact.remindedAt) : null,
        })),
    }));
    const participants = tally.organisations.reduce((sum, o) => sum + o.contacts, 0);
    const responded = tally.organisations.reduce((sum, o) => sum + o.responded, 0);
    const bestOption = options.find((o) => o.isBest) ?? options[0];
    if (decide?.errors) reply.code(422);
    return reply.viewAsync('polls/show', {
      title: poll.title,
      poll: {
        ...poll,
        isOpen: poll.status === 'open',
        expired: poll.status === 'open' && !isAnswerable(poll, now),
        statusLabel: statusLabel(poll, now),
      },
      meeting: poll.meetingId ? meetings.find(poll.meetingId) : null,
      summary: t('polls.show.summary', { count: responded, participants, date: formatDate(poll.closesAt) }),
      options,
      organisations,
      bestText: bestText(tally),
      withoutAnswer,
      remindable: isAnswerable(poll, now) ? toRemind(waiting).length : 0,
      decideOptions: options.map((option) => ({
        value: option.id,
        label:
          t('polls.decide.optionLabel', {
            date: option.when,
            available: option.available,
            maybe: option.maybe,
          }) + (option.isBest ? t('polls.decide.bestSuffix') : ''),
      })),
      decideValues: decide?.values ?? {
        optionId: bestOption ? String(bestOption.id) : '',
        title: bestOption ? defaultMeetingTitle(bestOption.startsAt) : poll.title,
        location: meetings.lastLocation(),
        onlineUrl: '',
      },
      errors: decide?.errors ?? {},
      privacy: decide?.privacy,
    });
  };

  app.get('/polls/:id', { config: coordinator, schema: { params: IdParams } }, async (request, reply) => {
    const { id } = request.params;
    return renderPoll(reply, findPoll(id), null);
  });

  const findOpenPoll = (id: number): Poll => {
    const poll = findPoll(id);
    if (poll.status !== 'open') throw new DomainError('POLL_CLOSED', t('polls.errors.alreadyClosed'), 409);
    return poll;
  };

  app.post(
    '/polls/:id/decide',
    { config: coordinator, schema: { params: IdParams, body: DecideBody } },
    async (request, reply) => {
      const { id } = request.params;
      const poll = findOpenPoll(id);
      const form = cleanForm(request.body);
      const option = polls.options(id).find((o: PollOption) => String(o.id) === form.optionId);
      const start = option ? toLocalInputValues(option.startsAt) : null;
      const meeting = validateMeeting(
        {
          title: form.title,
          date: start?.date,
          startTime: start?.time,
          endTime: option ? toLocalInputValues(option.endsAt).time : undefined,
          location: form.location,
          onlineUrl: form.onlineUrl,
        },
        { requirePlace: true, now: deps.now() },
      );
      const errors: FieldErrors = {};
      if (!option) errors.optionId = t('polls.errors.optionRequired');
      if (!meeting.ok) {
        for (const [field, message] of Object.entries(meeting.errors)) {
          // Date and time come from the option itself; anything wrong there is about the chosen option.
          const shown = ['title', 'location', 'onlineUrl'].includes(field) ? field : 'optionId';
          errors[shown] ??= message;
        }
      }
      const result = checkFormPrivacy(
        privacyAllowList(deps.db),
        option && meeting.ok ? meeting : { ok: false, errors },
        meetingTextFields(form),
        form,
        deps.now(),
      );
      if (!result.ok) return renderPoll(reply, poll, { values: form, ...result });
      const outcome = closePoll(deps.db, actionContext(request, opts), {
        pollId: id,
        meeting: result.value,
        privacy: result.privacy,
      });
      if (!outcome.closed || !outcome.meetingId)
        throw new DomainError('POLL_CLOSED', t('polls.errors.alreadyClosed'), 409);
      app.nudgeOutbox();
      return reply.flash(t('polls.flash.decided')).redirect(`/meetings/${outcome.meetingId}`);
    },
  );

  app.post(
    '/polls/:id/close',
    { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      findOpenPoll(id);
      const outcome = closePoll(deps.db, actionContext(request, opts), { pollId: id, meeting: null });
      if (!outcome.closed) throw new DomainError('POLL_CLOSED', t('polls.errors.alreadyClosed'), 409);
      app.nudgeOutbox();
      return reply.flash(t('polls.flash.closed')).redirect(`/polls/${id}`);
    },
  );

  app.post(
    '/polls/:id/remind',
    { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      findOpenPoll(id);
      const sent = remindPoll(deps.db, actionContext(request, opts), { pollId: id });
      if (sent > 0) app.nudgeOutbox();
      return reply
        .flash(sent > 0 ? t('polls.flash.reminded', { count: sent }) : t('polls.flash.nobodyToRemind'))
        .redirect(`/polls/${id}#without-answer-title`);
    },
  );

  // The public answer page: the personal token is the only key, so an unknown one says nothing about others.
  const findParticipant = (token: string) => polls.findByTokenHash(hashToken(token));

  const renderUnknown = (reply: FastifyReply) => {
    reply.code(404);
    return reply.viewAsync('error', { title: t('polls.unknown.title'), message: t('polls.unknown.body') });
  };

  const renderClosed = (reply: FastifyReply, poll: Poll) => {
    const meeting = poll.meetingId ? meetings.find(poll.meetingId) : null;
    reply.code(410);
    return reply.viewAsync('polls/closed', {
      title: t('polls.closed.title'),
      decided:
        meeting && meeting.status !== 'geannuleerd'
          ? formatMeetingWhen(meeting.startsAt, meeting.endsAt)
          : null,
      wasClosed: poll.status === 'closed',
    });
  };

  type Found = NonNullable<ReturnType<typeof polls.findByTokenHash>>;

  /** The answer form; `action` is the personal link, or the poll's page in the app for a logged-in contact. */
  const renderAnswers = (
    reply: FastifyReply,
    found: Found,
    action: { url: string; viaLink: boolean },
    chosen: Map<number, string>,
    errors?: FieldErrors,
  ) => {
    if (errors) reply.code(422);
    const answerOptions = pollAnswers.map((value) => ({ value, label: t(`polls.answer.options.${value}`) }));
    return reply.viewAsync('polls/answer', {
      title: t('polls.answer.title'),
      action,
      greeting: found.contactName
        ? t('polls.answer.greeting.named', { name: found.contactName })
        : t('polls.answer.greeting.plain'),
      intro: t('polls.answer.intro', {
        title: found.poll.title,
        date: formatDate(found.poll.closesAt),
      }),
      options: polls.options(found.poll.id).map((option) => ({
        field: `answer-${option.id}`,
        legend: formatMeetingWhen(option.startsAt, option.endsAt),
        value: chosen.get(option.id) ?? '',
        error: errors?.[`answer-${option.id}`],
      })),
      answerOptions,
      errors: errors ?? {},
    });
  };

  /** Saves valid answers (the same rules for the link and the app), or shows the form again with what was chosen. */
  const saveAnswers = (
    reply: FastifyReply,
    found: Found,
    action: { url: string; viaLink: boolean },
    body: unknown,
    actor: Actor,
  ) => {
    const form = cleanForm(body);
    const options = polls.options(found.poll.id);
    const result = validateAnswers(form, options);
    if (!result.ok) {
      const chosen = new Map(options.map((option) => [option.id, form[`answer-${option.id}`] ?? '']));
      return renderAnswers(reply, found, action, chosen, result.errors);
    }
    answerPoll(deps.db, contextOf(opts, actor), {
      participantId: found.participant.id,
      answers: result.value,
    });
    return reply
      .flash(t('polls.answer.saved', { date: formatDate(found.poll.closesAt) }))
      .redirect(action.url);
  };

  const linkAction = (token: string) => ({ url: `/poll/${token}`, viaLink: true });

  app.get('/poll/:token', { config: tokenRoute, schema: { params: TokenParams } }, async (request, reply) => {
    const { token } = request.params;
    const found = findParticipant(token);
    if (!found) return renderUnknown(reply);
    if (!isAnswerable(found.poll, deps.now())) return renderClosed(reply, found.poll);
    return renderAnswers(reply, found, linkAction(token), polls.answersOf(found.participant.id));
  });

  app.post(
    '/poll/:token',
    { config: tokenRoute, schema: { params: TokenParams, body: AnswerBody } },
    async (request, reply) => {
      const { token } = request.params;
      const found = findParticipant(token);
      if (!found) return renderUnknown(reply);
      if (!isAnswerable(found.poll, deps.now())) return renderClosed(reply, found.poll);
      return saveAnswers(reply, found, linkAction(token), request.body, null);
    },
  );

  // The same form in the app, for a logged-in contact who was asked; anyone else gets "not found".
  const findOwn = (id: number, contactId: number): Found => orNotFound(polls.findByContact(id, contactId));
  const appAction = (id: number) => ({ url: `/polls/${id}/answer`, viaLink: false });

  app.get(
    '/polls/:id/answer',
    { config: { access: 'member' }, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const found = findOwn(id, requireUser(request).contactId);
      if (!isAnswerable(found.poll, deps.now())) return renderClosed(reply, found.poll);
      return renderAnswers(reply, found, appAction(id), polls.answersOf(found.participant.id));
    },
  );

  app.post(
    '/polls/:id/answer',
    { config: { access: 'member' }, schema: { params: IdParams, body: AnswerBody } },
    async (request, reply) => {
      const { id } = request.params;
      const user = requireUser(request);
      const found = findOwn(id, user.contactId);
      if (!isAnswerable(found.poll, deps.now())) return renderClosed(reply, found.poll);
      return saveAnswers(reply, found, appAction(id), request.body, { contactId: user.contactId });
    },
  );
};

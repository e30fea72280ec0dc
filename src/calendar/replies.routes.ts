// The coordinator's page for calendar replies: upload a reply (.ics or .eml) and review the ones that could not be
// matched, assigning each to an invitation or setting it aside.
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type RsvpStatus, rsvpStatuses } from '../db/schema/index.js';
import { actionContext } from '../http/action-context.js';
import { formBody, IdParams, MAX_FORM_FIELD } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { Type } from '../http/schema.js';
import { createInvitationsRepository } from '../invitations/invitations.repository.js';
import { t } from '../locale/index.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { formatMeetingWhen } from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { assignReply, dismissReply } from './calendar.actions.js';
import { meetingIdFromUid } from './calendar.js';
import { createCalendarRepository, type UnmatchedReply } from './calendar.repository.js';
import { answerForPartstat } from './replies.js';
import { MAX_REPLY_BYTES, receiveReply } from './reply-listener.js';

interface UploadedFile {
  name: string;
  data: Buffer;
  truncated: boolean;
}

const UploadBody = Type.Object(
  // The file is what `onFile` made of the part: typed for the handler, not validated again.
  {
    _csrf: Type.Optional(Type.String({ maxLength: MAX_FORM_FIELD })),
    file: Type.Optional(Type.Unsafe<UploadedFile>({})),
  },
  { additionalProperties: true },
);
const AssignBody = formBody(['invitationId', 'rsvp']);
const answers = rsvpStatuses.filter(
  (status): status is Exclude<RsvpStatus, 'geen-reactie'> => status !== 'geen-reactie',
);

/** Keeps the uploaded file in memory (it is small) and notes whether it was cut off at the size limit. */
async function onFile(this: FastifyRequest, part: MultipartFile) {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  const file: UploadedFile = {
    name: part.filename,
    data: Buffer.concat(chunks),
    truncated: part.file.truncated,
  };
  (part as MultipartFile & { value: UploadedFile }).value = file;
}

export const repliesRoutes: ModulePlugin = async (app, opts) => {
  const { config, deps } = opts;
  // Only this plugin's routes take multipart forms: the upload is the one file upload in the app.
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    onFile,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_REPLY_BYTES, files: 1, fields: 5, parts: 6 },
  });
  const calendars = createCalendarRepository(deps.db);
  const invitations = createInvitationsRepository(deps.db);
  const meetings = createMeetingsRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };
  /** Invitations a reply can be given to: of its own meeting when the UID names one, else of meetings to come. */
  const choicesFor = (reply: UnmatchedReply) => {
    const own = reply.uid ? meetingIdFromUid(reply.uid, config.baseUrl) : null;
    const ownMeeting = own === null ? null : meetings.find(own);
    const candidates = ownMeeting ? [ownMeeting] : meetings.plannedAhead(deps.now());
    return candidates.flatMap((meeting) =>
      invitations
        .invitees(meeting.id)
        .filter((invitee) => invitee.removedAt === null)
        .map((invitee) => ({
          value: String(invitee.id),
          label: t('calendar.replies.choice', {
            name: invitee.contactName ?? invitee.email ?? '',
            organisation: invitee.organisationName,
            meeting: `${meeting.title}, ${formatMeetingWhen(meeting.startsAt, meeting.endsAt)}`,
          }),
          selected: invitee.email?.toLowerCase() === reply.fromAddress,
        })),
    );
  };

  const renderList = (
    reply: FastifyReply,
    extra: { uploadError?: string; assignErrors?: Record<number, FieldErrors> } = {},
  ) => {
    const open = calendars.listOpenUnmatched().map((row) => ({
      ...row,
      reasonText: t(`calendar.replies.reasons.${row.reason}`),
      partstatText: t(`calendar.replies.partstat.${row.partstat ?? 'unknown'}`),
      choices: choicesFor(row),
      answers: answers.map((answer) => ({
        value: answer,
        label: t(`calendar.replies.answers.${answer}`),
        checked: answerForPartstat(row.partstat) === answer,
      })),
      errors: extra.assignErrors?.[row.id] ?? {},
    }));
    if (extra.uploadError || extra.assignErrors) reply.code(422);
    return reply.viewAsync('calendar/replies', {
      title: t('calendar.replies.title'),
      replies: open,
      uploadError: extra.uploadError,
      maxKb: Math.round(MAX_REPLY_BYTES / 1024),
    });
  };

  app.get('/replies', { config: coordinator }, async (_request, reply) => renderList(reply));

  app.post(
    '/replies/upload',
    { config: coordinator, schema: { body: UploadBody } },
    async (request, reply) => {
      const { file } = request.body;
      if (!file || file.data.length === 0)
        return renderList(reply, { uploadError: t('calendar.replies.upload.missing') });
      if (file.truncated)
        return renderList(reply, {
          uploadError: t('calendar.replies.upload.tooLarge', { kb: Math.round(MAX_REPLY_BYTES / 1024) }),
        });
      const outcome = await receiveReply(deps, config, file.data);
      if (outcome.kind === 'unreadable') {
        return renderList(reply, {
          uploadError: t(`calendar.replies.upload.${outcome.reason}`, { file: file.name }),
        });
      }
      return reply.flash(t(`calendar.replies.outcome.${outcome.kind}`)).redirect('/replies');
    },
  );

  app.post(
    '/replies/:id/assign',
    { config: coordinator, schema: { params: IdParams, body: AssignBody } },
    async (request, reply) => {
      const { id } = request.params;
      const { body } = request;
      const errors: FieldErrors = {};
      const invitationId = Number(body.invitationId);
      if (!Number.isInteger(invitationId) || invitationId < 1)
        errors.invitation = t('calendar.replies.errors.invitation');
      const rsvp = answers.find((answer) => answer === body.rsvp);
      if (!rsvp) errors.rsvp = t('calendar.replies.errors.answer');
      if (!rsvp || Object.keys(errors).length > 0)
        return renderList(reply, { assignErrors: { [id]: errors } });
      const outcome = assignReply(deps.db, actionContext(request, opts), { replyId: id, invitationId, rsvp });
      return reply.flash(t(`calendar.replies.assigned.${outcome}`)).redirect('/replies');
    },
  );

  app.post(
    '/replies/:id/dismiss',
    { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      const dismissed = dismissReply(deps.db, actionContext(request, opts), { replyId: id });
      return reply
        .flash(t(dismissed ? 'calendar.replies.dismissed' : 'calendar.replies.assigned.gone'))
        .redirect('/replies');
    },
  );
};

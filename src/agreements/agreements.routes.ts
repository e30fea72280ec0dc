// Minutes and agreements: recording per agenda item, the minutes page, the register (filters, CSV, print), the
// agreement page with progress notes, "gereed melden" and the coordinator's close, renew and confirm.
import type { FastifyReply } from 'fastify';
import { readAgenda } from '../agenda/agenda.repository.js';
import { agendaView } from '../agenda/agenda.view.js';
import { agreementStatuses } from '../db/schema/index.js';
import { requireUser } from '../http/access.js';
import { contextOf } from '../http/action-context.js';
import { DomainError, NotFoundError, orNotFound } from '../http/errors.js';
import { cleanForm, formBody, IdParams, manyValues } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { checkFormPrivacy } from '../http/privacy-check.js';
import { Type } from '../http/schema.js';
import { createParticipation } from '../invitations/participation.js';
import { t } from '../locale/index.js';
import { checkTransition } from '../meetings/meetings.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { privacyAllowList } from '../organisations/organisations.read.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { createThemesRepository } from '../organisations/themes.repository.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { toCsv } from '../shared/csv.js';
import { formatDate, formatDateTime, formatMeetingWhen, toAmsterdamDate } from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';
import type { SessionUser } from '../shared/session-user.js';
import {
  AgreementChangeRefused,
  addProgressNote,
  confirmDone,
  establishMinutes,
  recordItem,
  renewAgreement,
  reportDone,
  sendAgreementList,
  setAgreementStatus,
} from './agreements.actions.js';
import {
  type AgreementFormValues,
  agreementField,
  BLANK_AGREEMENTS,
  csvCells,
  csvHeader,
  MAX_AGREEMENT_BLOCKS,
  recordingTextFields,
  validateDue,
  validateNote,
  validateRecording,
} from './agreements.js';
import {
  agendaStandingItems,
  presentAgreements,
  type RegisterQuery as RegisterFilters,
  registerHasYear,
  registerView,
} from './agreements.read.js';
import { createAgreementsRepository } from './agreements.repository.js';
import type { PresentedAgreement } from './agreements.view.js';

const ItemParams = Type.Object({ id: Type.Integer({ minimum: 1 }), itemId: Type.Integer({ minimum: 1 }) });
const RegisterQuery = Type.Object({
  organisatie: Type.Optional(Type.String({ maxLength: 12 })),
  thema: Type.Optional(Type.String({ maxLength: 12 })),
  status: Type.Optional(Type.String({ maxLength: 12 })),
  overleg: Type.Optional(Type.String({ maxLength: 12 })),
  telaat: Type.Optional(Type.String({ maxLength: 12 })),
  jaar: Type.Optional(Type.String({ maxLength: 12 })),
});
const AtMeetingQuery = Type.Object({ overleg: Type.Optional(Type.String({ maxLength: 12 })) });
const LooseBody = Type.Object({}, { additionalProperties: true });
const BackBody = formBody(['back', 'meetingId']);
const StatusBody = formBody(['back', 'meetingId', 'status']);
const RenewBody = formBody(['back', 'meetingId', 'dueKind', 'dueDate']);
const NoteBody = formBody(['text', 'privacyConfirm']);

/** Where a coordinator's button on the agenda, minutes or register page sends them back to; nowhere else. */
const safeBack = (value: string | undefined, fallback: string) =>
  value && /^\/(meetings\/\d+\/(agenda|verslag)|agreements(\/\d+)?)(#[\w-]+)?$/.test(value)
    ? value
    : fallback;

const positiveInt = (value: string | undefined) =>
  value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;

export const agreementsRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const meetings = createMeetingsRepository(deps.db);
  const agreementsRepo = createAgreementsRepository(deps.db);
  const coordinator = { access: 'coordinator' as const };
  const member = { access: 'member' as const };

  /** A member sees the minutes of a meeting they are part of (as its page); others get "not found". */
  const findVisibleMeeting = (id: number, user: SessionUser): Meeting => {
    const meeting = orNotFound(meetings.find(id));
    if (!createParticipation(deps.db).sees(user, meeting)) throw new NotFoundError();
    return meeting;
  };

  /** Why no minutes can be recorded for the meeting (yet); null from the start of a planned meeting on. */
  const recordRefusal = (meeting: Meeting): string | null => {
    if (meeting.status === 'gehouden') return null;
    if (meeting.status === 'gepland')
      return checkTransition(meeting, 'gehouden', deps.now()).ok ? null : t('agreements.record.notYet');
    return t('agreements.record.notRecordable', { status: t(`meetings.status.${meeting.status}`) });
  };

  const recordableMeeting = (id: number): Meeting => {
    const meeting = orNotFound(meetings.find(id));
    const refusal = recordRefusal(meeting);
    if (refusal) throw new DomainError('MINUTES_NOT_RECORDABLE', refusal, 409);
    return meeting;
  };

  /** An agreement a member may see and update: one their organisation owns. Others get "not found". */
  const findOwnAgreement = (id: number, user: SessionUser) => {
    const agreement = orNotFound(agreementsRepo.find(id));
    if (user.role !== 'coordinator' && !agreementsRepo.ownerIds(id).includes(user.organisationId))
      throw new NotFoundError();
    return agreement;
  };

  const ownerChoices = () =>
    createOrganisationsRepository(deps.db)
      .list()
      .map((organisation) => ({ value: String(organisation.id), label: organisation.name }));

  const statusOptions = () =>
    agreementStatuses.map((value) => ({
      value,
      label: t(`agreements.status.${value}`),
    }));

  // ---------------------------------------------------------------------------------------------------------------
  // The minutes page of a meeting: per agenda item the minutes and agreements.

  app.get(
    '/meetings/:id/verslag',
    { config: { ...member, keepPage: true }, schema: { params: IdParams } },
    async (request, reply) => {
      const user = requireUser(request);
      const meeting = findVisibleMeeting(request.params.id, user);
      const isCoordinator = user.role === 'coordinator';
      const now = deps.now();
      const minutesRows = agreementsRepo.minutesOf(meeting.id);
      const standing = agendaStandingItems(deps.db, meeting, now);
      const recorded = presentAgreements(deps.db, agreementsRepo.list({ meetingId: meeting.id }), now);
      const agenda = agendaView(meeting, readAgenda(deps.db, meeting.id));
      const items = agenda.items.map((item) => ({
        id: item.id,
        number: item.number,
        title: item.title,
        minutes: minutesRows.find((row) => row.agendaItemId === item.id)?.text ?? '',
        agreements: recorded.filter((row) => row.agendaItemId === item.id),
        isAgreements: item.isAgreements,
        isMinutes: item.standing === 'verslag',
      }));
      const established = minutesRows.length > 0 && minutesRows.every((row) => row.status === 'vastgesteld');
      const mailing = agreementsRepo.lastMailing(meeting.id);
      return reply.viewAsync('agreements/minutes', {
        title: t('agreements.minutesPage.title', { title: meeting.title }),
        meeting: { ...meeting, when: formatMeetingWhen(meeting.startsAt, meeting.endsAt) },
        items,
        hasMinutes: minutesRows.length > 0,
        minutesStatus: t(`agreements.minutes.status.${established ? 'vastgesteld' : 'concept'}`),
        establishedOn: established ? formatDate(minutesRows[0]?.establishedAt ?? meeting.startsAt) : '',
        canEstablish: isCoordinator && minutesRows.length > 0 && !established,
        canRecord: isCoordinator && recordRefusal(meeting) === null,
        canSend: isCoordinator && meeting.status === 'gehouden',
        lastSent: mailing
          ? t('agreements.minutesPage.lastSent', {
              date: formatDateTime(mailing.sentAt),
              count: mailing.recipients,
            })
          : '',
        carriedOver: standing.openAgreements,
        previous: standing.previousMinutes,
        isCoordinator,
      });
    },
  );

  // ---------------------------------------------------------------------------------------------------------------
  // Recording one agenda item.

  const findItem = (meeting: Meeting, itemId: number) =>
    orNotFound(agendaView(meeting, readAgenda(deps.db, meeting.id)).items.find((item) => item.id === itemId));

  /** The blocks of the form as submitted, in order; at most MAX_AGREEMENT_BLOCKS. */
  const blocksOf = (body: unknown, form: Record<string, string>): AgreementFormValues[] => {
    const count = Math.min(positiveInt(form.count) ?? 0, MAX_AGREEMENT_BLOCKS);
    return Array.from({ length: count }, (_, index) => ({
      id: form[agreementField(index, 'id')] ?? '',
      text: form[agreementField(index, 'text')] ?? '',
      ownerIds: manyValues(body, agreementField(index, 'owners')),
      dueKind: form[agreementField(index, 'dueKind')] ?? '',
      dueDate: form[agreementField(index, 'dueDate')] ?? '',
      status: form[agreementField(index, 'status')] ?? '',
      remove: form[agreementField(index, 'remove')] === 'ja',
    }));
  };

  const blankBlock = (): AgreementFormValues => ({
    id: '',
    text: '',
    ownerIds: [],
    dueKind: 'next',
    dueDate: '',
    status: 'open',
    remove: false,
  });

  const renderRecording = (
    reply: FastifyReply,
    meeting: Meeting,
    item: { id: number; title: string },
    form: { minutes: string; blocks: AgreementFormValues[]; errors?: FieldErrors; privacy?: GuardOutcome },
  ) => {
    if (form.errors) reply.code(422);
    const owners = ownerChoices();
    const errors = form.errors ?? {};
    const blocks = form.blocks.map((block, index) => {
      const field = (name: string) => agreementField(index, name);
      return {
        index,
        number: index + 1,
        recorded: block.id !== '',
        id: block.id,
        text: block.text,
        remove: block.remove,
        names: {
          id: field('id'),
          text: field('text'),
          owners: field('owners'),
          dueKind: field('dueKind'),
          dueDate: field('dueDate'),
          status: field('status'),
          remove: field('remove'),
        },
        owners: owners.map((owner) => ({ ...owner, checked: block.ownerIds.includes(owner.value) })),
        dueNext: block.dueKind === 'next',
        dueIsDate: block.dueKind === 'date',
        dueDate: block.dueDate,
        statuses: statusOptions(),
        status: block.status,
        errors: {
          text: errors[field('text')],
          owners: errors[field('owners')],
          dueDate: errors[field('dueDate')],
          status: errors[field('status')],
        },
        findings: form.privacy?.fields[field('text')],
      };
    });
    return reply.viewAsync('agreements/record', {
      title: t('agreements.record.itemTitle', { title: item.title }),
      meeting: { ...meeting, when: formatMeetingWhen(meeting.startsAt, meeting.endsAt) },
      item,
      action: `/meetings/${meeting.id}/verslag/${item.id}`,
      minutes: form.minutes,
      blocks,
      count: blocks.length,
      errors,
      privacy: form.privacy,
    });
  };

  app.get(
    '/meetings/:id/verslag/:itemId',
    { config: coordinator, schema: { params: ItemParams } },
    async (request, reply) => {
      const meeting = recordableMeeting(request.params.id);
      const item = findItem(meeting, request.params.itemId);
      const recorded = agreementsRepo.list({ meetingId: meeting.id, agendaItemId: item.id });
      const minutesText =
        agreementsRepo.minutesOf(meeting.id).find((row) => row.agendaItemId === item.id)?.text ?? '';
      const blocks: AgreementFormValues[] = [
        ...recorded.map((row) => ({
          id: String(row.id),
          text: row.text,
          ownerIds: row.owners.map((owner) => String(owner.id)),
          dueKind: row.dueDate ? 'date' : 'next',
          dueDate: row.dueDate ?? '',
          status: row.status,
          remove: false,
        })),
        ...Array.from({ length: BLANK_AGREEMENTS }, blankBlock),
      ];
      return renderRecording(reply, meeting, item, { minutes: minutesText, blocks });
    },
  );

  app.post(
    '/meetings/:id/verslag/:itemId',
    { config: coordinator, schema: { params: ItemParams, body: LooseBody } },
    async (request, reply) => {
      const meeting = recordableMeeting(request.params.id);
      const item = findItem(meeting, request.params.itemId);
      const form = cleanForm(request.body);
      const blocks = blocksOf(request.body, form);
      const minutesText = form.minutes ?? '';
      // "Nog een afspraak toevoegen" shows the form again with one more block, keeping everything typed.
      if (form.intent === 'add') {
        const more = blocks.length < MAX_AGREEMENT_BLOCKS ? [blankBlock()] : [];
        return renderRecording(reply, meeting, item, { minutes: minutesText, blocks: [...blocks, ...more] });
      }
      const recordedIds = new Set(
        agreementsRepo.list({ meetingId: meeting.id, agendaItemId: item.id }).map((row) => row.id),
      );
      const owners = new Set(ownerChoices().map((owner) => Number(owner.value)));
      const result = checkFormPrivacy(
        privacyAllowList(deps.db),
        validateRecording(minutesText, blocks, owners, recordedIds),
        recordingTextFields(minutesText, blocks),
        form,
        deps.now(),
      );
      if (!result.ok)
        return renderRecording(reply, meeting, item, { minutes: minutesText, blocks, ...result });
      const user = requireUser(request);
      const wasPlanned = meeting.status === 'gepland';
      recordItem(deps.db, contextOf(opts, user), {
        meeting,
        item: { id: item.id, topicId: item.topicId },
        recording: result.value,
        privacy: result.privacy,
      });
      return reply
        .flash(
          t(wasPlanned ? 'agreements.record.savedHeld' : 'agreements.record.saved', { title: item.title }),
        )
        .redirect(`/meetings/${meeting.id}/verslag#item-${item.id}`);
    },
  );

  app.post(
    '/meetings/:id/verslag/vaststellen',
    { config: coordinator, schema: { params: IdParams, body: BackBody } },
    async (request, reply) => {
      const meeting = orNotFound(meetings.find(request.params.id));
      const user = requireUser(request);
      const done = establishMinutes(deps.db, contextOf(opts, user), { meetingId: meeting.id });
      return reply
        .flash(
          done
            ? t('agreements.minutesPage.established', { title: meeting.title })
            : t('agreements.minutesPage.alreadyEstablished'),
        )
        .redirect(safeBack(request.body.back, `/meetings/${meeting.id}/verslag`));
    },
  );

  app.post(
    '/meetings/:id/afsprakenlijst',
    { config: coordinator, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const meeting = orNotFound(meetings.find(request.params.id));
      if (meeting.status !== 'gehouden')
        throw new DomainError('MEETING_NOT_HELD', t('agreements.record.notYet'), 409);
      const user = requireUser(request);
      const count = sendAgreementList(deps.db, contextOf(opts, user), { meeting });
      app.nudgeOutbox();
      return reply
        .flash(t('agreements.minutesPage.sent', { count }))
        .redirect(`/meetings/${meeting.id}/verslag`);
    },
  );

  // ---------------------------------------------------------------------------------------------------------------
  // The register.

  type RegisterSearch = {
    organisatie?: string | undefined;
    thema?: string | undefined;
    status?: string | undefined;
    overleg?: string | undefined;
    telaat?: string | undefined;
    jaar?: string | undefined;
  };

  /**
   * The held meetings, newest first (the meeting filter's choices), and the calendar years in which meetings have
   * started, newest first (the register's years).
   */
  /** Every meeting (oldest first, as the register view reads them), the held ones and the years, latest first. */
  const registerMeetings = () => {
    const list = meetings.list({ concepts: true });
    const all = [...list].reverse();
    const now = deps.now().toISOString();
    return {
      list,
      held: all.filter((meeting) => meeting.status === 'gehouden'),
      years: [
        ...new Set(
          all
            .filter((meeting) => meeting.startsAt <= now)
            .map((meeting) => Number(toAmsterdamDate(meeting.startsAt).slice(0, 4))),
        ),
      ],
    };
  };

  /** The filters; without `jaar` the closed agreements of the latest year with meetings, `jaar=alle` every year. */
  const registerQuery = (query: RegisterSearch, years: readonly number[]): RegisterFilters => {
    const status = agreementStatuses.find((value) => value === query.status);
    const year = positiveInt(query.jaar);
    return {
      organisationId: positiveInt(query.organisatie),
      themeId: positiveInt(query.thema),
      meetingId: positiveInt(query.overleg),
      ...(status ? { status } : {}),
      overdue: query.telaat === 'ja',
      year: query.jaar === 'alle' ? null : year && years.includes(year) ? year : (years[0] ?? null),
    };
  };

  /**
   * The register's choice of year, when it applies: a link per year and one to every year, each keeping the other
   * filters. Null when a meeting or the status "open" is chosen (the year does not narrow those).
   */
  const yearChoice = (search: RegisterSearch, query: RegisterFilters, years: readonly number[]) => {
    if (years.length === 0 || !registerHasYear({ ...query, year: years[0] })) return null;
    const href = (jaar: string | null) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(search)) if (key !== 'jaar' && value) params.set(key, value);
      if (jaar) params.set('jaar', jaar);
      const text = params.toString();
      return text ? `/agreements?${text}` : '/agreements';
    };
    return {
      scope:
        typeof query.year !== 'number'
          ? t('agreements.register.scopeAll')
          : query.status
            ? t('agreements.register.scopeYearStatus', {
                year: query.year,
                status: t(`agreements.status.${query.status}`),
              })
            : t('agreements.register.scopeYear', { year: query.year }),
      links: [
        ...years.map((year) => ({
          label: String(year),
          href: href(year === years[0] ? null : String(year)),
          current: query.year === year,
        })),
        {
          label: t('agreements.register.allYears'),
          href: href('alle'),
          current: typeof query.year !== 'number',
        },
      ],
      /** For the filter form, so filtering keeps a chosen year; empty for the latest (the default). */
      jaar: typeof query.year !== 'number' ? 'alle' : query.year === years[0] ? '' : String(query.year),
    };
  };

  const registerRows = (rows: PresentedAgreement[]) => rows.map((row) => ({ ...row, dueText: row.dueLabel }));

  const filterChoices = (held: readonly Meeting[]) => ({
    organisations: ownerChoices(),
    themes: createThemesRepository(deps.db)
      .list({ includeArchived: true })
      .map((theme) => ({ value: String(theme.id), label: theme.name })),
    meetings: held.map((meeting) => ({
      value: String(meeting.id),
      label: `${meeting.title} (${formatDate(meeting.startsAt)})`,
    })),
    statuses: statusOptions(),
  });

  /** The filters in words, for the printed list. */
  const filterSummary = (query: RegisterFilters, choices: ReturnType<typeof filterChoices>) => {
    const label = (options: { value: string; label: string }[], id: number | undefined) =>
      id ? options.find((option) => option.value === String(id))?.label : undefined;
    return [
      label(choices.organisations, query.organisationId),
      label(choices.themes, query.themeId),
      label(choices.meetings, query.meetingId),
      query.status ? t(`agreements.status.${query.status}`) : undefined,
      query.overdue ? t('agreements.overdue') : undefined,
      registerHasYear(query) ? t('agreements.register.closedFrom', { year: query.year }) : undefined,
    ]
      .filter(Boolean)
      .join(', ');
  };

  const searchOf = (url: string) => {
    const index = url.indexOf('?');
    return index === -1 ? '' : url.slice(index);
  };

  app.get(
    '/agreements',
    { config: { ...coordinator, keepPage: true }, schema: { querystring: RegisterQuery } },
    async (request, reply) => {
      const { list, held, years } = registerMeetings();
      const query = registerQuery(request.query, years);
      const rows = registerRows(registerView(deps.db, query, deps.now(), list));
      const yearNav = yearChoice(request.query, query, years);
      return reply.viewAsync('agreements/register', {
        title: t('agreements.register.title'),
        rows,
        count: rows.length,
        filters: {
          organisatie: query.organisationId ? String(query.organisationId) : '',
          thema: query.themeId ? String(query.themeId) : '',
          overleg: query.meetingId ? String(query.meetingId) : '',
          status: query.status ?? '',
          telaat: query.overdue,
          jaar: yearNav?.jaar ?? '',
        },
        choices: filterChoices(held),
        yearNav,
        search: searchOf(request.url),
      });
    },
  );

  app.get(
    '/agreements/print',
    { config: coordinator, schema: { querystring: RegisterQuery } },
    async (request, reply) => {
      const { list, held, years } = registerMeetings();
      const query = registerQuery(request.query, years);
      const now = deps.now();
      const rows = registerRows(registerView(deps.db, query, now, list));
      return reply.viewAsync('agreements/print', {
        title: t('agreements.register.printTitle'),
        rows,
        count: rows.length,
        printedOn: formatDate(now),
        filterSummary: filterSummary(query, filterChoices(held)),
        search: searchOf(request.url),
      });
    },
  );

  app.get(
    '/agreements.csv',
    { config: coordinator, schema: { querystring: RegisterQuery } },
    async (request, reply) => {
      const now = deps.now();
      const { list, years } = registerMeetings();
      const rows = registerView(deps.db, registerQuery(request.query, years), now, list);
      const csv = toCsv([
        csvHeader,
        ...rows.map((row) =>
          csvCells({
            ...row,
            owners: row.owners.map((owner) => owner.name),
            themeName: row.themeName ?? '',
            reportedDone: row.reportedDone,
          }),
        ),
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${t('agreements.register.csvFile', { date: toAmsterdamDate(now) })}"`,
        )
        .send(csv);
    },
  );

  // ---------------------------------------------------------------------------------------------------------------
  // One agreement: history, progress notes, and what the viewer may do with it.

  const meetingIdOf = (value: string | undefined) => {
    const id = positiveInt(value);
    return id && meetings.find(id) ? id : null;
  };

  const renderAgreement = (
    reply: FastifyReply,
    user: SessionUser,
    id: number,
    form: { note?: string; errors?: FieldErrors; privacy?: GuardOutcome } = {},
    atMeetingId: number | null = null,
  ) => {
    if (form.errors) reply.code(422);
    const [agreement] = presentAgreements(deps.db, agreementsRepo.list({ ids: [id] }), deps.now(), {
      withHistory: true,
    });
    if (!agreement) throw new NotFoundError();
    const isCoordinator = user.role === 'coordinator';
    return reply.viewAsync('agreements/show', {
      title: t('agreements.detail.title', { id }),
      agreement,
      isCoordinator,
      isOwner: agreement.ownerIds.includes(user.organisationId),
      canReport: !isCoordinator && agreement.isOpen && !agreement.reportedDone,
      note: form.note ?? '',
      errors: form.errors ?? {},
      privacy: form.privacy,
      statuses: statusOptions().filter((option) => option.value !== agreement.status),
      // Handled from a meeting's "Openstaande afspraken": recorded as decided at that meeting, and back to it.
      atMeetingId,
      back: atMeetingId ? `/meetings/${atMeetingId}/verslag#afspraken` : `/agreements/${id}`,
    });
  };

  app.get(
    '/agreements/:id',
    { config: { ...member, keepPage: true }, schema: { params: IdParams, querystring: AtMeetingQuery } },
    async (request, reply) => {
      const user = requireUser(request);
      findOwnAgreement(request.params.id, user);
      return renderAgreement(reply, user, request.params.id, {}, meetingIdOf(request.query.overleg));
    },
  );

  app.post(
    '/agreements/:id/notes',
    { config: member, schema: { params: IdParams, body: NoteBody } },
    async (request, reply) => {
      const user = requireUser(request);
      const { id } = request.params;
      findOwnAgreement(id, user);
      const form = cleanForm(request.body);
      const text = form.text ?? '';
      const result = checkFormPrivacy(
        privacyAllowList(deps.db),
        validateNote(text),
        [{ name: 'text', label: t('agreements.detail.noteLabel'), value: text }],
        form,
        deps.now(),
      );
      if (!result.ok) return renderAgreement(reply, user, id, { note: text, ...result });
      addProgressNote(deps.db, contextOf(opts, user), {
        agreementId: id,
        organisationId: user.organisationId,
        text: result.value,
        privacy: result.privacy,
      });
      return reply.flash(t('agreements.detail.noteAdded')).redirect(`/agreements/${id}#voortgang`);
    },
  );

  /** Runs a change action; a refusal by the core's rules comes back as a notice on the page the user came from. */
  const change = (reply: FastifyReply, back: string, run: () => void, done: string) => {
    try {
      run();
    } catch (error) {
      if (error instanceof AgreementChangeRefused) return reply.flash(error.message).redirect(back);
      throw error;
    }
    return reply.flash(done).redirect(back);
  };

  app.post(
    '/agreements/:id/gereed',
    { config: member, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const user = requireUser(request);
      const { id } = request.params;
      findOwnAgreement(id, user);
      return change(
        reply,
        `/agreements/${id}`,
        () => reportDone(deps.db, contextOf(opts, user), { agreementId: id }),
        t('agreements.detail.reportedDone'),
      );
    },
  );

  app.post(
    '/agreements/:id/bevestigen',
    { config: coordinator, schema: { params: IdParams, body: BackBody } },
    async (request, reply) => {
      const user = requireUser(request);
      const { id } = request.params;
      findOwnAgreement(id, user);
      return change(
        reply,
        safeBack(request.body.back, `/agreements/${id}`),
        () =>
          confirmDone(deps.db, contextOf(opts, user), {
            agreementId: id,
            meetingId: meetingIdOf(request.body.meetingId),
          }),
        t('agreements.detail.confirmed'),
      );
    },
  );

  app.post(
    '/agreements/:id/status',
    { config: coordinator, schema: { params: IdParams, body: StatusBody } },
    async (request, reply) => {
      const user = requireUser(request);
      const { id } = request.params;
      findOwnAgreement(id, user);
      const status = agreementStatuses.find((value) => value === request.body.status);
      if (!status) throw new DomainError('BAD_STATUS', t('common.errors.badRequest'), 400);
      return change(
        reply,
        safeBack(request.body.back, `/agreements/${id}`),
        () =>
          setAgreementStatus(deps.db, contextOf(opts, user), {
            agreementId: id,
            status,
            meetingId: meetingIdOf(request.body.meetingId),
          }),
        t('agreements.detail.statusChanged', { status: t(`agreements.status.${status}`) }),
      );
    },
  );

  app.post(
    '/agreements/:id/verlengen',
    { config: coordinator, schema: { params: IdParams, body: RenewBody } },
    async (request, reply) => {
      const user = requireUser(request);
      const { id } = request.params;
      findOwnAgreement(id, user);
      const back = safeBack(request.body.back, `/agreements/${id}`);
      const due = validateDue(request.body.dueKind, request.body.dueDate?.trim());
      if (!due) return reply.flash(t('agreements.errors.renewDue')).redirect(back);
      return change(
        reply,
        back,
        () =>
          renewAgreement(deps.db, contextOf(opts, user), {
            agreementId: id,
            due,
            meetingId: meetingIdOf(request.body.meetingId),
          }),
        t('agreements.detail.renewed', {
          due: due.kind === 'date' ? formatDate(due.date) : t('agreements.due.next'),
        }),
      );
    },
  );
};

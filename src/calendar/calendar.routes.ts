// Calendar downloads and feeds: a meeting as .ics for its participants, an organisation's secret feed, and
// replacing the feed link (by the coordinator on the organisation page, by members for their own organisation).
import type { FastifyReply } from 'fastify';
import { hashToken } from '../auth/tokens.js';
import { dataVersion } from '../db/data-version.js';
import { requireUser } from '../http/access.js';
import { actionContext } from '../http/action-context.js';
import { renderConfirmation } from '../http/confirm.js';
import { NotFoundError, orNotFound } from '../http/errors.js';
import { formBody, IdParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { Type } from '../http/schema.js';
import { tokenRateLimit } from '../http/security.plugin.js';
import { createParticipation } from '../invitations/participation.js';
import { t } from '../locale/index.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { readSettings } from '../settings/settings.js';
import { toAmsterdamDate } from '../shared/dates.js';
import { replaceFeedToken } from './calendar.actions.js';
import { buildPublish } from './calendar.js';
import { createCalendarRepository } from './calendar.repository.js';
import { etagFor, matchesEtag } from './feeds.js';

const FeedParams = Type.Object({
  token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }),
});
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

export const calendarRoutes: ModulePlugin = async (app, opts) => {
  const { config, deps } = opts;
  const meetings = createMeetingsRepository(deps.db);
  const calendars = createCalendarRepository(deps.db);
  const organisations = createOrganisationsRepository(deps.db);
  /** The calendar names the installation's gemeente as it is set now. */
  const calendarConfig = () => ({ ...config, gemeente: readSettings(deps.db).gemeenteName });

  const participation = createParticipation(deps.db);

  /** An organisation's feed as it was at one database version, by the hash of its token. */
  interface BuiltFeed {
    version: string;
    body: string;
    etag: string;
  }
  // Calendar apps ask for their feed every few hours and nearly always get "not modified": while no row in the
  // database changed, the feed (and whether its token still works) is the one built before, without reading the
  // meetings or building the iCalendar text again. One entry per working feed link.
  const builtFeeds = new Map<string, BuiltFeed>();

  /** The feed behind a token as it is now, or null when the token does not (or no longer) work. */
  const feedOf = (tokenHash: string): BuiltFeed | null => {
    const version = dataVersion(deps.db);
    const built = builtFeeds.get(tokenHash);
    if (built?.version === version) return built;
    builtFeeds.delete(tokenHash);
    const feed = calendars.findActiveFeedToken(tokenHash);
    const organisation = feed ? organisations.find(feed.organisationId) : null;
    if (!feed || !organisation) return null;
    const body = buildPublish(calendarConfig(), {
      name: t('calendar.feedName', { organisation: organisation.name }),
      meetings: participation.visibleTo(
        { role: 'member', organisationId: organisation.id },
        meetings.list({ concepts: false }),
      ),
      refresh: true,
    });
    const fresh = { version, body, etag: etagFor(body) };
    builtFeeds.set(tokenHash, fresh);
    return fresh;
  };

  app.get(
    '/meetings/:id/invite.ics',
    { config: { access: 'member' }, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = orNotFound(meetings.find(id));
      // Participation as the meeting pages decide it: a member who does not take part gets "not found".
      if (!participation.sees(requireUser(request), meeting)) throw new NotFoundError();
      const body = buildPublish(calendarConfig(), { name: t('calendar.downloadName'), meetings: [meeting] });
      return reply
        .type(CALENDAR_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="ketenoverleg-${toAmsterdamDate(meeting.startsAt)}.ics"`,
        )
        .send(body);
    },
  );

  app.get(
    '/calendar/:token.ics',
    { config: { access: 'public', rateLimit: tokenRateLimit }, schema: { params: FeedParams } },
    async (request, reply) => {
      const feed = feedOf(hashToken(request.params.token));
      if (!feed) throw new NotFoundError();
      // The URL is the secret: calendar apps may cache the feed, shared caches may not.
      reply.header('etag', feed.etag).header('cache-control', 'private, no-cache');
      if (matchesEtag(request.headers['if-none-match'], feed.etag)) return reply.code(304).send();
      return reply.type(CALENDAR_TYPE).send(feed.body);
    },
  );

  const confirmReplace = (reply: FastifyReply, organisationName: string, action: string, cancel: string) =>
    renderConfirmation(reply, {
      question: t('calendar.replace.question', { organisation: organisationName }),
      consequences: [t('calendar.replace.consequence')],
      action,
      submit: t('calendar.replace.submit'),
      cancel,
    });

  /** Replaces (or makes the first) feed link and says which of the two happened. */
  const replace = (request: Parameters<typeof requireUser>[0], organisationId: number): string => {
    const { replaced } = replaceFeedToken(deps.db, actionContext(request, opts), { organisationId });
    return t(replaced ? 'calendar.replace.replaced' : 'calendar.replace.created');
  };

  app.get(
    '/organisations/:id/feed/replace',
    { config: { access: 'coordinator' }, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const organisation = orNotFound(organisations.find(id));
      return confirmReplace(
        reply,
        organisation.name,
        `/organisations/${id}/feed`,
        `/organisations/${id}#feed-title`,
      );
    },
  );

  app.post(
    '/organisations/:id/feed',
    { config: { access: 'coordinator' }, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      orNotFound(organisations.find(id));
      return reply.flash(replace(request, id)).redirect(`/organisations/${id}#feed-title`);
    },
  );

  app.get('/calendar/replace', { config: { access: 'member' } }, async (request, reply) => {
    const user = requireUser(request);
    return confirmReplace(reply, user.organisationName, '/calendar/feed', '/#feed-title');
  });

  app.post(
    '/calendar/feed',
    { config: { access: 'member' }, schema: { body: formBody([]) } },
    async (request, reply) => {
      return reply.flash(replace(request, requireUser(request).organisationId)).redirect('/#feed-title');
    },
  );
};

// Passwordless login: ask for a link, confirm it on a page (so mail scanners can't use it up), log out.

import { contextOf } from '../http/action-context.js';
import { cleanForm, formBody, TokenParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { Type } from '../http/schema.js';
import { strictRateLimit, tokenRateLimit } from '../http/security.plugin.js';
import { t } from '../locale/index.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { readSettings, type Settings } from '../settings/settings.js';
import { isEmailAddress } from '../shared/email.js';
import type { TokenlessPage } from '../views/view.plugin.js';
import { mailLoginLink } from './auth.actions.js';
import {
  isLoginTokenUsable,
  LOGIN_LINK_MINUTES,
  loginLinkWindowStart,
  mayMailLoginLink,
  safeNext,
} from './auth.js';
import { createAuthRepository } from './auth.repository.js';
import { hashToken } from './tokens.js';

const LoginBody = formBody(['email', 'next']);
const LoginQuery = Type.Object({ next: Type.Optional(Type.String({ maxLength: 500 })) });

export const authRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const repo = createAuthRepository(deps.db);
  const contacts = createContactsRepository(deps.db);
  const plainLoginPages = new WeakMap<Settings, TokenlessPage>();

  app.get(
    '/login',
    { config: { access: 'guest' }, schema: { querystring: LoginQuery } },
    async (request, reply) => {
      const { next } = request.query;
      const data = { title: t('auth.login.title'), values: { next: safeNext(next) } };
      // Without a page to return to or a notice to show, the page is the same for every visitor but for the CSRF
      // token: rendered once per version of the installation's names, then sent with each visitor's own token.
      if (next !== undefined || request.flashMessage !== null) return reply.viewAsync('auth/login', data);
      const settings = readSettings(deps.db);
      let page = plainLoginPages.get(settings);
      if (!page) {
        page = await reply.renderTokenless('auth/login', data);
        plainLoginPages.set(settings, page);
      }
      return reply.sendTokenless(page);
    },
  );

  app.post(
    '/login',
    { config: { access: 'guest', rateLimit: strictRateLimit }, schema: { body: LoginBody } },
    async (request, reply) => {
      const values = cleanForm(request.body);
      const email = (values.email ?? '').toLowerCase();
      if (!isEmailAddress(email)) {
        reply.code(422);
        const errors = { email: t('auth.login.invalidEmail') };
        return reply.viewAsync('auth/login', { title: t('auth.login.title'), values, errors });
      }
      const contact = contacts.findLoginContact(email);
      const since = loginLinkWindowStart(deps.now());
      if (contact && mayMailLoginLink(repo.countLoginTokensSince(contact.id, since))) {
        const next = safeNext(values.next);
        mailLoginLink(deps.db, contextOf(opts), { contactId: contact.id, email, next });
        app.nudgeOutbox();
      }
      // The same answer whether or not the address is known or over its limit, so the form reveals nothing.
      return reply.viewAsync('auth/login-sent', {
        title: t('auth.sent.title'),
        email,
        minutes: LOGIN_LINK_MINUTES,
      });
    },
  );

  app.get(
    '/login/:token',
    {
      config: { access: 'public', rateLimit: tokenRateLimit },
      schema: { params: TokenParams, querystring: LoginQuery },
    },
    async (request, reply) => {
      const { token } = request.params;
      const { next } = request.query;
      const found = repo.findLoginToken(hashToken(token));
      if (!found || !isLoginTokenUsable(found, deps.now())) {
        reply.code(410);
        return reply.viewAsync('auth/link-invalid', { title: t('auth.invalid.title') });
      }
      return reply.viewAsync('auth/confirm', { title: t('auth.confirm.title'), token, next: safeNext(next) });
    },
  );

  app.post(
    '/login/:token',
    {
      config: { access: 'public', rateLimit: tokenRateLimit },
      schema: { params: TokenParams, body: formBody(['next']) },
    },
    async (request, reply) => {
      const { token } = request.params;
      const tokenHash = hashToken(token);
      const found = repo.findLoginToken(tokenHash);
      const now = deps.now();
      if (!found || !isLoginTokenUsable(found, now) || !repo.useLoginToken(tokenHash, now.toISOString())) {
        reply.code(410);
        return reply.viewAsync('auth/link-invalid', { title: t('auth.invalid.title') });
      }
      reply.startSession(found.contactId);
      return reply.redirect(safeNext(cleanForm(request.body).next));
    },
  );

  app.post(
    '/logout',
    { config: { access: 'public' }, schema: { body: formBody([]) } },
    async (_request, reply) => {
      reply.endSession();
      return reply.flash(t('auth.logout.done')).redirect('/login');
    },
  );
};

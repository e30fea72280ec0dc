// Walks every registered route as anonymous visitor, school member, partner member and coordinator, against the access table.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { Db } from '../../src/db/connection.js';
import { newRandomToken } from '../../src/deps.js';
import {
  type Access,
  accessRules,
  decide,
  MissingAccessRuleError,
  type RouteEntry,
} from '../../src/http/access.js';
import { createHolidaysRepository } from '../../src/meetings/holidays.repository.js';
import { aTopic } from '../helpers/agenda-builders.js';
import { Agent } from '../helpers/agent.js';
import { anAgreement } from '../helpers/agreement-builders.js';
import { aContact, anOrganisation, anOutboxMail, aTheme, aWorld } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { buildTestApp, type TestContext } from '../helpers/test-app.js';

type Role = 'anonymous' | 'school member' | 'partner member' | 'coordinator';
const roles: Role[] = ['anonymous', 'school member', 'partner member', 'coordinator'];

let ctx: TestContext;
let world: ReturnType<typeof aWorld>;

beforeAll(async () => {
  ctx = await buildTestApp();
  world = aWorld(ctx.deps.db);
});
afterAll(async () => ctx.close());

/**
 * A fresh record for the `:id` of a route, chosen by the path segment before it, so each request (also a
 * delete or archive) finds a real record. A route whose records have no creator here gets id 1: the
 * access outcome is decided before the handler, so the walk still holds; the handler may answer 404.
 */
const creators: Record<string, (db: Db) => number> = {
  organisations: (db) => anOrganisation(db).id,
  contacts: (db) => aContact(db, anOrganisation(db).id).id,
  themes: (db) => aTheme(db).id,
  outbox: (db) => anOutboxMail(db, { status: 'failed' }).id,
  meetings: (db) => aMeeting(db, { status: 'concept' }).id,
  // A row of the shipped table, which the app seeds at start; the walk's deletes take one row each.
  holidays: (db) => createHolidaysRepository(db).list('noord')[0]?.id ?? 1,
  // An agreement owned by the school member's organisation, so a member's request reaches the handler's own checks.
  agreements: (db) =>
    anAgreement(db, { meetingId: aMeeting(db, { status: 'gehouden' }).id, ownerIds: [world.school.id] }).id,
  // A topic of the school member's organisation, so a member's request reaches the handler's own checks.
  topics: (db) =>
    aTopic(db, {
      organisationId: world.school.id,
      themeId: aTheme(db).id,
      meetingId: aMeeting(db, { status: 'concept' }).id,
      title: 'Vapes op het schoolplein',
    }).id,
};

function concreteUrl(url: string, db: Db): string {
  const segments = url.split('/');
  return segments
    .map((segment, index) =>
      segment
        .replace(/^:(\w*[iI]d)\b/, () => String(creators[segments[index - 1] ?? '']?.(db) ?? 1))
        .replace(/^:token\b/, () => newRandomToken())
        .replace(/^:file\b/, 'bestaat-niet.eml')
        .replace(/^:\w+/, 'x')
        .replace(/^\*$/, 'x'),
    )
    .join('/');
}

async function agentFor(role: Role): Promise<Agent> {
  const contactId = {
    anonymous: null,
    'school member': world.schoolMember.id,
    'partner member': world.partnerMember.id,
    coordinator: world.coordinator.id,
  }[role];
  const agent = contactId === null ? new Agent(ctx.app) : sessionAgent(ctx, contactId);
  // A page with a form, so the agent has a CSRF token: a refused POST must be refused by its access rule.
  const start = await agent.get(contactId === null ? '/login' : '/');
  expect(start.statusCode, `${role} start page`).toBe(200);
  return agent;
}

function request(agent: Agent, method: string, url: string): Promise<LightMyRequestResponse> {
  if (method === 'GET') return agent.get(url);
  if (method === 'POST') return agent.post(url);
  throw new Error(`The walk does not know how to send ${method} ${url}: teach it here`);
}

const roleOf = (role: Role) =>
  role === 'anonymous' ? 'anonymous' : role === 'coordinator' ? 'coordinator' : 'member';

const isForbiddenPage = (response: LightMyRequestResponse) =>
  response.statusCode === 403 && response.body.includes('Geen toegang');
/** The access hook's redirect; a handler that logs out redirects to /login too, but with a notice (flash). */
const isSentToLogin = (response: LightMyRequestResponse) =>
  response.statusCode === 302 &&
  String(response.headers.location ?? '').startsWith('/login') &&
  !response.cookies.some((cookie) => cookie.name === 'flash' && cookie.value !== '');

function check(route: RouteEntry, role: Role, url: string, response: LightMyRequestResponse) {
  const what = `${route.method} ${route.url} (${route.access}) as ${role} → ${response.statusCode} ${response.headers.location ?? ''}`;
  const outcome = decide(route.access, roleOf(role));
  expect(response.statusCode, what).toBeLessThan(500);
  switch (outcome) {
    case 'login':
      expect(response.statusCode, what).toBe(302);
      expect(response.headers.location, what).toBe(
        route.method === 'GET' ? `/login?next=${encodeURIComponent(url)}` : '/login',
      );
      break;
    case 'forbidden':
      expect(response.statusCode, what).toBe(403);
      expect(response.body, what).toContain('<h1 class="utrecht-heading-1">Geen toegang</h1>');
      expect(response.headers['content-type'], what).toMatch(/^text\/html/);
      break;
    case 'home':
      expect(response.statusCode, what).toBe(302);
      expect(response.headers.location, what).toBe('/');
      break;
    case 'allow':
      expect(isForbiddenPage(response), what).toBe(false);
      expect(isSentToLogin(response), what).toBe(false);
      if (route.access === 'guest') expect(response.headers.location, what).not.toBe('/');
      if (role === 'coordinator') expect(response.statusCode, what).not.toBe(403);
      break;
  }
}

describe('route access', () => {
  it('gives every role what the access table says on every registered route', async () => {
    const routes = ctx.app.routeTable;
    // The walk enumerates: it must at least see the foundation's routes of every kind of rule.
    expect(routes.length).toBeGreaterThan(20);
    for (const known of [
      'GET /healthz',
      'GET /login',
      'GET /',
      'GET /organisations',
      'POST /contacts/:id',
      'GET /dev/mail/:file',
      // The confirmation pages before a destructive action (each next to its POST).
      'GET /themes/:id/delete',
      'GET /organisations/:id/delete',
      'GET /admin/holidays/:id/delete',
      'GET /contacts/:id/archive',
      'GET /topics/:id/withdraw',
      // Minutes and agreements (src/agreements).
      'GET /meetings/:id/verslag',
      'GET /meetings/:id/verslag/:itemId',
      'POST /meetings/:id/verslag/:itemId',
      'POST /meetings/:id/verslag/vaststellen',
      'POST /meetings/:id/afsprakenlijst',
      'GET /agreements',
      'GET /agreements/print',
      'GET /agreements.csv',
      'GET /agreements/:id',
      'POST /agreements/:id/notes',
      'POST /agreements/:id/gereed',
      'POST /agreements/:id/bevestigen',
      'POST /agreements/:id/status',
      'POST /agreements/:id/verlengen',
    ]) {
      expect(routes.map((route) => `${route.method} ${route.url}`)).toContain(known);
    }
    for (const rule of accessRules)
      expect(
        routes.some((route) => route.access === rule),
        rule,
      ).toBe(true);

    let requests = 0;
    for (const route of routes) {
      expect(accessRules, `${route.method} ${route.url}`).toContain(route.access);
      for (const role of roles) {
        const agent = await agentFor(role);
        const url = concreteUrl(route.url, ctx.deps.db);
        const response = await request(agent, route.method, url);
        check(route, role, url, response);
        requests += 1;
      }
    }
    expect(requests).toBe(routes.length * roles.length);
    // Four logged-in requests per route: the walk grows with every module and runs ~20 s on a busy machine.
  }, 90_000);

  it('states the access table: who gets in, who is sent to log in, who is refused', () => {
    const table = Object.fromEntries(
      accessRules.map((rule: Access) => [
        rule,
        (['anonymous', 'member', 'coordinator'] as const).map((role) => decide(rule, role)),
      ]),
    );
    expect(table).toEqual({
      public: ['allow', 'allow', 'allow'],
      guest: ['allow', 'home', 'home'],
      member: ['login', 'allow', 'allow'],
      coordinator: ['login', 'forbidden', 'allow'],
    });
  });

  it('keeps the asked-for page when an anonymous visitor is sent to log in', async () => {
    const response = await new Agent(ctx.app).get('/organisations?soort=school');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/login?next=%2Forganisations%3Fsoort%3Dschool');
  });
});

describe('registering routes', () => {
  it('refuses a route without an access rule, also inside a module plugin', async () => {
    const app = await buildApp(ctx.config, { ...ctx.deps, closeDb: undefined });
    try {
      expect(() => app.get('/zonder-regel', async () => 'open')).toThrow(MissingAccessRuleError);
      expect(() =>
        app.get('/verkeerde-regel', { config: { access: 'iedereen' as Access } }, async () => 'open'),
      ).toThrow(/has no access rule/);
      app.register(async (module) => {
        module.post('/module/zonder-regel', async () => 'open');
      });
      await expect(app.ready()).rejects.toThrow(MissingAccessRuleError);
    } finally {
      await app.close().catch(() => {});
    }
  });

  it('records the rule of a route registered with one', async () => {
    const app = await buildApp(ctx.config, { ...ctx.deps, closeDb: undefined });
    try {
      app.get('/met-regel', { config: { access: 'coordinator' } }, async () => 'alleen coördinator');
      await app.ready();
      expect(app.routeTable).toContainEqual({
        method: 'GET',
        url: '/met-regel',
        access: 'coordinator',
        keepPage: false,
      });
      const anonymous = await app.inject({ method: 'GET', url: '/met-regel' });
      expect(anonymous.statusCode).toBe(302);
    } finally {
      await app.close();
    }
  });
});

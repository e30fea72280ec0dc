// The main navigation per role, with the current section marked.

import { t } from '../locale/index.js';
import type { SessionUser } from '../shared/session-user.js';

export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

const memberItems = [
  { href: '/', key: 'common.nav.dashboard' },
  { href: '/meetings', key: 'common.nav.meetings' },
  { href: '/topics', key: 'common.nav.topics' },
  { href: '/insight', key: 'common.nav.insight' },
];

const coordinatorItems = [
  { href: '/', key: 'common.nav.dashboard' },
  { href: '/meetings', key: 'common.nav.meetings' },
  { href: '/topics', key: 'common.nav.topics' },
  { href: '/agreements', key: 'common.nav.agreements' },
  { href: '/insight', key: 'common.nav.insight' },
  { href: '/planner', key: 'common.nav.planner' },
  { href: '/organisations', key: 'common.nav.organisations' },
  { href: '/themes', key: 'common.nav.themes' },
  { href: '/admin', key: 'common.nav.admin' },
];

/**
 * Pages whose menu item is not their URL's first segment: the coordinator reaches a meeting's triage, builder and
 * agenda from "Agendapunten", and the date polls from "Overleggen" (as their breadcrumbs say).
 */
const coordinatorSections: [RegExp, string][] = [
  [/^\/meetings\/\d+\/(topics|agenda)(\/|$)/, '/topics'],
  [/^\/polls(\/|$)/, '/meetings'],
];

/** The finished menus, one per role and current item: every page shows one of these few, so they are made once. */
const menus = new Map<string, readonly NavItem[]>();

function menu(items: readonly { href: string; key: string }[], current: string | null): readonly NavItem[] {
  const id = `${items === coordinatorItems ? 'coordinator' : 'member'} ${current}`;
  let found = menus.get(id);
  if (!found) {
    found = Object.freeze(
      items.map(({ href, key }) => Object.freeze({ href, label: t(key), current: href === current })),
    );
    menus.set(id, found);
  }
  return found;
}

export function navigationFor(user: SessionUser | null, url: string): readonly NavItem[] {
  if (!user) return [];
  const isCoordinator = user.role === 'coordinator';
  const items = isCoordinator ? coordinatorItems : memberItems;
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const section = isCoordinator
    ? (coordinatorSections.find(([pattern]) => pattern.test(path))?.[1] ?? null)
    : null;
  const current = items.find(({ href }) =>
    section ? href === section : href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`),
  );
  return menu(items, current?.href ?? null);
}

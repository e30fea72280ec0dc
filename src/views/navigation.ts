// The main navigation per role, with the current section marked.

import type { SessionUser } from '../auth/auth.repository.js';
import { t } from '../locale/index.js';

interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

const memberItems = [
  { href: '/', key: 'common.nav.dashboard' },
  { href: '/meetings', key: 'common.nav.meetings' },
  { href: '/topics', key: 'common.nav.topics' },
];

const coordinatorItems = [
  { href: '/', key: 'common.nav.dashboard' },
  { href: '/meetings', key: 'common.nav.meetings' },
  { href: '/topics', key: 'common.nav.topics' },
  { href: '/planner', key: 'common.nav.planner' },
  { href: '/organisations', key: 'common.nav.organisations' },
  { href: '/themes', key: 'common.nav.themes' },
  { href: '/admin', key: 'common.nav.admin' },
];

export function navigationFor(user: SessionUser | null, url: string): NavItem[] {
  if (!user) return [];
  const items = user.role === 'coordinator' ? coordinatorItems : memberItems;
  const path = url.split('?')[0] ?? '/';
  return items.map(({ href, key }) => ({
    href,
    label: t(key),
    current: href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`),
  }));
}

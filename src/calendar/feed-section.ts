// The view data of the feed section on the organisation page and the dashboard: the link, or a button to make one.
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import { createCalendarRepository } from './calendar.repository.js';
import { feedTokenFor, feedUrl } from './feeds.js';

export interface FeedSection {
  organisationName: string;
  /** The working feed URL, or null when the organisation has none yet. */
  url: string | null;
  since: string | null;
  /** POST here to make the (first or a new) link. */
  action: string;
  /** The confirmation page before replacing a working link. */
  confirmReplace: string;
}

export function feedSectionFor(
  config: Pick<Config, 'baseUrl' | 'sessionSecret'>,
  db: DbOrTx,
  organisation: { id: number; name: string },
  paths: { action: string; confirmReplace: string },
): FeedSection {
  const active = createCalendarRepository(db).activeFeedToken(organisation.id);
  return {
    organisationName: organisation.name,
    url: active ? feedUrl(config.baseUrl, feedTokenFor(config.sessionSecret, active.id)) : null,
    since: active?.createdAt ?? null,
    ...paths,
  };
}

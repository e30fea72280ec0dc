// Read functions of the organisations module for other modules' forms.
import type { DbOrTx } from '../db/connection.js';
import { createOrganisationsRepository } from './organisations.repository.js';

/** Names the privacy guard must never flag at run time: every organisation and its place. */
export function privacyAllowList(db: DbOrTx): string[] {
  return createOrganisationsRepository(db)
    .list({ includeArchived: true })
    .flatMap((organisation) =>
      organisation.place ? [organisation.name, organisation.place] : [organisation.name],
    );
}

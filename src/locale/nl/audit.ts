// Dutch text for the audit log.
export const audit = {
  title: 'Logboek',
  intro: 'Wijzigingen door de coördinator: wie, wat, welk gegeven en wanneer. De inhoud van teksten staat hier bewust niet in.',
  when: 'Wanneer',
  who: 'Wie',
  what: 'Wat',
  record: 'Gegeven',
  empty: 'Nog geen wijzigingen.',
  formerContact: 'oud-contactpersoon',
  actions: {
    create: 'toegevoegd',
    update: 'gewijzigd',
    delete: 'verwijderd',
    archive: 'gearchiveerd',
    restore: 'teruggezet',
    retry: 'opnieuw verstuurd',
  },
  entities: {
    organisation: 'organisatie',
    contact: 'contactpersoon',
    theme: 'thema',
    outbox: 'mail',
  },
} as const;

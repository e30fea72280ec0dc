// Dutch text for organisations and contacts.
export const organisations = {
  title: 'Organisaties',
  new: 'Nieuwe organisatie',
  intro:
    'Scholen en kernpartners worden voor elk overleg uitgenodigd; partners per thema alleen als hun thema op de agenda staat. Open een organisatie om haar contactpersonen te beheren.',
  none: 'Nog geen organisaties van dit soort.',
  contactCount: { one: '{count} contactpersoon', other: '{count} contactpersonen' },
  archivedTitle: 'Gearchiveerde organisaties',
  archivedOn: 'Gearchiveerd op',
  manageTitle: 'Archiveren of verwijderen',
  archiveHelp:
    'Doet een organisatie niet meer mee? Archiveer haar: ze krijgt geen uitnodigingen meer, maar blijft zichtbaar in eerdere overleggen en afspraken.',
  archive: 'Archiveren',
  restore: 'Terugzetten',
  delete: 'Verwijderen',
  kinds: { school: 'School', core: 'Kernpartner', optional: 'Partner per thema' },
  kindsPlural: {
    school: 'Scholen',
    core: 'Kernpartners (altijd uitgenodigd)',
    optional: 'Partners per thema',
  },
  form: {
    newTitle: 'Nieuwe organisatie',
    editTitle: 'Organisatie wijzigen',
    name: 'Naam',
    kind: 'Soort',
    kindHelp:
      'Kernpartners worden voor elk overleg uitgenodigd; partners per thema alleen als hun thema op de agenda staat.',
    place: 'Plaats',
  },
  errors: {
    nameRequired: 'Vul de naam van de organisatie in.',
    nameTaken: 'Er is al een organisatie met deze naam.',
    kindRequired: 'Kies het soort organisatie.',
  },
  flash: {
    created: '{name} is toegevoegd.',
    updated: '{name} is opgeslagen.',
    deleted: '{name} is verwijderd.',
    archived: '{name} is gearchiveerd.',
    restored: '{name} is teruggezet.',
  },
  deleteConfirm: {
    question: 'Weet je zeker dat je organisatie {name} wilt verwijderen?',
    consequence: 'De organisatie wordt definitief verwijderd. Dit kun je niet terugdraaien.',
    archiveInstead:
      'Heeft de organisatie nog contactpersonen, agendapunten, afspraken of koppelingen aan thema’s, dan kan verwijderen niet. Archiveer haar dan: ze krijgt geen uitnodigingen meer, maar blijft zichtbaar in eerdere overleggen en afspraken.',
    submit: 'Organisatie verwijderen',
  },
  deleteRefused: {
    title: '{name} kan niet worden verwijderd',
    body: 'Deze organisatie wordt nog gebruikt:',
    contacts: { one: '{count} contactpersoon', other: '{count} contactpersonen' },
    topics: { one: '{count} agendapunt', other: '{count} agendapunten' },
    agreements: { one: '{count} afspraak', other: '{count} afspraken' },
    themes: { one: '{count} koppeling aan een thema', other: '{count} koppelingen aan thema’s' },
    archiveInstead:
      'Verwijderen zou de geschiedenis onvolledig maken. Archiveer de organisatie in plaats daarvan: ze krijgt dan geen uitnodigingen meer.',
  },
} as const;

export const contacts = {
  title: 'Contactpersonen',
  new: 'Nieuwe contactpersoon',
  none: 'Nog geen contactpersonen. Voeg er een toe, zodat de organisatie uitnodigingen krijgt.',
  caption: 'Contactpersonen van {name}',
  invitations: 'Krijgt uitnodigingen',
  archive: 'Archiveren',
  restore: 'Terugzetten',
  archivedTitle: 'Oud-contactpersonen',
  archivedOn: 'gearchiveerd op {date}',
  formerContact: 'oud-contactpersoon',
  retentionNote:
    'Van oud-contactpersonen worden naam en e-mailadres na de bewaartermijn definitief verwijderd.',
  archiveConfirm: {
    question: 'Weet je zeker dat je {name} van {organisation} wilt archiveren?',
    consequence:
      '{name} kan dan niet meer inloggen en krijgt geen uitnodigingen en andere mail van het ketenoverleg meer.',
    restore:
      'Je kunt {name} terugzetten zolang de bewaartermijn loopt. Daarna worden naam en e-mailadres definitief verwijderd.',
    submit: 'Contactpersoon archiveren',
  },
  access: { none: 'Geen (alleen uitnodigingen)', member: 'Deelnemer', coordinator: 'Coördinator' },
  form: {
    newTitle: 'Nieuwe contactpersoon',
    editTitle: 'Contactpersoon wijzigen',
    name: 'Naam',
    email: 'Werk-e-mailadres',
    emailHelp: 'Hierop komen uitnodigingen en inloglinks binnen.',
    role: 'Functie',
    roleHelp: 'Bijvoorbeeld directeur, ondersteuningscoördinator of jeugdagent.',
    access: 'Toegang tot het ketenoverleg',
    accessHelp:
      'Deelnemers kunnen inloggen, agendapunten indienen en afspraken volgen. De coördinator beheert alles.',
    receivesInvitations: 'Krijgt uitnodigingen voor het overleg',
  },
  errors: {
    nameRequired: 'Vul de naam van de contactpersoon in.',
    emailRequired: 'Vul het werk-e-mailadres in.',
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@school.nl.',
    emailTaken: 'Dit e-mailadres hoort al bij een andere contactpersoon.',
    accessInvalid: 'Kies een toegang uit de lijst.',
  },
  flash: {
    created: '{name} is toegevoegd.',
    updated: '{name} is opgeslagen.',
    archived: '{name} is gearchiveerd en kan niet meer inloggen.',
    restored: '{name} is teruggezet.',
    cannotArchiveSelf: 'Je kunt jezelf niet archiveren.',
  },
} as const;

export const themes = {
  title: 'Thema’s',
  new: 'Nieuw thema',
  intro:
    'Agendapunten worden onder een thema ingediend. Staat een thema op de agenda, dan stelt het ketenoverleg voor de gekoppelde partners uit te nodigen.',
  partners: 'Partners die aansluiten',
  noPartners: 'geen extra partners',
  archive: 'Archiveren',
  restore: 'Terugzetten',
  delete: 'Verwijderen',
  archivedTitle: 'Gearchiveerde thema’s',
  form: {
    newTitle: 'Nieuw thema',
    editTitle: 'Thema wijzigen',
    name: 'Naam',
    description: 'Toelichting',
    partners: 'Partners die bij dit thema aansluiten',
    partnersHelp: 'Kernpartners zijn altijd uitgenodigd; kies hier welke partners per thema erbij horen.',
    noOptionalPartners: 'Er zijn nog geen partners per thema. Voeg ze toe bij Organisaties.',
  },
  errors: {
    nameRequired: 'Vul de naam van het thema in.',
    nameTaken: 'Er is al een thema met deze naam.',
  },
  flash: {
    created: 'Thema {name} is toegevoegd.',
    updated: 'Thema {name} is opgeslagen.',
    deleted: 'Thema {name} is verwijderd.',
    archived: 'Thema {name} is gearchiveerd.',
    restored: 'Thema {name} is teruggezet.',
  },
  deleteConfirm: {
    question: 'Weet je zeker dat je thema {name} wilt verwijderen?',
    consequence:
      'Het thema en de koppelingen met partners worden definitief verwijderd. Dit kun je niet terugdraaien.',
    archiveInstead:
      'Zijn er al agendapunten onder dit thema ingediend, dan kan verwijderen niet. Archiveer het thema dan: het verdwijnt uit de keuzelijst, maar blijft bij oude agendapunten staan.',
    submit: 'Thema verwijderen',
  },
  deleteRefused: {
    title: 'Thema {name} kan niet worden verwijderd',
    body: {
      one: 'Er is {count} agendapunt onder dit thema ingediend. Archiveer het thema: het verdwijnt dan uit de keuzelijst, maar blijft bij het oude agendapunt staan.',
      other:
        'Er zijn {count} agendapunten onder dit thema ingediend. Archiveer het thema: het verdwijnt dan uit de keuzelijst, maar blijft bij de oude agendapunten staan.',
    },
  },
} as const;

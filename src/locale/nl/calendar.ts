// Dutch text in calendar items, feeds, downloads and calendar replies.
export const calendar = {
  description: {
    intro: 'Halfjaarlijks ketenoverleg Veilige School.',
    online: 'Online deelnemen: {url}',
    details: 'Agenda en details: {url}',
    privacy: 'Deel in dit overleg geen persoonsgegevens van leerlingen.',
  },
  feedName: 'Ketenoverleg – {organisation}',
  downloadName: 'Ketenoverleg',
  download: 'Zet in je agenda (.ics)',
  feed: {
    title: 'Overleggen in je eigen agenda',
    intro:
      'Met deze link zie je alle overleggen van {organisation} in je eigen agenda. Je agenda haalt de link zelf op; nieuwe overleggen en wijzigingen verschijnen binnen een paar uur. Een geannuleerd overleg blijft staan, als geannuleerd.',
    secret:
      'Deel de link alleen binnen je organisatie: wie de link heeft, ziet de datums, tijden en plaatsen van de overleggen.',
    label: 'Agendalink van {organisation}',
    since: 'Deze link bestaat sinds {date}.',
    none: 'Er is nog geen agendalink voor {organisation}.',
    create: 'Agendalink maken',
    replace: 'Link vervangen',
    outlookTitle: 'Outlook',
    outlook:
      'Kies in Outlook (ook Outlook op het web) bij Agenda voor “Agenda toevoegen” en dan “Abonneren via internet” (of “Van internet”). Plak de link, geef de agenda een naam en kies Importeren of Opslaan.',
    googleTitle: 'Google Agenda',
    google:
      'Open Google Agenda op een computer. Klik links naast “Andere agenda’s” op + en kies “Via URL”. Plak de link en kies “Agenda toevoegen”. De agenda verschijnt daarna ook op je telefoon.',
  },
  replace: {
    question: 'Weet je zeker dat je de agendalink van {organisation} wilt vervangen?',
    consequence:
      'De oude link werkt meteen niet meer. Wie de overleggen met de oude link in de agenda heeft, moet de nieuwe link opnieuw toevoegen.',
    submit: 'Link vervangen',
    replaced: 'De agendalink is vervangen. De oude link werkt niet meer.',
    created: 'De agendalink is gemaakt.',
  },
} as const;

// Dutch text in calendar items, feeds, downloads and calendar replies.
export const calendar = {
  description: {
    intro: 'Halfjaarlijks ketenoverleg Veilige School.',
    online: 'Online deelnemen: {url}',
    details: 'Agenda en details: {url}',
    answer: 'Je antwoord, waarom je bent uitgenodigd en de agenda (zonder inloggen): {url}',
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
  replies: {
    title: 'Agenda-antwoorden',
    adminCard:
      'Antwoorden uit Outlook en Gmail die niet vanzelf bij een uitnodiging horen; ook een antwoord uploaden.',
    intro:
      'Wie een uitnodiging in Outlook, Gmail of een andere agenda accepteert of weigert, stuurt een antwoord naar het adres van het ketenoverleg. De app verwerkt die antwoorden zelf. Hier upload je een antwoord dat je als bestand hebt, en hier staan de antwoorden die de app niet bij een uitnodiging kon plaatsen.',
    choice: '{name} ({organisation}) – {meeting}',
    upload: {
      title: 'Antwoord uploaden',
      label: 'Antwoord als bestand (.ics of .eml)',
      help: 'Sla het antwoord in je mailprogramma op als bestand (in Outlook: Bestand → Opslaan als) en kies het hier. Hoogstens {kb} kB.',
      submit: 'Antwoord verwerken',
      missing: 'Kies een bestand met een agenda-antwoord.',
      tooLarge:
        'Dit bestand is groter dan {kb} kB. Een agenda-antwoord is veel kleiner: kies het antwoord zelf.',
      'no-calendar':
        'In {file} staat geen agenda-antwoord. Kies de mail met “Geaccepteerd”, “Geweigerd” of “Voorlopig” in het onderwerp.',
      'not-a-reply':
        '{file} is geen antwoord maar een uitnodiging of agenda-item. Kies de mail met “Geaccepteerd”, “Geweigerd” of “Voorlopig” in het onderwerp.',
      unreadable: '{file} is geen leesbaar agendabestand.',
    },
    outcome: {
      applied: 'Het antwoord is verwerkt bij de uitnodiging.',
      older: 'Dit antwoord is ouder dan het antwoord dat er al was; er is niets veranderd.',
      ignored:
        'Dit antwoord hoort bij een eerdere versie van de uitnodiging (daarna is het overleg gewijzigd); er is niets veranderd.',
      unmatched:
        'Dit antwoord hoort niet vanzelf bij een uitnodiging. Het staat hieronder: kies bij welke uitnodiging het hoort.',
    },
    unmatched: {
      title: 'Antwoorden om te controleren',
      intro:
        'Kies bij welke uitnodiging een antwoord hoort, of leg het weg als het niet bij dit overleg hoort.',
      none: 'Er zijn geen antwoorden om te controleren.',
      noAddress: 'Onbekende afzender',
      received: 'Ontvangen op {date}',
      invitation: 'Hoort bij de uitnodiging van',
      choose: 'Kies een uitnodiging',
      answer: 'Antwoord',
      assign: 'Antwoord toekennen',
      dismiss: 'Wegleggen',
      noChoices: 'Er is geen gepland overleg met uitnodigingen waar dit antwoord bij kan horen.',
    },
    reasons: {
      'unknown-uid': 'het antwoord gaat over een afspraak die de app niet kent',
      'unknown-attendee': 'het adres staat niet bij de uitnodigingen van dit overleg',
      'unknown-answer': 'het antwoord is geen ja, nee of misschien',
    },
    partstat: {
      ACCEPTED: 'komt',
      DECLINED: 'komt niet',
      TENTATIVE: 'misschien',
      DELEGATED: 'heeft doorgestuurd',
      'NEEDS-ACTION': 'nog geen antwoord',
      unknown: 'onbekend antwoord',
    },
    answers: { ja: 'Komt', nee: 'Komt niet', misschien: 'Misschien' },
    errors: {
      invitation: 'Kies bij welke uitnodiging dit antwoord hoort.',
      answer: 'Kies het antwoord.',
    },
    assigned: {
      applied: 'Het antwoord is bij de uitnodiging gezet.',
      older: 'De uitnodiging heeft al een nieuwer antwoord; dat is blijven staan. Het antwoord is weggelegd.',
      gone: 'Dit antwoord of deze uitnodiging bestaat niet meer.',
    },
    dismissed: 'Het antwoord is weggelegd.',
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

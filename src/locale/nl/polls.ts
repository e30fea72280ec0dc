// Dutch text for date polls: the coordinator's pages and the public answer page behind the personal link.
export const polls = {
  title: 'Datumpeilingen',
  intro:
    'Met een datumpeiling kiezen de scholen en kernpartners mee. Start een peiling vanuit de datumplanner.',
  toPlanner: 'Nieuwe peiling via de datumplanner',
  empty:
    'Er zijn nog geen datumpeilingen. Zoek in de datumplanner geschikte data en vink er drie tot zes aan om een peiling te starten.',
  listCaption: 'Alle datumpeilingen, nieuwste eerst',
  name: 'Peiling',
  responses: 'Antwoorden',
  responsesCount: '{responded} van {participants}',
  closes: 'Sluit',
  started: 'Gestart',
  dates: 'Data',
  dateRange: '{first} t/m {last}',
  status: { label: 'Status', open: 'open', closed: 'gesloten', expired: 'verlopen, kies een datum' },
  show: {
    summary: {
      one: '{count} van de {participants} contactpersonen heeft geantwoord. Antwoorden kan tot en met {date}.',
      other:
        '{count} van de {participants} contactpersonen hebben geantwoord. Antwoorden kan tot en met {date}.',
    },
    expired: 'De termijn is voorbij: niemand kan nog antwoorden. Kies een datum of sluit de peiling.',
    closedWithMeeting: 'Deze peiling is gesloten op {date}. De gekozen datum is nu het overleg:',
    closedWithout: 'Deze peiling is gesloten op {date} zonder dat er een datum is gekozen.',
    tableTitle: 'Beschikbaarheid per organisatie',
    scrollHint: 'Schuif de tabel opzij om alle data te zien.',
    caption:
      'Beschikbaarheid per organisatie en datum. Een organisatie kan als minstens één van haar contactpersonen kan.',
    organisation: 'Organisatie',
    respondedOf: '{responded} van {contacts} geantwoord',
    totalAvailable: 'Kunnen (ja)',
    totalMaybe: 'Misschien',
    totalUnavailable: 'Kunnen niet',
    totalUnknown: 'Nog geen antwoord',
    best: 'Beste datum',
    noBest: 'Er is nog geen datum waarop een organisatie kan.',
    bestRule: {
      'most-available': '{date} is de beste datum: daarop kunnen de meeste organisaties ({count}).',
      'most-maybe':
        '{date} is de beste datum: evenveel organisaties kunnen als op een andere datum ({count}), maar hier kunnen meer organisaties misschien.',
      earliest: {
        one: '{date} is de beste datum: meerdere data scoren gelijk ({count} organisatie kan), en dit is de vroegste.',
        other:
          '{date} is de beste datum: meerdere data scoren gelijk ({count} organisaties kunnen), en dit is de vroegste.',
      },
    },
    tieRule:
      'Zo kiezen we de beste datum: de meeste organisaties die kunnen; bij gelijke stand de meeste die misschien kunnen; daarna de vroegste datum.',
    answer: { ja: 'ja', misschien: 'misschien', nee: 'nee', none: 'geen antwoord' },
  },
  own: {
    kind: 'Datumpeiling:',
    title: 'Welke datum past?',
    intro: 'De coördinator zoekt een datum voor het volgende overleg. Geef per datum aan of je kunt.',
    waiting: 'je hebt nog niet geantwoord · antwoorden kan tot en met {date}',
    answered: 'je hebt geantwoord · wijzigen kan tot en met {date}',
    answer: 'Geef je antwoord',
    change: 'Wijzig je antwoord',
  },
  remind: {
    title: 'Nog geen antwoord',
    intro:
      'Stuur iedereen zonder antwoord één herinnering met een persoonlijke link. Wie al een herinnering kreeg, krijgt er geen tweede.',
    submit: {
      one: 'Stuur een herinnering aan {count} contactpersoon',
      other: 'Stuur een herinnering aan {count} contactpersonen',
    },
    remindedOn: 'herinnerd op {date}',
    allReminded:
      'Iedereen zonder antwoord heeft een herinnering gekregen. Wil je nog iemand bereiken, bel of mail dan zelf.',
  },
  decide: {
    title: 'Datum kiezen',
    intro:
      'Maak van een datum het overleg. De peiling sluit dan en iedereen die antwoordde, hoort welke datum het is geworden.',
    option: 'Welke datum wordt het?',
    optionLabel: '{date} – {available} kunnen, {maybe} misschien',
    bestSuffix: ' (beste datum)',
    submit: 'Maak het overleg en sluit de peiling',
    closeTitle: 'Sluiten zonder datum',
    closeIntro:
      'Gaat het overleg via deze peiling niet door? Sluit de peiling; wie antwoordde, krijgt daarover bericht.',
    close: 'Sluit de peiling zonder datum',
  },
  answer: {
    title: 'Welke datum past?',
    greeting: { plain: 'Hallo,', named: 'Hallo {name},' },
    intro:
      'We zoeken een datum voor: {title}. Geef per datum aan of je kunt. Je kunt je antwoorden wijzigen tot en met {date}.',
    legend: '{date}',
    submit: 'Antwoorden opslaan',
    saved: 'Dank je wel, je antwoorden zijn opgeslagen. Je kunt ze tot en met {date} nog wijzigen.',
    noLogin: 'Je hoeft niet in te loggen: deze link is persoonlijk. Stuur hem niet door.',
    options: { ja: 'Ja, ik kan', misschien: 'Misschien', nee: 'Nee, ik kan niet' },
  },
  closed: {
    title: 'Deze datumpeiling is gesloten',
    body: 'Je kunt niet meer antwoorden.',
    decided: 'Het overleg is op {when}.',
    undecided: 'Er is (nog) geen datum gekozen. Je hoort van de coördinator hoe het verder gaat.',
  },
  unknown: {
    title: 'Deze link werkt niet',
    body: 'Deze link voor een datumpeiling bestaat niet (meer). Controleer of je de hele link uit de mail hebt gebruikt, of vraag de coördinator om een nieuwe.',
  },
  errors: {
    titleRequired: 'Geef de peiling een naam.',
    titleTaken:
      'Er loopt al een peiling met de naam ‘{title}’. Kies een andere naam, zodat iedereen de peilingen uit elkaar houdt.',
    secondPoll:
      'Voor dit halfjaar loopt al de peiling ‘{title}’ (gestart op {date}). Kies daar een datum of sluit die peiling, of vink aan dat je bewust een tweede peiling start.',
    optionCount: 'Vink {min} tot {max} data aan voor de peiling (nu {count}).',
    optionInPast: '{date} ligt in het verleden. Kies een latere datum.',
    closesInPast: 'Kies een dag vanaf vandaag.',
    closesAfterFirst: 'De peiling moet sluiten vóór de eerste datum ({date}).',
    answerRequired: 'Kies ja, misschien of nee voor {date}.',
    optionRequired: 'Kies de datum die het overleg wordt.',
    alreadyClosed: 'Deze peiling is al gesloten.',
  },
  flash: {
    started: {
      one: 'De datumpeiling is gestart: {count} contactpersoon krijgt een mail met een persoonlijke link.',
      other:
        'De datumpeiling is gestart: {count} contactpersonen krijgen een mail met hun persoonlijke link.',
    },
    decided: 'Het overleg is gepland en de peiling is gesloten. Wie antwoordde, krijgt bericht.',
    closed: 'De peiling is gesloten zonder datum. Wie antwoordde, krijgt bericht.',
    reminded: {
      one: 'Herinnering verstuurd aan {count} contactpersoon.',
      other: 'Herinnering verstuurd aan {count} contactpersonen.',
    },
    nobodyToRemind:
      'Er is niemand meer om te herinneren: iedereen heeft geantwoord of al een herinnering gekregen.',
  },
} as const;

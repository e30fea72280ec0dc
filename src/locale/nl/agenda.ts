// Dutch text for agenda topics (submission by members), triage by the coordinator and the agenda itself.
export const topics = {
  title: 'Agendapunten',
  titleOf: 'Agendapunten van {organisation}',
  new: 'Agendapunt indienen',
  intro:
    'Hier dien je onderwerpen in voor het halfjaarlijkse overleg. Agendapunten gaan over patronen en aanpak op school, nooit over een leerling of andere persoon.',
  openFor: 'Je kunt agendapunten indienen voor het overleg van {when}, tot {deadline}.',
  deadlinePassed:
    'De deadline voor het overleg van {when} was {deadline}. Je agendapunten voor dat overleg kun je nu alleen nog bekijken; nieuwe onderwerpen kun je indienen voor een later overleg.',
  noMeeting: 'Er is nog geen overleg gepland. Je kunt al wel agendapunten indienen voor een later overleg.',
  none: 'Je organisatie heeft nog geen agendapunten ingediend. Heb je een onderwerp voor het overleg? Kies “Agendapunt indienen”.',
  forMeeting: 'Overleg van {when}',
  forLater: 'Voor een later overleg',
  viewAgenda: 'Bekijk de agenda van dit overleg',
  later: 'een later overleg',
  status: {
    label: 'Status',
    ingediend: 'ingediend',
    geagendeerd: 'op de agenda',
    doorgeschoven: 'doorgeschoven',
    samengevoegd: 'samengevoegd',
    afgewezen: 'niet geagendeerd',
    besproken: 'besproken',
  },
  outcomes: { informeren: 'informeren', bespreken: 'bespreken', besluiten: 'besluiten' },
  outcomeHelp: {
    informeren: 'je wilt de anderen informeren',
    bespreken: 'je wilt het samen bespreken',
    besluiten: 'je wilt dat het overleg een besluit neemt',
  },
  fields: {
    theme: 'Thema',
    outcome: 'Gewenste uitkomst',
    minutes: 'Voorgestelde tijd',
    minutesValue: '{minutes} minuten',
    submitted: 'Ingediend op',
    submittedOn: 'Ingediend op {date}',
    organisation: 'Ingediend door',
    meeting: 'Overleg',
  },
  mergedInto: 'Samengevoegd met “{title}” van {organisation}.',
  declinedBecause: 'Reden van de coördinator:',
  readOnly: 'De deadline is verstreken: dit agendapunt kun je alleen nog bekijken.',
  settled: 'De coördinator heeft dit agendapunt al afgehandeld.',
  edit: 'Wijzigen',
  withdraw: 'Intrekken',
  withdrawConfirm: {
    question: 'Weet je zeker dat je agendapunt “{title}” wilt intrekken?',
    consequence:
      'Het agendapunt wordt verwijderd en komt niet op de agenda. Dit kun je niet terugdraaien; wil je het later toch bespreken, dien het dan opnieuw in.',
    consequencePlanned:
      'Let op: de coördinator heeft dit agendapunt al op de agenda gezet en er tijd voor ingepland. Trek je het in, dan verdwijnt het van de agenda en hoort de coördinator dat. Dit kun je niet terugdraaien.',
    submit: 'Agendapunt intrekken',
  },
  form: {
    newTitle: 'Agendapunt indienen',
    editTitle: 'Agendapunt wijzigen',
    privacyNote:
      'Noem geen namen, klassen met leeftijden, telefoonnummers of andere gegevens van leerlingen of andere personen. Beschrijf het patroon, niet de persoon. Het ketenoverleg controleert je tekst voordat hij wordt opgeslagen.',
    meeting: 'Voor welk overleg?',
    meetingOption: 'Het overleg van {when} (indienen tot {deadline})',
    laterOption: 'Een later overleg',
    theme: 'Thema',
    themePlaceholder: 'Kies een thema',
    title: 'Titel',
    titleHelp: 'Kort en zonder namen, bijvoorbeeld “Vapes in de onderbouw”.',
    description: 'Toelichting',
    descriptionHelp: 'Wat speelt er, sinds wanneer, en wat wil je van de andere partners weten of vragen?',
    outcome: 'Wat wil je met dit agendapunt bereiken?',
    minutes: 'Hoeveel minuten heb je nodig?',
    minutesHelp: 'Tussen {min} en {max} minuten. De coördinator bepaalt de uiteindelijke tijd.',
    submit: 'Agendapunt indienen',
    save: 'Wijzigingen opslaan',
  },
  errors: {
    meeting: 'Kies voor welk overleg je dit agendapunt indient.',
    theme: 'Kies een thema uit de lijst.',
    titleRequired: 'Geef het agendapunt een titel.',
    descriptionRequired: 'Licht het agendapunt kort toe.',
    outcome: 'Kies wat je met dit agendapunt wilt bereiken.',
    minutes: 'Vul een aantal minuten in tussen {min} en {max}.',
  },
  blocked: {
    title: 'Dit agendapunt kun je niet meer wijzigen',
    deadline:
      'De deadline voor dit overleg is verstreken. Wil je toch nog iets aanpassen? Neem contact op met de coördinator.',
    settled:
      'De coördinator heeft dit agendapunt al afgehandeld. Neem contact op met de coördinator als je iets wilt aanpassen.',
    hasMerged:
      'Er zijn agendapunten van andere organisaties met dit punt samengevoegd. Neem contact op met de coördinator om het in te trekken.',
    published:
      'Dit agendapunt staat op een agenda die al is gepubliceerd. Neem contact op met de coördinator om het in te trekken.',
    back: 'Terug naar je agendapunten',
  },
  flash: {
    created: 'Je agendapunt “{title}” is ingediend.',
    updated: 'Je agendapunt “{title}” is opgeslagen.',
    withdrawn: 'Je agendapunt “{title}” is ingetrokken.',
  },
  overview: {
    title: 'Agendapunten en agenda’s',
    intro: 'Beoordeel per overleg de ingediende agendapunten en stel de agenda samen.',
    meetings: 'Komende overleggen',
    noMeetings: 'Er is nog geen overleg in concept of gepland. Plan eerst een overleg.',
    deadline: 'Indienen tot {deadline}',
    counts: '{open} te beoordelen, {accepted} op de agenda',
    published: 'Agenda gepubliceerd op {date}',
    notPublished: 'Agenda nog niet gepubliceerd',
    triage: 'Agendapunten beoordelen',
    builder: 'Agenda samenstellen',
    printable: 'Agenda bekijken',
    later: 'Voor een later overleg',
    laterHint: {
      one: 'Je vindt het onderaan bij “Agendapunten beoordelen” van een overleg; daar kun je het op de agenda zetten.',
      other:
        'Je vindt ze onderaan bij “Agendapunten beoordelen” van een overleg; daar kun je ze op de agenda zetten.',
    },
    laterNone: 'Er zijn geen agendapunten ingediend voor een later overleg.',
    laterCount: {
      one: '{count} agendapunt ingediend voor een later overleg.',
      other: '{count} agendapunten ingediend voor een later overleg.',
    },
    status: { concept: 'concept', gepland: 'gepland', gehouden: 'gehouden', geannuleerd: 'geannuleerd' },
  },
} as const;

export const triage = {
  title: 'Agendapunten beoordelen',
  intro:
    'Neem agendapunten op in de agenda, voeg vergelijkbare punten samen, schuif ze door naar het volgende overleg of wijs ze af met een reden. De indienende organisatie krijgt de uitkomst per mail.',
  deadline: 'Indienen kan tot {deadline}.',
  deadlinePassed: 'De deadline was {deadline}.',
  filter: {
    legend: 'Toon agendapunten',
    label: 'Status',
    all: 'alle statussen',
    open: 'te beoordelen',
    submit: 'Toon',
  },
  groups: {
    open: 'Te beoordelen',
    geagendeerd: 'Op de agenda',
    samengevoegd: 'Samengevoegd',
    afgewezen: 'Niet geagendeerd',
    besproken: 'Besproken',
    later: 'Ingediend voor een later overleg',
  },
  none: 'Er zijn nu geen agendapunten die op je beoordeling wachten.',
  noneInFilter: 'Geen agendapunten met deze status.',
  mergedHere: 'Samengevoegd in dit punt:',
  accept: 'Op de agenda',
  defer: 'Doorschuiven',
  deferHelp: 'Doorschuiven gaat naar het volgende overleg ({next}).',
  deferLater: 'Doorschuiven gaat naar een later overleg (er is nog geen volgend overleg).',
  merge: 'Samenvoegen',
  mergeWith: 'Samenvoegen met',
  mergePlaceholder: 'Kies een agendapunt',
  decline: 'Afwijzen',
  builderLink: 'Agenda samenstellen',
  agendaLink: 'Agenda bekijken',
  declineForm: {
    title: 'Agendapunt afwijzen',
    intro: 'Je wijst “{title}” van {organisation} af. De organisatie krijgt je reden per mail.',
    reason: 'Reden',
    reasonHelp:
      'Bijvoorbeeld: past beter bij het zorgoverleg, of: is al besproken in het vorige overleg. Noem geen personen.',
    submit: 'Afwijzen en mail versturen',
  },
  errors: {
    reasonRequired: 'Geef een reden, zodat de school weet waarom.',
    targetRequired: 'Kies met welk agendapunt je dit punt wilt samenvoegen.',
  },
  blocked: {
    status: 'Dit agendapunt heeft al een andere status; vernieuw de pagina.',
    otherMeeting: 'Dit agendapunt hoort bij een ander overleg.',
    notOnMeeting: 'Dit agendapunt is voor een later overleg en kan niet worden doorgeschoven.',
    self: 'Een agendapunt kan niet met zichzelf worden samengevoegd.',
    target: 'Met dat agendapunt kan niet worden samengevoegd.',
    cancelled: 'Dit overleg is geannuleerd. Beoordeel de agendapunten bij een ander overleg.',
  },
  flash: {
    accepted: '“{title}” staat op de agenda. {organisation} krijgt hierover een mail.',
    merged: '“{title}” is samengevoegd met “{target}”. {organisation} krijgt hierover een mail.',
    deferred: '“{title}” is doorgeschoven. {organisation} krijgt hierover een mail.',
    declined: '“{title}” is afgewezen. {organisation} krijgt hierover een mail.',
  },
} as const;

export const agenda = {
  standing: {
    opening: 'Opening en mededelingen',
    verslag: 'Verslag vorige keer',
    afspraken: 'Openstaande afspraken',
    rondvraag: 'Rondvraag',
    sluiting: 'Sluiting',
  },
  standingLabel: 'vast agendapunt',
  title: 'Agenda',
  titleOf: 'Agenda {title}',
  caption: 'Agenda van het overleg van {when}',
  when: 'Wanneer',
  where: 'Waar',
  online: 'Online',
  time: 'Tijd',
  item: 'Agendapunt',
  theme: 'Thema',
  organisations: 'Ingediend door',
  outcome: 'Doel',
  minutes: 'Minuten',
  order: 'Volgorde',
  changed: 'gewijzigd na publicatie',
  changedNotice:
    'Deze agenda is na publicatie op {date} gewijzigd. Gewijzigde punten zijn gemarkeerd met “gewijzigd na publicatie”.',
  removedTitle: 'Vervallen na publicatie',
  concept: 'Concept: deze agenda is nog niet gepubliceerd. Alleen de coördinator ziet hem.',
  notPublishedTitle: 'De agenda is nog niet gepubliceerd',
  notPublished:
    'De coördinator stelt de agenda nog samen. Zodra hij is gepubliceerd, krijg je een mail en staat hij hier.',
  ends: 'Einde: {time}',
  noAgreements: 'Er zijn geen openstaande afspraken.',
  mergedFrom: 'samen met “{title}” ({organisation})',
  print: 'Afdrukken',
  builder: {
    title: 'Agenda samenstellen',
    intro:
      'De vaste agendapunten staan er al. Agendapunten die je bij het beoordelen op de agenda zet, komen vóór de rondvraag. Zet de punten in de goede volgorde en pas het aantal minuten aan; de begintijden rekent het ketenoverleg zelf uit.',
    summary:
      'Het overleg duurt van {start} tot {end}. De agenda duurt {total} minuten en eindigt om {agendaEnd}.',
    overrun: {
      one: 'Let op: de agenda loopt {count} minuut uit. Hij eindigt om {agendaEnd}, na de geplande eindtijd van {end}. Maak punten korter of schuif er een door.',
      other:
        'Let op: de agenda loopt {count} minuten uit. Hij eindigt om {agendaEnd}, na de geplande eindtijd van {end}. Maak punten korter of schuif er een door.',
    },
    fits: 'De agenda past binnen de tijd van het overleg.',
    minutesLabel: 'Minuten voor {title}',
    up: 'Omhoog',
    down: 'Omlaag',
    upLabel: 'Agendapunt {title} omhoog',
    downLabel: 'Agendapunt {title} omlaag',
    dragLabel: 'Versleep {title}',
    saveMinutes: 'Tijden opslaan',
    moved: '“{title}” is verplaatst naar plek {position}.',
    minutesSaved: 'De tijden zijn opgeslagen.',
    minutesUnchanged: 'Er is niets gewijzigd: de tijden waren al zo.',
    publishTitle: 'Publiceren',
    publishIntro:
      'Na publicatie krijgen alle uitgenodigde organisaties een mail en zien ze de agenda. Wijzigingen daarna worden op de agenda gemarkeerd. Je ziet eerst wie welke mail krijgt.',
    publish: 'Agenda publiceren…',
    changedTitle: 'Gewijzigd na publicatie',
    changedIntro: {
      one: 'De agenda is gewijzigd sinds de laatste mail. {count} genodigde heeft de nieuwe agenda nog niet gekregen.',
      other:
        'De agenda is gewijzigd sinds de laatste mail. {count} genodigden hebben de nieuwe agenda nog niet gekregen.',
    },
    changedMail: 'Mail ‘agenda gewijzigd’ bekijken en versturen',
    publishedOn:
      'Gepubliceerd op {date}. Wijzigingen die je nu maakt, worden op de agenda gemarkeerd als “gewijzigd na publicatie”.',
    published: {
      one: 'De agenda is gepubliceerd. {count} contactpersoon krijgt een mail.',
      other: 'De agenda is gepubliceerd. {count} contactpersonen krijgen een mail.',
    },
    alreadyPublished: 'De agenda was al gepubliceerd.',
    triageLink: 'Agendapunten beoordelen',
    printableLink: 'Agenda bekijken en afdrukken',
    publishBlocked: {
      concept: 'Je kunt de agenda publiceren zodra het overleg gepland is.',
      geannuleerd: 'Dit overleg is geannuleerd; de agenda kan niet meer worden gepubliceerd.',
      gehouden: 'Dit overleg is al gehouden; de agenda kan niet meer worden gepubliceerd.',
    },
    planMeetingLink: 'Naar het overleg om het definitief te plannen',
  },
  publishPreview: {
    title: 'Agenda publiceren: controleer de mail',
    intro: {
      one: 'Als je publiceert, krijgt {count} contactpersoon de mail hieronder en kunnen de uitgenodigde organisaties de agenda bekijken. Er gaat nog niets weg tot je bevestigt.',
      other:
        'Als je publiceert, krijgen {count} contactpersonen de mail hieronder en kunnen de uitgenodigde organisaties de agenda bekijken. Er gaat nog niets weg tot je bevestigt.',
    },
    stale:
      'De agenda of de lijst van ontvangers is veranderd sinds je deze controle opende. Er is niets verstuurd. Bekijk de nieuwe versie hieronder en bevestig opnieuw.',
    recipientsTitle: { one: 'Wie krijgt de mail ({count})', other: 'Wie krijgen de mail ({count})' },
    recipientsCaption: 'Ontvangers van de agenda, met waarom hun organisatie is uitgenodigd',
    email: 'E-mailadres',
    nobody:
      'Niemand krijgt een mail: geen enkele uitgenodigde organisatie heeft een contactpersoon die uitnodigingen ontvangt. De agenda wordt wel zichtbaar.',
    mailTitle: 'Wat ze krijgen',
    subject: 'Onderwerp',
    openAgreements: { one: '{count} openstaande afspraak', other: '{count} openstaande afspraken' },
    reasonInMail:
      'Elke ontvanger leest in de mail waarom de organisatie is uitgenodigd, en krijgt een link naar de agenda.',
    confirm: { one: 'Publiceren en {count} mail versturen', other: 'Publiceren en {count} mails versturen' },
    back: 'Terug naar de agenda',
  },
  errors: {
    minutes: 'Vul bij “{title}” een aantal minuten tussen {min} en {max} in.',
  },
} as const;

// Dutch text for mail: every sentence of every mail (views/mail), the outbox and the mail folder pages.
export const mail = {
  // Under every text mail and atop every HTML mail; without settings (before `cli init`) only the app's name.
  signature: 'Ketenoverleg Veilige School – gemeente {gemeente}',
  footer: {
    covenant:
      'Deze mail is verstuurd door het ketenoverleg van het convenant “{covenant}”. Deel in dit overleg geen persoonsgegevens van leerlingen.',
    plain:
      'Deze mail is verstuurd door het ketenoverleg. Deel in dit overleg geen persoonsgegevens van leerlingen.',
  },
  // Every sentence of every mail: one entry per body in views/mail/<name>.html.hbs, with its subject. The text part is
  // derived from the same body (src/mail/mail-text.ts), so a sentence is written once.
  greeting: { plain: 'Hallo,', named: 'Hallo {name},' },
  // Under a button, in the HTML part only: the text part shows the address under the button's label anyway.
  buttonFallback: 'Werkt de knop niet? Kopieer dan dit adres in je browser:',
  login: {
    subject: 'Je inloglink voor het ketenoverleg',
    heading: 'Je inloglink',
    intro: 'Je hebt een inloglink aangevraagd voor het ketenoverleg Veilige School.',
    button: 'Inloggen',
    validity: 'De link werkt {minutes} minuten en één keer.',
    notYou: 'Heb je geen link aangevraagd? Dan kun je deze mail negeren.',
  },
  'poll-invite': {
    subject: 'Welke datum past? {title}',
    heading: 'Welke datum past?',
    intro: 'We zoeken een datum voor het volgende overleg: {title}. Wil je per datum aangeven of je kunt?',
    button: 'Geef je antwoord',
    noLogin: 'Je hoeft niet in te loggen. Antwoorden en wijzigen kan tot en met {closesOn}.',
    personal: 'Stuur deze link niet door: hij is alleen voor jou.',
  },
  'poll-reminder': {
    subject: 'Herinnering: welke datum past? {title}',
    heading: 'Welke datum past? We missen je antwoord nog',
    intro:
      'We zoeken nog steeds een datum voor het volgende overleg: {title}. We missen jouw antwoord nog. Wil je per datum aangeven of je kunt?',
    button: 'Geef je antwoord',
    noLogin: 'Je hoeft niet in te loggen. Antwoorden kan tot en met {closesOn}.',
    personal: 'Dit is de enige herinnering. Stuur deze link niet door: hij is alleen voor jou.',
  },
  'poll-outcome': {
    subject: 'Uitkomst datumpeiling: {title}',
    heading: 'Uitkomst van de datumpeiling',
    thanks: 'Dank je wel voor je antwoord op de datumpeiling “{title}”.',
    when: 'Het overleg is op {when}.',
    location: 'Locatie: {location}',
    online: 'Online: {url}',
    topics: 'Agendapunten indienen kan tot en met {deadline}. Je krijgt een uitnodiging voor je agenda.',
    meetingLink: 'Bekijk het overleg in het ketenoverleg',
    noDate:
      'De peiling is gesloten zonder dat er een datum is gekozen. De coördinator laat weten hoe het verder gaat.',
  },
  'topic-outcome': {
    subject: 'Je agendapunt “{title}”: {outcomeLabel}',
    heading: 'Je agendapunt: {outcomeLabel}',
    outcomeLabels: {
      accepted: 'geagendeerd',
      merged: 'samengevoegd',
      deferred: 'doorgeschoven',
      declined: 'niet geagendeerd',
    },
    via: 'Jullie agendapunt “{title}” is samengevoegd met “{viaTitle}”. Daarover is het volgende besloten.',
    accepted: 'Het agendapunt “{title}” staat op de agenda van het ketenoverleg van {meetingDate}.',
    merged:
      'Het agendapunt “{title}” van {organisationName} is samengevoegd met “{mergedIntoTitle}” van {mergedIntoOrganisation}. Ze worden samen besproken; beide organisaties staan bij het agendapunt vermeld.',
    deferredTo:
      'Het agendapunt “{title}” is doorgeschoven: het wordt niet besproken in het overleg van {meetingDate}, maar in het overleg van {nextMeetingDate}.',
    deferredLater:
      'Het agendapunt “{title}” is doorgeschoven: het wordt niet besproken in het overleg van {meetingDate}, maar in een later overleg.',
    declined: 'Het agendapunt “{title}” komt niet op de agenda van het overleg van {meetingDate}.',
    reason: 'Reden:',
    button: 'Je agendapunten bekijken',
  },
  'agenda-published': {
    subject: 'Agenda voor het ketenoverleg van {meetingDate}',
    heading: 'Agenda {meetingTitle}',
    intro: 'De agenda voor het ketenoverleg van {meetingDate} staat klaar.',
    location: 'Waar: {location}',
    online: 'Online: {url}',
    why: 'Je krijgt deze agenda omdat je organisatie is uitgenodigd:',
    agreement: '({owners}, uiterlijk {due}, {status})',
    button: 'Agenda bekijken en afdrukken',
  },
  'topic-reminder': {
    subject: 'Herinnering: agendapunten indienen voor het ketenoverleg',
    heading: 'Agendapunten indienen',
    intro:
      'Voor het ketenoverleg van {meetingDate} heeft {organisationName} nog geen agendapunten ingediend. Dat kan tot {deadline}.',
    why: 'Speelt er iets op school waarover je de partners wilt informeren, iets wilt bespreken of een besluit wilt? Dien het in via het ketenoverleg.',
    button: 'Agendapunt indienen',
    nothing: 'Geen onderwerpen? Dan hoef je niets te doen.',
  },
  'agreement-list': {
    subject: 'Afsprakenlijst van het ketenoverleg van {meetingDate}',
    heading: 'Afsprakenlijst {meetingTitle}',
    intro: 'Dit zijn de afspraken uit het ketenoverleg van {meetingDate}.',
    columns: { agreement: 'Afspraak', owners: 'Wie', due: 'Uiterlijk' },
    none: 'In dit overleg zijn geen afspraken gemaakt.',
    button: 'Verslag en afspraken bekijken',
    owner:
      'Is je organisatie eigenaar van een afspraak? Je ziet hem op je startpagina en kunt daar voortgang melden.',
  },
  'agreement-reminder': {
    subject: 'Herinnering: afspraak uiterlijk {due}',
    heading: 'Herinnering: afspraak uiterlijk {due}',
    intro: 'In het ketenoverleg ({meetingTitle}) heeft {organisationName} deze afspraak op zich genomen:',
    due: 'Die moet uiterlijk {due} klaar zijn. Meld de voortgang, of meld de afspraak gereed als hij klaar is.',
    button: 'Afspraak bekijken',
  },
  // The invitation mails share one body, its sentences under invitations.mail; the subject is chosen by kind there.
  invitation: { subject: '{subject}' },
  'invitation-cancel': { subject: '{subject}' },
  outbox: {
    title: 'Verzonden mail',
    intro:
      'Alle mail gaat via deze wachtrij. Mislukt een verzending, dan probeert het ketenoverleg het later opnieuw; na acht pogingen stopt het en kun je het hier opnieuw proberen.',
    transport: {
      smtp: 'Mail gaat via de ingestelde mailserver.',
      eml: 'Er is geen mailserver ingesteld: elke mail wordt als .eml-bestand weggeschreven (zie Mailmap).',
      test: 'Testomgeving.',
    },
    failedNotice: {
      one: '{count} mail kon niet worden verstuurd.',
      other: '{count} mails konden niet worden verstuurd.',
    },
    created: 'Aangemaakt',
    to: 'Aan',
    subject: 'Onderwerp',
    attempts: { one: '{count} poging', other: '{count} pogingen' },
    retry: 'Opnieuw versturen',
    retried: 'De mail staat weer in de wachtrij.',
    empty: 'Er is nog geen mail verstuurd.',
    status: { label: 'Status', pending: 'in de wachtrij', sent: 'verstuurd', failed: 'mislukt' },
  },
  smtp: {
    noStartTls:
      'De mailserver biedt geen versleuteling (STARTTLS), dus is de mail niet verstuurd. Gebruik een server met STARTTLS of smtps://, of zet SMTP_ALLOW_PLAINTEXT=true als onversleuteld versturen bewust zo moet',
  },
  dev: {
    title: 'Mailmap',
    intro:
      'Er is geen mailserver ingesteld (SMTP_URL). Elke mail staat als compleet .eml-bestand in {dir}; open er hier een om te zien wat er verstuurd is. Links in mail aan anderen zijn verborgen, en elke geopende mail staat in het logboek.',
    smtp: 'Mail gaat via de mailserver; eerder weggeschreven bestanden staan hieronder.',
    empty: 'Nog geen mail weggeschreven.',
    hidden: '[verborgen]',
    linksHidden:
      '[De persoonlijke links in deze mail zijn verborgen: met zo’n link handel je als de ontvanger. Een eigen inloglink maak je met npm run cli -- login-link <e-mail>. Dat je deze mail opende, staat in het logboek.]',
  },
} as const;

// Dutch text for mail: subjects (one per template in views/mail), the outbox and the mail folder pages.
export const mail = {
  // Under every text mail and atop every HTML mail; without settings (before `cli init`) only the app's name.
  signature: 'Ketenoverleg Veilige School – gemeente {gemeente}',
  footer: {
    covenant:
      'Deze mail is verstuurd door het ketenoverleg van het convenant “{covenant}”. Deel in dit overleg geen persoonsgegevens van leerlingen.',
    plain:
      'Deze mail is verstuurd door het ketenoverleg. Deel in dit overleg geen persoonsgegevens van leerlingen.',
  },
  login: { subject: 'Je inloglink voor het ketenoverleg' },
  'poll-invite': { subject: 'Welke datum past? {title}' },
  'poll-outcome': { subject: 'Uitkomst datumpeiling: {title}' },
  'poll-reminder': { subject: 'Herinnering: welke datum past? {title}' },
  'topic-outcome': { subject: 'Je agendapunt “{title}”: {outcomeLabel}' },
  'agenda-published': { subject: 'Agenda voor het ketenoverleg van {meetingDate}' },
  'topic-reminder': { subject: 'Herinnering: agendapunten indienen voor het ketenoverleg' },
  'agreement-list': { subject: 'Afsprakenlijst van het ketenoverleg van {meetingDate}' },
  'agreement-reminder': { subject: 'Herinnering: afspraak uiterlijk {due}' },
  // The invitation mails share one body; their subject is chosen by kind (invitations.mail.subject).
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

// Dutch text for logging in and out.
export const auth = {
  login: {
    title: 'Inloggen',
    about:
      'Het ketenoverleg is de halfjaarlijkse kennisuitwisseling over veiligheid op school van de scholen, de gemeente {gemeente} en hun partners. Contactpersonen van deze organisaties loggen hier in.',
    intro:
      'Vul je werk-e-mailadres in. Je krijgt een mail met een link waarmee je inlogt; een wachtwoord is niet nodig.',
    email: 'Werk-e-mailadres',
    emailHelp: 'Het adres waarop je de uitnodigingen voor het ketenoverleg krijgt.',
    submit: 'Stuur mij een inloglink',
    invalidEmail: 'Vul een geldig e-mailadres in, zoals naam@school.nl.',
  },
  sent: {
    title: 'Kijk in je mailbox',
    body: 'Als {email} bij ons bekend is, krijgt dit adres binnen een paar minuten een mail met een inloglink. De link werkt {minutes} minuten en één keer.',
    notReceived:
      'Geen mail gekregen? Kijk ook in je map met ongewenste mail. Staat hij daar niet, vraag dan de coördinator of je adres goed in het ketenoverleg staat.',
    again: 'Opnieuw een link aanvragen',
  },
  confirm: {
    title: 'Inloggen bevestigen',
    body: 'Je bent bijna ingelogd. Kies “Inloggen” om verder te gaan. Deze extra stap voorkomt dat een virusscanner in je mail de link ongemerkt gebruikt.',
    submit: 'Inloggen',
  },
  invalid: {
    title: 'Deze inloglink werkt niet meer',
    body: 'Een inloglink werkt 15 minuten en maar één keer. Vraag een nieuwe link aan.',
    again: 'Nieuwe inloglink aanvragen',
  },
  logout: {
    done: 'Je bent uitgelogd.',
  },
} as const;

// Dutch text for the dashboard, the admin hub and the information pages.
export const pages = {
  dashboard: {
    title: 'Start',
    greeting: 'Welkom, {name}',
    introCoordinator:
      'Hier plan je het halfjaarlijkse ketenoverleg, beheer je de deelnemers en volg je de afspraken.',
    introMember:
      'Hier vind je de overleggen waarvoor {organisation} is uitgenodigd, de agenda’s en de afspraken.',
    toTriage: {
      one: '{count} agendapunt wacht op je beoordeling',
      other: '{count} agendapunten wachten op je beoordeling',
    },
    laterToTriage: {
      one: '{count} agendapunt voor een later overleg wacht op je besluit',
      other: '{count} agendapunten voor een later overleg wachten op je besluit',
    },
    ownTopics: {
      zero: '{organisation} heeft nog geen agendapunten voor dit overleg.',
      one: '{organisation} heeft {count} agendapunt voor dit overleg.',
      other: '{organisation} heeft {count} agendapunten voor dit overleg.',
    },
    viewTopics: 'Bekijk de agendapunten',
    viewAgenda: 'Agenda bekijken',
    submitTopic: 'Agendapunt indienen',
    how: {
      title: 'Zo werkt het ketenoverleg',
      submit:
        'Scholen en partners dienen vóór de deadline agendapunten in: onderwerpen over patronen en aanpak, nooit over een leerling.',
      triage:
        'De coördinator van de gemeente zet ze op de agenda, voegt vergelijkbare punten samen of schuift ze door. Je krijgt de uitkomst per mail.',
      agenda: 'Is de agenda klaar, dan krijg je een mail en kun je hem hier bekijken en afdrukken.',
      meeting: 'Na het overleg vind je de afspraken bij het overleg, met wie ze uitvoert.',
    },
    manageTitle: 'Beheer en instellingen',
    cards: {
      organisations: 'Scholen, kernpartners en partners die per thema aansluiten, met hun contactpersonen.',
      themes: 'De onderwerpen van het convenant en welke partners erbij horen.',
      admin: 'Verzonden mail, het logboek en de schoolvakanties.',
    },
  },
  admin: {
    title: 'Beheer',
    outbox:
      'Alle mail die het ketenoverleg verstuurt, met mislukte verzendingen en een knop om het opnieuw te proberen.',
    devMail: 'Zonder mailserver schrijft het ketenoverleg elke mail als .eml-bestand weg; hier lees je ze.',
    audit: 'Wie heeft wat gewijzigd en wanneer.',
    settings: 'De naam van de gemeente en het convenant, de vakantieregio en het adres voor privacyvragen.',
    import: 'Contactpersonen van scholen en partners in één keer toevoegen vanuit een spreadsheet (CSV).',
  },
  privacy: {
    title: 'Privacy',
    lead: 'Het ketenoverleg is de halfjaarlijkse kennisuitwisseling van het convenant “{covenant}” in de gemeente {gemeente}. Deze pagina legt uit welke gegevens deze website bewaart, waarom en hoe lang.',
    principleTitle: 'Geen persoonsgegevens van leerlingen',
    principle:
      'Het convenant bepaalt dat in deze samenwerking geen persoonsgegevens worden uitgewisseld. Agendapunten, afspraken en verslagen gaan over patronen en aanpak, nooit over een persoon. De website controleert daarom elk vrij tekstveld voordat iets wordt opgeslagen.',
    storedTitle: 'Wat we bewaren',
    tableCaption: 'Gegevens die het ketenoverleg bewaart',
    colWhat: 'Gegevens',
    colWhy: 'Waarom',
    colHowLong: 'Hoe lang',
    rows: {
      contactWhat: 'Naam, werk-e-mailadres en functie van contactpersonen van scholen en partners',
      contactWhy: 'Om uit te nodigen, in te loggen en afspraken aan een organisatie te koppelen',
      contactHowLong:
        'Zolang iemand contactpersoon is. Wie vertrekt, wordt gearchiveerd; {days} dagen later worden naam en e-mailadres definitief verwijderd.',
      rsvpWhat: 'Of je komt (ja, nee, misschien) en je eventuele toelichting',
      rsvpWhy: 'Om het overleg voor te bereiden',
      rsvpHowLong:
        'Zolang het overleg in de historie staat; na het archiveren van de contactpersoon zonder naam',
      sessionWhat: 'Inloglinks en sessies (alleen als versleutelde controlewaarde)',
      sessionWhy: 'Om je veilig te laten inloggen',
      sessionHowLong:
        'Een inloglink 15 minuten; een sessie tot je uitlogt of een tijd niets doet. Verlopen links en sessies worden elk uur verwijderd.',
      auditWhat: 'Het logboek: wie wat wijzigde en wanneer, zonder de inhoud van teksten',
      auditWhy: 'Om wijzigingen te kunnen verantwoorden',
      auditHowLong: 'Zolang de website in gebruik is',
      mailWhat: 'Verstuurde mail (uitnodigingen, inloglinks, herinneringen)',
      mailWhy: 'Om te kunnen zien of een mail is aangekomen en mislukte mail opnieuw te versturen',
      mailHowLong: 'Zolang de website in gebruik is',
    },
    guardTitle: 'De privacycontrole',
    guard:
      'Staat er in een tekst iets dat lijkt op een naam, BSN, telefoonnummer, adres, geboortedatum, leeftijd met klas, leerlingnummer, rekeningnummer, kenteken of social-media-account, dan wordt de tekst niet opgeslagen en zie je precies wat je moet weghalen. Bij een twijfelgeval mag je bevestigen dat het geen persoonsgegeven is; we leggen dan vast wie dat deed, wanneer en om welk soort gegeven het ging, maar niet de tekst zelf.',
    rightsTitle: 'Inzage en correctie',
    rights:
      'Wil je weten welke gegevens over jou zijn opgeslagen, of wil je iets laten aanpassen of verwijderen? Mail naar {privacyContact}, of neem contact op met de coördinator van het ketenoverleg bij de gemeente {gemeente} of met de functionaris gegevensbescherming van de gemeente.',
  },
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    lead: 'De gemeente {gemeente} wil dat iedereen het ketenoverleg kan gebruiken. We bouwen het volgens de richtlijnen WCAG 2.1 op niveau AA.',
    statusTitle: 'Stand van zaken',
    status:
      'Het ketenoverleg voldoet naar ons beste weten aan WCAG 2.1 niveau AA. Elke pagina wordt bij elke wijziging automatisch getest met axe-core in een echte browser.',
    measuresTitle: 'Wat we doen',
    measures: {
      keyboard: 'Alles werkt met het toetsenbord; een link bovenaan brengt je direct naar de inhoud.',
      noScript: 'Alle pagina’s werken zonder JavaScript.',
      forms: 'Formulieren tonen fouten bovenaan én bij het veld, en bewaren wat je al had ingevuld.',
      contrast: 'Tekst en knoppen hebben voldoende contrast; informatie staat nooit alleen in kleur.',
      tested: 'De website werkt op telefoon, tablet en computer en met vergroting tot 400%.',
    },
    knownTitle: 'Bekende beperkingen',
    known:
      'Agenda-uitnodigingen (.ics) worden getoond door je eigen agendaprogramma; de toegankelijkheid daarvan hangt af van dat programma.',
    contactTitle: 'Iets gevonden dat niet werkt?',
    contact:
      'Laat het de coördinator van het ketenoverleg bij de gemeente {gemeente} weten. Je krijgt binnen vijf werkdagen antwoord.',
  },
} as const;

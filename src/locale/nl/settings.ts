// Dutch text for the installation's settings, `cli init` and the first start.
export const settings = {
  regions: {
    noord: 'Noord',
    midden: 'Midden',
    zuid: 'Zuid',
  },
  title: 'Instellingen',
  lead: 'Deze namen staan op elke pagina en in de privacy- en toegankelijkheidsverklaring. De vakantieregio bepaalt welke schoolvakanties de datumplanner overslaat.',
  form: {
    gemeenteName: 'Naam van de gemeente',
    gemeenteNameHelp: 'Zonder het woord “gemeente”, bijvoorbeeld Dijk en Waard.',
    covenantName: 'Naam van het convenant',
    covenantNameHelp: 'Zoals het convenant heet, bijvoorbeeld Samen werken wij aan een veilige school.',
    holidayRegion: 'Regio voor de schoolvakanties',
    holidayRegionHelp:
      'De regio waarin de scholen van de gemeente liggen (noord, midden of zuid), zoals de Rijksoverheid die indeelt.',
    privacyContact: 'E-mailadres voor vragen over privacy',
    privacyContactHelp:
      'Staat in de privacyverklaring, bijvoorbeeld het adres van de functionaris gegevensbescherming.',
  },
  flash: {
    saved: 'De instellingen zijn opgeslagen.',
  },
  errors: {
    gemeenteName: 'Vul de naam van de gemeente in.',
    covenantName: 'Vul de naam van het convenant in.',
    holidayRegion: 'Kies de regio: noord, midden of zuid.',
    privacyContact: 'Vul een geldig e-mailadres in, zoals privacy@gemeente.nl.',
  },
  init: {
    usage:
      'Gebruik: npm run cli -- init --gemeente "<naam>" --regio noord|midden|zuid --coordinator <e-mail> --naam "<naam>" [--convenant "<naam>"] [--privacy <e-mail>]',
    missing: 'Ontbreekt: --{option}.',
    unknownOption: 'Onbekende optie: {option}.',
    coordinatorRole: 'coördinator ketenoverleg',
    refused:
      'Deze installatie heeft al gegevens ({what}). init is alleen voor een lege installatie; er is niets gewijzigd. Pas namen aan onder Beheer → Instellingen, of begin met een lege DATA_DIR.',
    refusedOrganisations: 'organisaties',
    refusedSettings: 'instellingen',
    done: 'Gemeente {gemeente} is ingericht (regio {region}), met {name} <{email}> als coördinator.',
    loginCli:
      'Inloggen: npm run cli -- login-link {email} geeft een eenmalige inloglink (15 minuten geldig).',
    loginMail:
      'Inloggen: ga naar {baseUrl}/login en vul {email} in; de inloglink komt per mail. Zonder mail: npm run cli -- login-link {email}.',
  },
  export: {
    usage: 'Geef een map: npm run cli -- export /pad/naar/archief-2026',
    notEmpty:
      'De map {folder} is niet leeg. Kies een nieuwe of lege map, zodat één export bij elkaar blijft.',
    done: 'Export geschreven naar {folder}: {count} CSV-bestanden en ketenoverleg.json.',
  },
  firstStart: {
    demoLink: 'Log in als coördinator (demo, eenmalig, 15 minuten geldig):',
    empty:
      'Deze installatie is nog leeg. Richt haar in met: npm run cli -- init --gemeente "<naam>" --regio noord|midden|zuid --coordinator <e-mail> --naam "<naam>"',
    loginLinkHint: 'Inloggen zonder mail: npm run cli -- login-link <e-mail>',
  },
} as const;

// Dutch text for how forms show the privacy guard's findings.
export const privacyForm = {
  summaryBlocked: 'Je tekst lijkt persoonsgegevens te bevatten',
  summaryWarned: 'Controleer je tekst op persoonsgegevens',
  blocked:
    'De tekst bij “{field}” lijkt persoonsgegevens te bevatten. Haal weg wat gemarkeerd is; daarna kun je opslaan.',
  warned:
    'De tekst bij “{field}” bevat misschien een persoonsgegeven. Haal het gemarkeerde weg, of bevestig dat het geen persoonsgegeven is.',
  introBlocked: 'Deze tekst lijkt persoonsgegevens te bevatten. Dit is gemarkeerd:',
  introWarned: 'Deze tekst bevat misschien een persoonsgegeven. Dit is gemarkeerd:',
  markedLabel: 'Je tekst, met de gevonden persoonsgegevens gemarkeerd',
  confirm: 'Ik heb het gemarkeerde gecontroleerd: dit is geen persoonsgegeven. Toch opslaan.',
} as const;

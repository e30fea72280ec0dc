// Dutch text for how forms show the privacy guard's findings.
export const privacyForm = {
  markedLabel: 'Je tekst, met de gevonden persoonsgegevens gemarkeerd',
  blocked: 'Verwijder de persoonsgegevens uit “{field}”. Zonder die gegevens kun je opslaan.',
  warned: 'Controleer “{field}”: hier staat mogelijk een persoonsgegeven.',
  confirm: 'Ik heb dit gecontroleerd: dit is geen persoonsgegeven. Toch opslaan.',
  severity: { block: 'Verwijderen', warn: 'Controleren' },
} as const;

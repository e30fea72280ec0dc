// Dutch text of the privacy guard: category labels and the message that tells the writer what to remove.
export const privacy = {
  labels: {
    name: 'naam',
    bsn: 'BSN',
    phone: 'telefoonnummer',
    email: 'e-mailadres',
    address: 'adres',
    birthdate: 'geboortedatum',
    age_class: 'leeftijd en klas',
    student_number: 'leerlingnummer',
    iban: 'rekeningnummer (IBAN)',
    licence_plate: 'kenteken',
    social_handle: 'social-media-account',
  },
  severities: {
    block: 'niet toegestaan',
    warn: 'controleren',
  },
  messages: {
    name: "Verwijder '{text}': dit lijkt de naam van een persoon.",
    bsn: "Verwijder '{text}': dit lijkt een burgerservicenummer (BSN).",
    phone: "Verwijder '{text}': dit lijkt een persoonlijk telefoonnummer.",
    email: "Verwijder '{text}': dit lijkt een persoonlijk e-mailadres.",
    address: "Verwijder '{text}': dit lijkt een woonadres.",
    birthdate: "Verwijder '{text}': dit lijkt een geboortedatum.",
    age_class: "Verwijder '{text}': een leeftijd met een klas of naam maakt een leerling herkenbaar.",
    student_number: "Verwijder '{text}': dit lijkt een leerlingnummer.",
    iban: "Verwijder '{text}': dit lijkt een rekeningnummer (IBAN).",
    licence_plate: "Verwijder '{text}': dit lijkt een kenteken.",
    social_handle: "Verwijder '{text}': dit lijkt een social-media-account van een persoon.",
  },
  warnings: {
    name: "Controleer '{text}': dit kan de naam van een persoon zijn. Verwijder het, of bevestig dat het geen persoonsgegeven is.",
    bsn: "Controleer '{text}': dit kan een burgerservicenummer (BSN) zijn. Verwijder het, of bevestig dat het geen persoonsgegeven is.",
    phone:
      "Controleer '{text}': dit is een telefoonnummer. Verwijder het als het van een persoon is, of bevestig dat het een algemeen nummer is.",
    email:
      "Controleer '{text}': dit is een e-mailadres. Verwijder het als het van een persoon is, of bevestig dat het een algemeen adres is.",
    address:
      "Controleer '{text}': dit kan deel van een woonadres zijn. Verwijder het, of bevestig dat het geen persoonsgegeven is.",
    birthdate:
      "Controleer '{text}': dit kan een geboortedatum zijn. Verwijder het, of bevestig dat het geen persoonsgegeven is.",
    age_class: "Controleer '{text}': een leeftijd met een klas of naam kan een leerling herkenbaar maken.",
    student_number:
      "Controleer '{text}': dit lange nummer kan een leerlingnummer of ander persoonsnummer zijn. Verwijder het, of bevestig dat het geen persoonsgegeven is.",
    iban: "Controleer '{text}': dit kan een rekeningnummer zijn. Verwijder het, of bevestig dat het geen persoonsgegeven is.",
    licence_plate:
      "Controleer '{text}': dit kan een kenteken zijn. Verwijder het, of bevestig dat het geen persoonsgegeven is.",
    social_handle:
      "Controleer '{text}': dit kan een social-media-account van een persoon zijn. Verwijder het, of bevestig dat het geen persoonsgegeven is.",
  },
  confirm: 'Dit is geen persoonsgegeven',
} as const;

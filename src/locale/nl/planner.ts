// Dutch text of the date planner: reasons, nearby holidays, warnings and time-zone errors.
export const planner = {
  kinds: {
    herfst: 'herfstvakantie',
    kerst: 'kerstvakantie',
    voorjaar: 'voorjaarsvakantie',
    mei: 'meivakantie',
    zomer: 'zomervakantie',
  },
  weekdays: {
    1: 'maandag',
    2: 'dinsdag',
    3: 'woensdag',
    4: 'donderdag',
    5: 'vrijdag',
    6: 'zaterdag',
    7: 'zondag',
  },
  numberWords: {
    2: 'twee',
    3: 'drie',
    4: 'vier',
  },
  ordinals: {
    1: 'eerste',
    2: 'tweede',
    3: 'derde',
    4: 'vierde',
  },
  halfYear: {
    1: 'het eerste halfjaar van {year}',
    2: 'het tweede halfjaar van {year}',
  },
  days: {
    one: '1 dag',
    other: '{count} dagen',
  },
  reasons: {
    weekday: '{weekday}, een van de gekozen overlegdagen',
    previousExact: 'precies zes maanden na het vorige overleg',
    previousLater: 'ongeveer zes maanden na het vorige overleg ({days} later)',
    previousEarlier: 'ongeveer zes maanden na het vorige overleg ({days} eerder)',
    middleExact: 'precies in het midden van {halfYear}',
    middleLater: '{days} na het midden van {halfYear} ({middle})',
    middleEarlier: '{days} voor het midden van {halfYear} ({middle})',
    free: 'geen schoolvakantie (regio {region}) en geen feestdag',
    freeUnknown: 'geen feestdag',
  },
  near: {
    dayAfter: 'de dag na de {holiday}',
    weekAfter: 'in de {ordinal} week na de {holiday}',
    dayBefore: 'de dag voor de {holiday}',
    lastWeekBefore: 'in de laatste week voor de {holiday}',
    weeksBefore: '{count} weken voor de {holiday}',
    dayAfterPublic: 'de dag na {name}',
    dayBeforePublic: 'de dag voor {name}',
  },
  cautions: {
    lastWeekBeforeSummer:
      'De laatste schoolweek voor de zomervakantie: scholen sluiten dan het jaar af. Daarom staat deze datum achter de gewone schoolweken.',
    advisory:
      'De {holiday} is een advies: sommige scholen nemen een week eerder of later vrij. Controleer of alle scholen dan open zijn.',
    uncovered: 'Voor deze datum zijn geen schoolvakanties bekend. Controleer zelf of het geen vakantie is.',
  },
  skipped: {
    schoolHoliday: 'in de {holiday}',
    publicHoliday: '{name}',
    settling: 'een van de eerste {count} schooldagen na de {holiday}',
  },
  warnings: {
    noData:
      'Er zijn geen schoolvakanties ingevoerd, dus alleen feestdagen zijn uitgesloten. Voeg de schoolvakanties toe of controleer ze zelf op rijksoverheid.nl/onderwerpen/schoolvakanties.',
    dataEnds:
      'De vakantiegegevens lopen tot en met {end}; controleer de schoolvakanties vanaf {from} zelf (rijksoverheid.nl/onderwerpen/schoolvakanties) of voeg ze toe.',
    dataStarts:
      'De vakantiegegevens beginnen pas op {start}; controleer de schoolvakanties tot en met {to} zelf (rijksoverheid.nl/onderwerpen/schoolvakanties).',
    dataGap:
      'Van {from} tot en met {to} ontbreken vakantiegegevens; controleer de schoolvakanties in die periode zelf.',
    targetPassedPrevious:
      'Zes maanden na het vorige overleg ({target}) is al voorbij of te dichtbij. Dit zijn de eerste geschikte data vanaf {earliest}.',
    targetPassedHalfYear:
      '{halfYear} is al voorbij of te dichtbij. Dit zijn de eerste geschikte data vanaf {earliest}.',
    noCandidates:
      'Er is geen geschikte datum van {from} tot en met {to}. Kies meer weekdagen of een ander halfjaar.',
  },
  errors: {
    invalidDate: 'Vul een bestaande datum in, zoals 2026-04-14.',
    invalidTime: 'Vul een tijd in als 15:00.',
    endBeforeStart: 'De eindtijd moet na de begintijd liggen.',
    nonexistent: 'Deze tijd bestaat niet: op {date} gaat de klok van {from} naar {to}. Kies een andere tijd.',
    invalidNow: 'Het huidige tijdstip is ongeldig.',
    invalidPrevious: 'De datum van het vorige overleg is ongeldig.',
    invalidWeekdays: 'Kies minstens één weekdag.',
    invalidHoliday: 'De schoolvakantie {kind} {schoolYear} heeft een ongeldige datum.',
  },
} as const;

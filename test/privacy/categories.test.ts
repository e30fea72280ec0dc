// Detection per category: what is found, with which severity, and what similar-looking text is left alone.
import { describe, expect, it } from 'vitest';
import { found, scanAt, severities } from './helpers.js';

describe('bsn', () => {
  it('finds nine digits that pass the 11-test, plain or grouped', () => {
    expect(found('Het BSN van de leerling is 111222333.', 'bsn')).toEqual(['111222333']);
    expect(found('BSN 1234.56.782 staat in het dossier.', 'bsn')).toEqual(['1234.56.782']);
    expect(found('nummer 123 456 782 graag wissen', 'bsn')).toEqual(['123 456 782']);
  });

  it('ignores nine digits that fail the 11-test', () => {
    expect(found('Referentie 123456789 in het systeem.', 'bsn')).toEqual([]);
  });

  it('finds eight digits only after a cue', () => {
    expect(found('Burgerservicenummer van de jongen: 44123565', 'bsn')).toEqual(['44123565']);
    expect(found('Zaak 44123565 is gesloten.', 'bsn')).toEqual([]);
  });

  it('does not read nine digits out of a longer number', () => {
    expect(found('Telefoon 0612345678', 'bsn')).toEqual([]);
    expect(found('1111222333', 'bsn')).toEqual([]);
  });
});

describe('phone', () => {
  it('blocks Dutch mobile numbers in the usual notations', () => {
    expect(severities('Bel de moeder op 06-12345678 voor overleg.', 'phone')).toEqual({
      '06-12345678': 'block',
    });
    expect(found('Zijn nummer is +31 6 23456789.', 'phone')).toEqual(['+31 6 23456789']);
    expect(found('Tel. ouders: 0612345678', 'phone')).toEqual(['0612345678']);
    expect(found('Vader: +31 (0)6 1122 3344', 'phone')).toEqual(['+31 (0)6 1122 3344']);
    expect(found('Vader: 06 - 48 27 19 53', 'phone')).toEqual(['06 - 48 27 19 53']);
    expect(found('bel 0031612345678', 'phone')).toEqual(['0031612345678']);
  });

  it('warns for landlines', () => {
    expect(severities('Tel. moeder 072-5718293, liefst na 17 uur.', 'phone')).toEqual({
      '072-5718293': 'warn',
    });
  });

  it('never flags national service numbers and help lines, in any typing', () => {
    for (const text of [
      'Bel Veilig Thuis via 0800-2000.',
      'Bel de gemeente op 14 072.',
      'Juridisch Loket: 0900 8020, Luisterlijn 0900\u00a00767.',
      'De Kindertelefoon is bereikbaar op 0800\u20130432.',
      'In nood 112, bij gedachten aan zelfdoding 113 of 0800-0113; vermiste kinderen 116 000.',
    ]) {
      expect(scanAt(text)).toEqual([]);
    }
  });

  it('reads dotted, double-spaced, dashed and (+31) mobile numbers, also when they pass the 11-test', () => {
    expect(severities('Bel 06.12.34.56.78 of 06  12 34 56 78.', 'phone')).toEqual({
      '06.12.34.56.78': 'block',
      '06  12 34 56 78': 'block',
    });
    expect(severities('Mobiel 06\u201348271953, whatsapp (+31)612345609', 'phone')).toEqual({
      '06\u201348271953': 'block',
      '(+31)612345609': 'block',
    });
    expect(found('whatsapp (+31)612345609', 'bsn')).toEqual([]);
  });

  it('leaves dates, times, years and amounts alone', () => {
    expect(found('Overleg op 01-10-2025 15:00 in de raadzaal.', 'phone')).toEqual([]);
    expect(found('In schooljaar 2025-2026 en 2026-2027.', 'phone')).toEqual([]);
    expect(found('Op 14 0ktober', 'phone')).toEqual([]);
    expect(found('Klas 14 072 bestaat niet', 'phone')).toEqual([]);
  });
});

describe('email', () => {
  it('blocks personal addresses', () => {
    expect(severities("Mail naar j.jansen@hotmail.com voor de foto's.", 'email')).toEqual({
      'j.jansen@hotmail.com': 'block',
    });
    expect(severities('Ouders bereikbaar via ouders.dekker@gmail.com', 'email')).toEqual({
      'ouders.dekker@gmail.com': 'block',
    });
  });

  it('never flags role and function addresses of an organisation', () => {
    expect(scanAt('Vragen aan info@veiligeschool.nl of ketenoverleg@dijkenwaard.nl.')).toEqual([]);
    expect(scanAt('Stuur het naar secretariaat.vo@school.nl')).toEqual([]);
  });

  it('blocks an address with a name, initials or digits in it, also at an organisation, and a disguised one', () => {
    expect(severities('Mail k.jansen@dewaardschool.nl of jurre.dekker@leerling.clusius.nl', 'email')).toEqual(
      {
        'k.jansen@dewaardschool.nl': 'block',
        'jurre.dekker@leerling.clusius.nl': 'block',
      },
    );
    expect(found('mail s.jansen[at]hotmail.com of mo.benali (at) gmail.com', 'email')).toEqual([
      's.jansen[at]hotmail.com',
      'mo.benali (at) gmail.com',
    ]);
  });

  it('warns for a role word on a private mail domain', () => {
    expect(severities('info@gmail.com', 'email')).toEqual({ 'info@gmail.com': 'warn' });
  });

  it('needs a domain with a top-level domain', () => {
    expect(found('afspraak @ school', 'email')).toEqual([]);
    expect(found('iemand@localhost', 'email')).toEqual([]);
  });
});

describe('address', () => {
  it('blocks a street with a house number, also with a letter or an addition', () => {
    expect(found('Woont op Dorpsstraat 12 in Heerhugowaard.', 'address')).toEqual(['Dorpsstraat 12']);
    expect(found('Hij woont aan de Stationsweg 45b.', 'address')).toEqual(['Stationsweg 45b']);
    expect(found('Ze woont op de Jan Glijnisweg 7-2.', 'address')).toEqual(['Jan Glijnisweg 7-2']);
  });

  it('blocks a postcode with a house number and warns for a postcode next to a place', () => {
    expect(severities('Adres: 1703 AB 14, Heerhugowaard', 'address')).toEqual({ '1703 AB 14': 'block' });
    expect(severities('Postcode 1721 BK 8, bij de ingang.', 'address')).toEqual({ '1721 BK 8': 'block' });
    expect(severities('Middelweg 3, 1721 CD Broek op Langedijk', 'address')).toEqual({
      'Middelweg 3': 'block',
      '1721 CD': 'warn',
    });
  });

  it('takes a street without a usual ending after "adres" or before a postcode', () => {
    expect(found('Adres van de familie: Zuidtangent 118, 1704 PN.', 'address')).toContain('Zuidtangent 118');
  });

  it('leaves counts, times, places and non-existent postcodes alone', () => {
    expect(found('Op het Stationsplein 3 keer een vechtpartij.', 'address')).toEqual([]);
    expect(found('Bijeenkomst in Langedijk 2025.', 'address')).toEqual([]);
    expect(found('Postcode 1703 SS 4', 'address')).toEqual([]);
    expect(found('Gebruik van 1000 mg per patroon.', 'address')).toEqual([]);
    expect(found('De hangplek bij de Dorpsstraat is opgeheven.', 'address')).toEqual([]);
  });
});

describe('birthdate', () => {
  it('finds a date after a birth cue, in any notation', () => {
    expect(found('Geboren op 12-03-2010, zit nu in 2 havo.', 'birthdate')).toEqual(['12-03-2010']);
    expect(found('Zijn geboortedatum is 3 mei 2011.', 'birthdate')).toEqual(['3 mei 2011']);
    expect(found('Geb. 2009-11-04, woonachtig in Langedijk.', 'birthdate')).toEqual(['2009-11-04']);
    expect(found('Ze is jarig op 9 april.', 'birthdate')).toEqual(['9 april']);
    expect(found('Geboortejaar 2011.', 'birthdate')).toEqual(['2011']);
  });

  it('finds a full date in pupil range in a sentence about a person', () => {
    expect(found('Daan de Vries (12-03-2011) is betrapt.', 'birthdate')).toEqual(['12-03-2011']);
    expect(found('De leerling, 4 juli 2012, zit in de brugklas.', 'birthdate')).toEqual(['4 juli 2012']);
  });

  it('leaves meeting dates and dates without a person alone', () => {
    expect(found('Deze overeenkomst vervangt het convenant van 30-09-2021.', 'birthdate')).toEqual([]);
    expect(found('Evaluatie kluisjescontrole van 12 maart 2025.', 'birthdate')).toEqual([]);
    expect(found('Alle scholen zijn rookvrij sinds 1 augustus 2012.', 'birthdate')).toEqual([]);
  });

  it('judges the pupil range from the given moment', () => {
    const text = 'Leerling met datum 12-03-2010 in het dossier.';
    expect(found(text, 'birthdate', { now: new Date('2026-01-01') })).toEqual(['12-03-2010']);
    expect(found(text, 'birthdate', { now: new Date('2040-01-01') })).toEqual([]);
  });

  it('ignores dates that do not exist', () => {
    expect(found('Geboren op 31-02-2010.', 'birthdate')).toEqual([]);
  });
});

describe('age_class', () => {
  it('finds an age next to a class, in either order', () => {
    expect(found('Daan de Vries (15 jaar, klas 3B) is betrapt met een vape.', 'age_class')).toEqual([
      '15 jaar, klas 3B',
    ]);
    expect(found('De 14-jarige uit 2C is aangehouden.', 'age_class')).toEqual(['14-jarige uit 2C']);
    expect(found('Jongen uit 2A, 14 jaar, is aangehouden.', 'age_class')).toEqual(['2A, 14 jaar']);
    expect(found('Zij is 13 jaar en zit in de brugklas.', 'age_class')).toEqual([
      '13 jaar en zit in de brugklas',
    ]);
    expect(found('Een meisje van 14 uit 3A verzuimt.', 'age_class')).toEqual(['14 uit 3A']);
    expect(found('De 16-jarige scholier uit 4 vmbo.', 'age_class')).toEqual([
      '16-jarige scholier uit 4 vmbo',
    ]);
  });

  it('finds an age next to a name', () => {
    expect(found('De 13-jarige Tim uit 1B heeft een nepwapen meegenomen.', 'age_class')).toEqual([
      '13-jarige',
    ]);
    expect(found('Vandaag sprak ik met Noah (13) over het pesten.', 'age_class')).toEqual(['13']);
  });

  it('leaves ages on their own, ranges, groups and classes on their own alone', () => {
    expect(found('Jongeren van 12 tot 16 jaar in klas 1 en 2.', 'age_class')).toEqual([]);
    expect(found('Preventie onder jongeren van 15 en 16 jaar.', 'age_class')).toEqual([]);
    expect(found('Klas 3B van alle scholen krijgt voorlichting.', 'age_class')).toEqual([]);
    expect(found('Een 15-jarige is aangehouden.', 'age_class')).toEqual([]);
    expect(found('Stijging onder 13-jarigen in 2 havo.', 'age_class')).toEqual([]);
    expect(found('De 14-jarige leerlingen uit 2C krijgen les.', 'age_class')).toEqual([]);
    expect(found('Na 2 jaar in klas 3 stopt de pilot.', 'age_class')).toEqual([]);
  });
});

describe('student_number', () => {
  it('blocks 5–8 digits after a cue, also a list of them', () => {
    expect(severities('Leerlingnummer 483920 is twee keer geschorst.', 'student_number')).toEqual({
      '483920': 'block',
    });
    expect(found('studentnummer: 20231145', 'student_number')).toEqual(['20231145']);
    expect(found('Leerlingnummers 20456 en 20457 zijn betrokken.', 'student_number')).toEqual([
      '20456',
      '20457',
    ]);
  });

  it('warns for other runs of seven or more digits', () => {
    expect(severities('Dossier 1234567 bijwerken.', 'student_number')).toEqual({ '1234567': 'warn' });
  });

  it('leaves short numbers and digits in web addresses alone', () => {
    expect(found('Aantal schorsingen per school in 2025: 12, 8 en 15.', 'student_number')).toEqual([]);
    expect(found('Zie https://www.school.nl/nieuws/12345678 voor het bericht.', 'student_number')).toEqual(
      [],
    );
  });
});

describe('iban', () => {
  it('finds IBANs that pass mod-97, with or without spaces', () => {
    expect(found('Rekeningnummer NL91 ABNA 0417 1643 00 voor de boete.', 'iban')).toEqual([
      'NL91 ABNA 0417 1643 00',
    ]);
    expect(found('Rekening: NL43RABO0312847561', 'iban')).toEqual(['NL43RABO0312847561']);
  });

  it('ignores IBAN-shaped text that fails mod-97, and does not read its digits as a phone number', () => {
    expect(scanAt('Rekening NL92 ABNA 0417 1643 00.')).toEqual([]);
  });
});

describe('licence_plate', () => {
  it('finds plates with dashes in any sidecode', () => {
    expect(found('Scooter met kenteken 52-HKN-7 stond er.', 'licence_plate')).toEqual(['52-HKN-7']);
    expect(found('Kenteken van de brommer: GV-123-B.', 'licence_plate')).toEqual(['GV-123-B']);
    expect(found('Auto 4-TXH-52 reed weg.', 'licence_plate')).toEqual(['4-TXH-52']);
  });

  it('finds plates without dashes only after "kenteken"', () => {
    expect(found('De brommer (kenteken 12XRP4) reed over het plein.', 'licence_plate')).toEqual(['12XRP4']);
    expect(found('Code 12XRP4 in de kluis.', 'licence_plate')).toEqual([]);
  });

  it('leaves dates, classes and words with vowels alone', () => {
    expect(found('Op 12-03-20 was er overleg.', 'licence_plate')).toEqual([]);
    expect(found('Leerlingen uit HAV-12-A.', 'licence_plate')).toEqual([]);
  });
});

describe('social_handle', () => {
  it('finds @handles and profile links', () => {
    expect(found('Volg haar op Instagram via @sanne.xo_2010', 'social_handle')).toEqual(['@sanne.xo_2010']);
    expect(found('Snapchat: snapchat.com/add/daantje2010', 'social_handle')).toEqual([
      'snapchat.com/add/daantje2010',
    ]);
    expect(found('Zie https://www.instagram.com/daan_vd_b/.', 'social_handle')).toEqual([
      'https://www.instagram.com/daan_vd_b/',
    ]);
  });

  it('finds a handle named after a platform', () => {
    expect(found('Zijn snapchat is jayden_hhw2011, daar gebeurt het.', 'social_handle')).toEqual([
      'jayden_hhw2011',
    ]);
    expect(found("Via Snapchat (sofie.x.2011) worden foto's gedeeld.", 'social_handle')).toEqual([
      'sofie.x.2011',
    ]);
    expect(found('Insta: lotte_dans', 'social_handle')).toEqual(['lotte_dans']);
  });

  it('leaves platform names, e-mail addresses and plain words alone', () => {
    expect(found('Aanpak van filmpjes via Snapchat en TikTok.', 'social_handle')).toEqual([]);
    expect(found('Instagram is populair in de onderbouw.', 'social_handle')).toEqual([]);
    expect(found('Mail j.jansen@hotmail.com', 'social_handle')).toEqual([]);
  });
});

// The "Must NOT be flagged" list of PRIVACY.md: ordinary agenda text stays free of findings.
import { describe, expect, it } from 'vitest';
import { scanAt } from './helpers.js';

const clean = (text: string, allow: string[] = []) => expect(scanAt(text, { allow })).toEqual([]);

describe('text that must not be flagged', () => {
  it('leaves ordinary agenda text alone', () => {
    clean('Toename vapes in de onderbouw.');
    clean('Bespreken: signaleringsapp, welke meldingen horen erin en welke niet?');
    clean('Rondvraag en sluiting om 17:00 uur.');
  });

  it.each([
    'Halt',
    'Brijder',
    'politie',
    'jeugdagent',
    'gemeente Dijk en Waard',
    'Jongerenwerk',
    'samenwerkingsverband',
    'GGD',
    'Veilig Thuis',
    'Leerplicht',
    'MET',
  ])('leaves the organisation %s alone', (organisation) => {
    clean(`Overleg met ${organisation} over de aanpak.`);
    clean(`${organisation} sluit aan bij het overleg.`);
  });

  it.each([
    'Heerhugowaard',
    'Langedijk',
    'Broek op Langedijk',
    'Sint Pancras',
    'Noord-Scharwoude',
    'Zuid-Scharwoude',
    'Oudkarspel',
    'Koedijk',
    'Alkmaar',
  ])('leaves the place %s alone', (place) => {
    clean(`Signalen van overlast in ${place} bij het station.`);
    clean(`${place}: meer meldingen van vuurwerk.`);
  });

  it('leaves school names known to the app alone', () => {
    clean('Voorlichting op het Willem Lodewijk Gymnasium en bij De Vliegende Hollander.', [
      'Willem Lodewijk Gymnasium',
      'De Vliegende Hollander',
    ]);
    clean('Werkbezoek aan het Willem Lodewijk.', ['Willem Lodewijk Gymnasium']);
  });

  it('leaves months and weekdays alone', () => {
    clean('Mei is een drukke maand; plan de volgende bijeenkomst na de meivakantie.');
    clean('Op Maandag en Dinsdag is de jeugdagent aanwezig, in Juni niet.');
  });

  it('leaves meeting dates alone', () => {
    clean('Vaststellen verslag van het overleg van 14 oktober 2025.');
    clean('Deze overeenkomst vervangt het convenant van 30-09-2021.');
    clean('Evaluatie kluisjescontrole van 12 maart 2025.');
    clean('Actie voor iedere school: huisregels delen vóór 1 februari 2026.');
  });

  it('leaves school years alone', () => {
    clean('In schooljaar 2025-2026 ligt de focus op sociale veiligheid.');
    clean('Evaluatie schooljaar 2024-2025 en plannen voor 2025/2026.');
  });

  it('leaves article numbers alone', () => {
    clean('Art. 5.3 van het convenant: schorsing en verwijdering.');
    clean('Artikel 12 lid 2 en art. 7.1.4 zijn gewijzigd.');
  });

  it('leaves quantities alone', () => {
    clean('Gebruik van lachgaspatronen: 1000 mg per patroon is geen uitzondering.');
    clean('Vuurwerkbezit rond de jaarwisseling: 30 meldingen in december.');
    clean('Er zijn 30 patronen gevonden en 2 kilo vuurwerk.');
  });

  it('leaves capitalised words at the start of a sentence alone', () => {
    clean('Groen licht voor de pilot kluiscontrole met snuffelhonden in Oudkarspel.');
    clean('Roken en vapes: alle scholen zijn rookvrij sinds 1 augustus 2020.');
    clean('Presentatie van Bureau Halt: cijfers 2024 en 2025.');
    clean('Lieve collega\u2019s, hierbij de agenda. Frank en open gesprek over pesten.');
  });

  it('leaves an age on its own and a class on its own alone', () => {
    clean('Aanpak voor jongeren van 12 tot 16 jaar.');
    clean('Klas 3B van alle scholen krijgt voorlichting.');
  });
});

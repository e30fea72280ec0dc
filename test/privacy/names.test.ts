// Name detection: list hits, cue words, tussenvoegsels and initials joined into one finding, names listed
// together, ordinary words that are also names, sentence starts, and the allow-list.
import { describe, expect, it } from 'vitest';
import { found, scanAt, severities } from './helpers.js';

describe('name', () => {
  it('joins a first name, tussenvoegsel and surname into one blocking finding', () => {
    expect(severities('Daan de Vries (15 jaar, klas 3B) is betrapt.', 'name')).toEqual({
      'Daan de Vries': 'block',
    });
    expect(found('Leerling Finn van der Linden is geschorst.', 'name')).toEqual(['Finn van der Linden']);
    expect(found('Leerling Mohammed El Amrani heeft een mes bij zich gehad.', 'name')).toEqual([
      'Mohammed El Amrani',
    ]);
  });

  it('includes titles in the finding, and blocks', () => {
    expect(severities('Mevrouw Bakker belt de ouders.', 'name')).toEqual({ 'Mevrouw Bakker': 'block' });
    expect(found('Dhr. P. de Groot is de stiefvader.', 'name')).toEqual(['Dhr. P. de Groot']);
    expect(found('Meneer Van den Berg meldt dat een leerling drugs verkoopt.', 'name')).toEqual([
      'Meneer Van den Berg',
    ]);
    expect(found('Mw. Öztürk heeft de kluis geopend.', 'name')).toEqual(['Mw. Öztürk']);
    expect(found('Mevr. J. Kowalska belde namens de familie.', 'name')).toEqual(['Mevr. J. Kowalska']);
    expect(found('Juf Annemiek heeft het incident gemeld.', 'name')).toEqual(['Juf Annemiek']);
  });

  it('marks the whole double surname with the first name, tussenvoegsels and initials before it', () => {
    expect(severities('Gesprek gehad met Anna Kooiman-de Wit over de situatie.', 'name')).toEqual({
      'Anna Kooiman-de Wit': 'block',
    });
    expect(found('Jan van Dijk-Bakker was er ook bij.', 'name')).toEqual(['Jan van Dijk-Bakker']);
    expect(found('Petra Jansen-van der Berg komt ook.', 'name')).toEqual(['Petra Jansen-van der Berg']);
    expect(found('Ook J. Kooiman-de Wit was aanwezig.', 'name')).toEqual(['J. Kooiman-de Wit']);
    expect(found('A. Jansen-de Vries belde.', 'name')).toEqual(['A. Jansen-de Vries']);
    expect(found('Gesprek met J. van den Heuvel en K. de Boer.', 'name')).toEqual([
      'J. van den Heuvel',
      'K. de Boer',
    ]);
    expect(found('mevrouw Kooiman-de Wit belde gisteren.', 'name')).toEqual(['mevrouw Kooiman-de Wit']);
    expect(found('Afmelding van Sem Kooiman-de Wit uit 2B.', 'name')).toEqual(['Sem Kooiman-de Wit']);
    // Copied text: the en dash of Word is read as the hyphen, and the finding keeps the writer's own dash.
    expect(found('Maria Kooiman\u2013de Wit belde.', 'name')).toEqual(['Maria Kooiman\u2013de Wit']);
  });

  it('marks a double surname in lower case and in the "Achternaam, Voornaam" form', () => {
    expect(severities('anna kooiman-de wit belde.', 'name')).toEqual({ 'anna kooiman-de wit': 'block' });
    expect(severities('anna van dijk-bakker belde.', 'name')).toEqual({ 'anna van dijk-bakker': 'block' });
    expect(found('Aan: Kooiman-de Wit, Anna; Jansen-Bakker, Piet', 'name')).toEqual([
      'Kooiman-de Wit, Anna',
      'Jansen-Bakker, Piet',
    ]);
    // On its own a double surname with a tussenvoegsel is a name too; after a label or preposition it blocks.
    expect(severities('Notulist: Kooiman-de Wit', 'name')).toEqual({ 'Kooiman-de Wit': 'block' });
  });

  it('blocks a name the lists do not know before a class in brackets, also at the start of a sentence', () => {
    expect(severities('Dyami (5V) is door de politie gehoord.', 'name')).toEqual({ Dyami: 'block' });
    expect(severities('Sevda (2 havo) en Daan (2B) waren erbij.', 'name')).toEqual({
      Sevda: 'block',
      Daan: 'block',
    });
    // A group before a class is no person.
    expect(found('Leerlingen (3 havo) waren er niet.', 'name')).toEqual([]);
    expect(found('Jongeren (2B) hebben het plan bedacht.', 'name')).toEqual([]);
    expect(found('Mentor (3B) belt de ouders.', 'name')).toEqual([]);
  });

  it('blocks the sender of a quoted reply or message ("Reactie van Anke:")', () => {
    expect(severities('Reactie van Anke: "dat weet ik zeker."', 'name')).toEqual({ Anke: 'block' });
    expect(severities('Vraag van Dyami: kan dit anders?', 'name')).toEqual({ Dyami: 'block' });
    expect(found('Reactie van Halt: dat klopt.', 'name')).toEqual([]);
    expect(found('Verslag van Dinsdag: niets bijzonders.', 'name')).toEqual([]);
    expect(found('Reactie van Anke en het team volgt.', 'name')).toEqual([]);
  });

  it('takes family names after "fam.", "familie" and "gezin"', () => {
    expect(found('Overleg met fam. Yilmaz en het gezin Bakker.', 'name')).toEqual([
      'fam. Yilmaz',
      'gezin Bakker',
    ]);
    expect(found('Huisbezoek bij familie El Idrissi.', 'name')).toEqual(['familie El Idrissi']);
    expect(found('Het gezin is verhuisd.', 'name')).toEqual([]);
  });

  it('joins a first name with the initial of the surname', () => {
    expect(severities('Leerling Noah B. is geschorst.', 'name')).toEqual({ 'Noah B.': 'block' });
  });

  it('takes a name in lower case after a title', () => {
    expect(found('Gesprek met juf annemiek gehad.', 'name')).toEqual(['juf annemiek']);
  });

  it('takes the name after a role or a relation, without the cue', () => {
    expect(found('Leerling Jurre heeft gespijbeld.', 'name')).toEqual(['Jurre']);
    expect(found('Jeroen (vader van Noor) wil aangifte doen.', 'name')).toEqual(['Jeroen', 'Noor']);
    expect(found('De broer van Lisa heeft vuurwerk verkocht.', 'name')).toEqual(['Lisa']);
    expect(found('Zijn zus Esra zit ook op onze school.', 'name')).toEqual(['Esra']);
    expect(severities('Moeder van Lucas belde de school.', 'name')).toEqual({ Lucas: 'block' });
  });

  it('takes the name after an age ("de 13-jarige Tim")', () => {
    expect(severities('De 13-jarige Tim uit 1B heeft een nepwapen meegenomen.', 'name')).toEqual({
      Tim: 'block',
    });
  });

  it('blocks a lone name when the sentence is plainly about that person', () => {
    expect(severities('Het incident met Yara is besproken.', 'name')).toEqual({ Yara: 'block' });
    expect(severities('Kevin had lachgaspatronen in zijn tas.', 'name')).toEqual({ Kevin: 'block' });
    expect(severities('Het gesprek met Jansen was kort.', 'name')).toEqual({ Jansen: 'block' });
    expect(severities('Hidde is al twee weken ziek gemeld.', 'name')).toEqual({ Hidde: 'block' });
    expect(severities('Kan iemand Anouk haar ouders bellen? Groetjes Joyce', 'name')).toEqual({
      Anouk: 'block',
      Joyce: 'block',
    });
  });

  it('warns for a lone list hit without such context', () => {
    expect(severities('De werkgroep Yara evalueert de aanpak.', 'name')).toEqual({ Yara: 'warn' });
  });

  it('finds lower-case names, possessives, diminutives and nicknames, with the whole name marked', () => {
    expect(found('gisteren stonden jurre en gijs weer bij de poort', 'name')).toEqual(['jurre', 'gijs']);
    expect(found('ruben van den heuvel en zijn broertje', 'name')).toEqual(['ruben van den heuvel']);
    expect(found('Jurres vader kwam langs; Timmie zat op de wc', 'name')).toEqual(['Jurres', 'Timmie']);
    expect(found('Notulist: L. van der Meer', 'name')).toEqual(['L. van der Meer']);
  });

  it('reads the "Achternaam, Voornaam" form of address lines and attendance lists as one name', () => {
    expect(severities('Aan: Veenstra, Ilse; El Khayari, Nordin', 'name')).toEqual({
      'Veenstra, Ilse': 'block',
      'El Khayari, Nordin': 'block',
    });
    expect(found('Van: Smit, J. (jeugdagent)', 'name')).toEqual(['Smit, J.']);
  });

  it('blocks a bare list of first names', () => {
    expect(severities('Deelnemers: Anja, Mohamed, Kees, Rianne', 'name')).toEqual({
      Anja: 'block',
      Mohamed: 'block',
      Kees: 'block',
      Rianne: 'block',
    });
  });

  it('leaves shops, well-known people, idioms and schools named after people alone', () => {
    for (const text of [
      'Nieuwe bril nodig? Bij Hans Anders is een actie.',
      'Het gaat niet om Jan Modaal.',
      'Op 12 mei is de Nelson Mandela-lezing.',
      'De Anne Frankschool en het Willem Alexander College doen mee.',
      'De Johan Cruijff Foundation legt een Cruyff Court aan.',
      'De sporthal aan de Jan van Scorelstraat is dicht.',
    ]) {
      expect(scanAt(text)).toEqual([]);
    }
  });

  it('blocks a lone first name when an age or class follows', () => {
    expect(severities('Kevin uit klas 1A had lachgaspatronen in zijn tas.', 'name')).toEqual({
      Kevin: 'block',
    });
    expect(found('Gisteren is Jurre (14) aangehouden.', 'name')).toEqual(['Jurre']);
    expect(severities('Besproken: Daan (3B) en Sanne (2 havo).', 'name')).toEqual({
      Daan: 'block',
      Sanne: 'block',
    });
  });

  it('finds names listed together with a name, including ordinary words and unknown names', () => {
    expect(found('Twee leerlingen, Bram en Thijs, hadden vuurwerk bij zich.', 'name')).toEqual([
      'Bram',
      'Thijs',
    ]);
    expect(found('Het gaat om Daan en Roos.', 'name')).toEqual(['Daan', 'Roos']);
    expect(found('Ook Jurre en Sanne waren erbij.', 'name')).toEqual(['Jurre', 'Sanne']);
    expect(found('Ook Petrus Donker en Sanne waren erbij.', 'name')).toEqual(['Petrus Donker', 'Sanne']);
  });

  it('counts names that are ordinary words only with a cue or as a full name', () => {
    expect(found('Fleur van Dijk en Roos Visser hebben de kluis gedeeld.', 'name')).toEqual([
      'Fleur van Dijk',
      'Roos Visser',
    ]);
    expect(found('Roos is het symbool van de campagne.', 'name')).toEqual([]);
    expect(found('Groen licht voor de pilot.', 'name')).toEqual([]);
    expect(found('Bakker en visser zijn beroepen.', 'name')).toEqual([]);
    expect(found('Mevrouw Visser belt terug.', 'name')).toEqual(['Mevrouw Visser']);
  });

  it('joins initials with a surname', () => {
    expect(severities('Gesprek met P. Hoogendoorn over de casus.', 'name')).toEqual({
      'P. Hoogendoorn': 'block',
    });
    expect(found('Ondertekend door A.B. de Wit.', 'name')).toEqual(['A.B. de Wit']);
  });

  it('reads a capital letter after a label noun as a label, not an initial', () => {
    expect(found('Zie bijlage B. De cijfers zijn per kwartaal.', 'name')).toEqual([]);
    expect(found('Dan gaan we naar plan B. Daarna evalueren.', 'name')).toEqual([]);
  });

  it('treats a capital at the start of a sentence as no evidence', () => {
    expect(found('Stand van zaken afspraak 3.', 'name')).toEqual([]);
    expect(found('Gisteren Jansen gebeld.', 'name')).toEqual(['Jansen']);
  });

  it('leaves "van" before a first name out of the finding', () => {
    expect(found('Het BSN van Milan staat in Magister.', 'name')).toEqual(['Milan']);
    expect(found('De jeugdagent van Heerhugowaard-Zuid licht het toe.', 'name')).toEqual([]);
  });

  it('does not flag names inside organisation, school and street names', () => {
    expect(found('Basisschool Jan Ligthart doet mee.', 'name')).toEqual([]);
    expect(found('Gastles door de William Schrikker Stichting.', 'name')).toEqual([]);
    expect(found('Voorlichting op het Han Fortmann College.', 'name')).toEqual([]);
    expect(found('Ze woont op de Jan Glijnisweg 7.', 'name')).toEqual([]);
    expect(found('Overleg in Sint Pancras en Broek op Langedijk.', 'name')).toEqual([]);
  });

  it('uses the organisation names given at run time as an allow-list', () => {
    const text = 'Voorlichting door Hendrik Visser op maandag.';
    expect(found(text, 'name')).toEqual(['Hendrik Visser']);
    expect(found(text, 'name', { allow: ['Hendrik Visser College'] })).toEqual([]);
    expect(found('Het Daltonlyceum Sanne Jansen doet mee.', 'name', { allow: ['Sanne Jansen'] })).toEqual([]);
  });

  it('does not take months, weekdays, holidays or job titles for names', () => {
    expect(found('Mei is een drukke maand.', 'name')).toEqual([]);
    expect(found('Koningsdag valt in de meivakantie.', 'name')).toEqual([]);
    expect(found('Mevrouw de burgemeester opent de bijeenkomst.', 'name')).toEqual([]);
    expect(found('De docent Engels meldt het.', 'name')).toEqual([]);
  });

  it('reads hyphenated first names and surnames', () => {
    expect(found('Gesproken met Anne-Marie Schouten van het zorgteam.', 'name')).toEqual([
      'Anne-Marie Schouten',
    ]);
    expect(found('De MET-coördinator sluit aan.', 'name')).toEqual([]);
  });
});

describe('messages', () => {
  it('tells in Dutch what to remove, naming the text', () => {
    const [finding] = scanAt('Daan de Vries is betrapt.');
    expect(finding?.message).toBe("Verwijder 'Daan de Vries': dit lijkt de naam van een persoon.");
  });

  it('asks to check a warning, with the option to confirm', () => {
    const [finding] = scanAt('De werkgroep Yara evalueert de aanpak.');
    expect(finding?.severity).toBe('warn');
    expect(finding?.message).toContain("Controleer 'Yara'");
    expect(finding?.message).toContain('bevestig dat het geen persoonsgegeven is');
  });

  it('has a message for every category', () => {
    const text =
      'Daan de Vries (15 jaar, klas 3B), BSN 111222333, 06-12345678, j.jansen@hotmail.com, Dorpsstraat 12, ' +
      'geboren op 12-03-2010, leerlingnummer 483920, NL91ABNA0417164300, 52-HKN-7, @sanne.xo_2010';
    const findings = scanAt(text);
    expect(new Set(findings.map((f) => f.category)).size).toBe(11);
    for (const finding of findings) {
      expect(finding.message).toMatch(/^Verwijder '.+': /);
      expect(finding.message).not.toContain('privacy.');
    }
  });
});

// Capitalised words that are never a person's name in these texts: months, weekdays, holidays, languages and
// school subjects, nationalities, function words that start sentences, and job titles.
//
// Source: written by hand for this project (ordinary Dutch vocabulary). Project licence.
import { words } from './words.js';

// The abbreviations "jan" and "sep" are left out: Jan and Sep are first names, and "12 jan." is lower case.
export const MONTHS: readonly string[] = words(`
  januari februari maart april mei juni juli augustus september oktober november december feb mrt apr jun jul
  aug sept okt nov dec
`);

const weekdays = words('maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo');

const holidays = words(`
  Koningsdag Kerst Kerstmis Kerstavond Pasen Pinksteren Hemelvaart Hemelvaartsdag Sinterklaas Sint Oudjaar
  Oudejaarsavond Nieuwjaar Nieuwjaarsdag Jaarwisseling Carnaval Ramadan Suikerfeest Offerfeest Bevrijdingsdag
  Dodenherdenking Herfstvakantie Kerstvakantie Voorjaarsvakantie Krokusvakantie Meivakantie Zomervakantie
  Halloween Valentijnsdag Diwali Chanoeka Prinsjesdag
`);

const languagesAndSubjects = words(`
  Nederlands Engels Frans Duits Spaans Italiaans Turks Arabisch Marokkaans Berbers Pools Surinaams Antilliaans
  Syrisch Eritrees Oekraïens Russisch Chinees Latijn Grieks Fries Wiskunde Biologie Geschiedenis Aardrijkskunde
  Economie Natuurkunde Scheikunde Gym Maatschappijleer Informatica Techniek Mentoraat Levensbeschouwing Nederlandse
  Engelse Franse Duitse Turkse Marokkaanse Poolse Surinaamse Antilliaanse Syrische Oekraïense Europese
`);

/** Function words and other words that start sentences or headings; never read as a name. */
const functionWords = words(`
  Aan Af Al Alle Alleen Als Ander Andere Bij Binnen Buiten Daar Dan Dat De Deze Die Dit Door Dus Een Eén En Er Ge
  Geen Graag Had Heb Hebben Heeft Het Hier Hij Hoe Hun Ik In Is Je Jij Jullie Kan Kunnen Let Maar Me Meer Mijn
  Met Mits Na Naar Naast Niet Nieuw Nieuwe Nog Nu Of Om Omdat Onder Ons Onze Ook Op Over Per Rond Samen Sinds
  Te Tegen Ten Ter Toch Tot Tussen Uit Van Vanaf Vanuit Veel Via Voor Vooral Wat We Wel Welke Wie Wij Wordt Zal
  Ze Zelf Zie Zij Zijn Zo Zoals Zonder Zou Actie Agenda Agendapunt Bespreken Besluit Klas Groep School Scholen
  Team Thema Vraag Vragen Punt Notitie Opmerking Verslag Aanwezig Afwezig Afmelding Afmeldingen Toelichting
  Online Offline Veilig Veilige Sociale
`);

/** Job titles that follow "meneer"/"mevrouw" without being a name ("mevrouw Burgemeester"). */
const titles = words(`
  Burgemeester Wethouder Directeur Directrice Rector Conrector Teamleider Mentor Voorzitter Secretaris
  Coördinator Officier Minister Staatssecretaris Agent Inspecteur Commissaris
`);

/** All of the above, compared case-insensitively. */
export const NON_NAMES: readonly string[] = [
  ...MONTHS,
  ...weekdays,
  ...holidays,
  ...languagesAndSubjects,
  ...functionWords,
  ...titles,
];

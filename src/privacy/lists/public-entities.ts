// Public entities that contain a person's name but are never personal data in these texts: shops and brands named
// after people, well-known people whose names are used for projects, prizes, schools and days, and idioms.
//
// Source: written by hand for this project (names of brands, public figures and Dutch idioms are facts).
// Project licence.
import { phrases } from './words.js';

/** Shops, brands and companies named after a person ("bij Hans Anders"). */
export const BRANDS: readonly string[] = phrases(`
  Hans Anders; Albert Heijn; Dirk van den Broek; Dirk; Jan Linders; Douwe Egberts; Max Havelaar; Van Haren; Jack Wolfskin;
  Tommy Hilfiger; Ben & Jerry's; Ben en Jerry's; Calvin Klein; Ralph Lauren; Karl Lagerfeld; Hugo Boss; Mercedes;
  Mercedes-Benz; Ferrari; Tesla; Peugeot; Philips; Heineken; Van Gils; Hans Brinker; Leen Bakker; Karwei; Intratuin;
  Pearle; Specsavers; Kwantum; Jamin; Bram Ladage; Febo; Kwalitaria; Wendy's; Domino's; Julia's; Ketelbinkie;
  Oranje Fonds; Prins Bernhard Cultuurfonds; Kinderpostzegels; Jeugdfonds Sport & Cultuur; Johan Cruijff Foundation;
  Johan Cruyff Foundation; Cruyff Court; Richard Krajicek Foundation; Krajicek Playground; Humanitas; Fier; Nibud;
  Prinses Máxima Centrum; Pieter Baan Centrum; Emma Kinderziekenhuis; Wilhelmina Kinderziekenhuis; Sophia Kinderziekenhuis;
  Ronald McDonald Huis; Red Bull; Ajax; Feyenoord; Rabobank; ING; Rots en Water; Theater Sonnevanck
`);

/** Well-known people whose names are used for schools, lectures, projects, days and streets. */
export const PUBLIC_FIGURES: readonly string[] = phrases(`
  Nelson Mandela; Mandela; Anne Frank; Martin Luther King; Martin Luther; Johan Cruijff; Johan Cruyff; Cruijff; Cruyff;
  Vincent van Gogh; Van Gogh; Rembrandt; Rembrandt van Rijn; Gerrit Rietveld; Pieter Baan; Willem-Alexander;
  Willem Alexander; Koning Willem-Alexander; Koningin Máxima; Máxima; Prinses Amalia; Amalia; Beatrix; Juliana;
  Wilhelmina; Bernhard; Prins Claus; Willem van Oranje; Erasmus; Spinoza; Jeroen Bosch; Piet Hein; Michiel de Ruyter;
  Annie M.G. Schmidt; Toon Hermans; Johan de Witt; Thorbecke; Jan van Scorel; Jan Pieterszoon Coen; Maria Montessori;
  Montessori; Jenaplan; Dalton; Rudolf Steiner; Steiner; Comenius; Hugo de Groot; Christiaan Huygens; Huygens;
  Constantijn Huygens; Joost van den Vondel; Vondel; Multatuli; Desiderius Erasmus; Marie Curie; Albert Einstein;
  Einstein; Mahatma Gandhi; Gandhi; Malala; Greta Thunberg; Sinterklaas; Zwarte Piet; Kerstman; Jezus; Mohammed VI;
  Koning Willem I; Lodewijk Napoleon
`);

/** Idioms and stock names that stand for "anyone" ("Jan Modaal", "Jan en alleman"). */
export const IDIOMS: readonly string[] = phrases(`
  Jan Modaal; Jan en alleman; Jan met de pet; Jan Publiek; Jan Lul; Jan Klaassen; Jan Klaassen en Katrijn;
  Jantje lacht; Jantje huilt; Jantje lacht, Jantje huilt; Piet Snot; Klaas Vaak; Jan Soldaat; Jan Rap; Jan Rap en z'n maat;
  Jan Boezeroen; Truus; Joe Sixpack; John Doe; Jane Doe; Henk en Ingrid; Hollandse Jan; Luie Lotje; Brave Hendrik;
  Ome Jan; Tante Betje; Keesje; Jan de Wit
`);

// Endings of Dutch street names ("Dorpsstraat", "Middenweg"), to find "street + house number" addresses.
//
// Source: written by hand for this project (ordinary Dutch vocabulary of street names). Project licence.
import { words } from './words.js';

export const STREET_SUFFIXES: readonly string[] = words(`
  straat straatje laan laantje weg plein pleintje kade gracht singel dreef steeg pad hof park plantsoen markt
  dijk dam wal baan ring erf veld singel boulevard allee zijde buurt vaart sloot gang haven tuin akker horst
  hoek kwartier polder oord burcht brink
`);

// Places the covenant's texts mention: the villages and neighbourhoods of Dijk en Waard, the region, and larger
// Dutch and foreign places and countries that also occur as names ("Bergen", "Hoorn", "Sint Pancras").
//
// Source: written by hand for this project from public geography (place names are facts). Project licence.
import { phrases } from './words.js';

export const PLACES: readonly string[] = phrases(`
  Dijk en Waard; Heerhugowaard; Langedijk; Broek op Langedijk; Sint Pancras; Noord-Scharwoude; Zuid-Scharwoude;
  Oudkarspel; Koedijk; Stad van de Zon; Butterhuizen; De Draai; Middenwaard; Alkmaar; Oudorp; Overdie; Huiswaard;
  De Mare; Daalmeer; Vroonermeer; Hoefplan; Bergermeer; Stompetoren; Oterleek; Ursem; Schermer; Grootschermer;
  Bergen; Schoorl; Egmond; Egmond aan Zee; Heiloo; Castricum; Uitgeest; Limmen; Akersloot; Schagen; Warmenhuizen;
  Harenkarspel; Tuitjenhorn; Dirkshorn; Sint Maarten; Schagerbrug; Petten; Den Helder; Julianadorp; Hoorn;
  Enkhuizen; Medemblik; Opmeer; Spanbroek; Hoogwoud; Wognum; Zwaag; Obdam; Hensbroek; Koggenland; Drechterland;
  Stede Broec; Graft-De Rijp; De Rijp; Purmerend; Zaandam; Zaanstad; Beverwijk; Heemskerk; Velsen; IJmuiden;
  Haarlem; Amsterdam; Rotterdam; Utrecht; Den Haag; Leiden; Groningen; Eindhoven; Tilburg; Breda; Nijmegen;
  Arnhem; Zwolle; Almere; Lelystad; Amersfoort; Apeldoorn; Enschede; Maastricht; Noord-Holland; Zuid-Holland;
  Noord-Holland Noord; Kennemerland; Noord-Kennemerland; West-Friesland; Holland; Nederland; Randstad; Texel;
  België; Duitsland; Frankrijk; Spanje; Turkije; Marokko; Suriname; Curaçao; Aruba; Bonaire; Polen; Syrië;
  Eritrea; Somalië; Afghanistan; Oekraïne; Rusland; Israël; Palestina; Gaza; Jordanië; Egypte; Irak; Iran;
  Europa; Afrika; Azië; Amerika; Londen; Parijs; Berlijn; Brussel; Antwerpen; Milaan; Florence; Sydney
`);

// Organisations and services the covenant partners name in their texts; never a person, even when a part looks
// like a name. At run time the names of the organisations in the database are added to this list.
//
// Source: written by hand for this project from the covenant partners and the public youth-care, police and
// education services around gemeente Dijk en Waard (names of organisations are facts). Project licence.
import { phrases, words } from './words.js';

export const ORGANISATIONS: readonly string[] = phrases(`
  Halt; Bureau Halt; Stichting Halt; Brijder; Brijder Jeugd; Brijder Verslavingszorg; politie; Politie Noord-Holland;
  Basisteam; jeugdagent; wijkagent; gemeente; gemeente Dijk en Waard; Dijk en Waard; Jongerenwerk; samenwerkingsverband;
  Samenwerkingsverband VO Noord-Kennemerland; SWV; GGD; GGD Hollands Noorden; Hollands Noorden; Veilig Thuis;
  Veilig Thuis Noord-Holland Noord; Leerplicht; Leerplichtwet; Regionaal Bureau Leerplicht; RBL; MET;
  Mobiel Expertise Team; Raad voor de Kinderbescherming; Kinderbescherming; Openbaar Ministerie; OM; Jeugdbescherming;
  Jeugdbescherming Noord; William Schrikker; William Schrikker Stichting; Parlan; Kenter; Kenter Jeugdhulp; Lucertis;
  Triversum; Horizon; Centrum voor Jeugd en Gezin; CJG; Sociaal Team; Wijkteam; Zorg- en Veiligheidshuis;
  Veiligheidshuis; Slachtofferhulp; Slachtofferhulp Nederland; Reclassering; Jeugdreclassering; Jellinek; Trimbos;
  Trimbos-instituut; NIX18; Jeugdgezondheidszorg; JGZ; Handhaving; BOA; Brandweer; Jeugdzorg; Bureau Jeugdzorg;
  Jeugdzorg Plus; Kindertelefoon; Meld Misdaad Anoniem; Centrum Seksueel Geweld; Veiligheidsregio;
  Veiligheidsregio Noord-Holland Noord; Inspectie van het Onderwijs; Onderwijsinspectie; Ministerie van OCW;
  Ministerie van Justitie en Veiligheid; Rijksoverheid; DUO; Kennisnet; Stichting School en Veiligheid;
  School en Veiligheid; Mediawijzer; Bureau Discriminatiezaken; Sportbedrijf; Bibliotheek; Albert Heijn; Jumbo;
  Kruidvat; Hema; Action; Lidl; Aldi; McDonald's; Van der Valk; NS; Connexxion; Arriva; Magister; Somtoday;
  Zermelo; WhatsApp; Snapchat; Instagram; TikTok; Facebook; YouTube; Discord; Telegram; Signal; Google; Microsoft;
  Teams; Apple; Netflix; Fortnite; Roblox; Han Fortmann; Jan Arentsz; Willem Blaeu; Huygens College; Trinitas;
  Clusius; Murmellius; Petrus Canisius; Focus Heerhugowaard; Ichthus
`);

/** Words before a capitalised phrase that make it the name of a place or an organisation ("basisschool De Regenboog"). */
export const ORGANISATION_PREFIXES: readonly string[] = words(`
  basisschool school obs cbs ikc kindcentrum stichting sporthal sportpark buurthuis wijkcentrum zwembad
  winkelcentrum café cafe restaurant snackbar cafetaria hotel theater museum park vereniging voetbalvereniging
  vv scouting kerk moskee stadion bibliotheek station halte camping jeugdhonk jongerencentrum
`);

/** Words after a capitalised phrase that make it the name of an organisation ("Han Fortmann College"). */
export const ORGANISATION_SUFFIXES: readonly string[] = words(`
  college lyceum gymnasium school scholengemeenschap mavo havo vwo vmbo academie instituut stichting
  centrum kliniek groep vereniging bv b.v. nv foundation fonds academie ziekenhuis
`);

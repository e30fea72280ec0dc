// Names that are also ordinary Dutch words (Roos, Bakker, Visser, Bos, Mei): they count only with a cue or
// as part of a full name, because a capital at the start of a sentence or in a title proves nothing.
//
// Source: the entries of first-names.ts and surnames.ts whose lower-case form is a word in the OpenTaal
// Dutch word list (Debian package `wdutch`, OpenTaal, licence BSD or CC BY 3.0 at the user's choice),
// reviewed by hand: archaic or rare words (peter, bram, vries, mulder) were dropped because in practice
// those are names, and a few words from other lists (months, nationalities) were added. Only the
// resulting judgement is kept here; no part of the word list itself is copied.
import { words } from './words.js';

const firstNamesThatAreWords = words(`
  Amber Arend Bas Ben Bob Ernst Fleur Frank Helen Iris Jack Jade Jet Job Lieve Lot Mark Max Mees Noor Nova
  Pascal Rein Rob Roos Ruby Storm Taco Ton Tuba Valentijn
`);

const surnamesThatAreWords = words(`
  Appel Baas Bakker Beek Berg Bijl Blok Blom Boer Boom Boon Borst Bos Bot Brand Brink Broek Bruin Buis Dam Dijk
  Doorn Dors Glas Graaf Groen Groot Haan Hart Heuvel Hoek Horst Jager Jong Jonge Keizer Klaver Klein Knol Kok
  Koning Koster Kroon Kruis Laan Lange Leeuw Linden Loon Maas Mantel Meer Mol Nobel Paap Ploeg Pol Pool Post
  Prins Pronk Rijn Roos Ruiter Schaap Schipper Slot Sluiter Spijker Stam Stoop Timmerman Tromp Valk Veen Ven
  Vink Visser Vliet Voogd Vos Vrolijk Wal Wijk Wijnen Wit Zwaan Zwart
`);

/** Names (capitalised as in the name lists) that need a cue or a full name before they count. */
export const ORDINARY_WORD_NAMES: readonly string[] = [...firstNamesThatAreWords, ...surnamesThatAreWords];

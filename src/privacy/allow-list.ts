// Marks the words of organisations, places and other known non-names in a text, so the name detector skips them.
// Phrases match as whole token sequences, case-insensitively ("gemeente Dijk en Waard", "Sint Pancras").
import { NON_NAMES } from './lists/non-names.js';
import { ORGANISATION_PREFIXES, ORGANISATION_SUFFIXES, ORGANISATIONS } from './lists/organisations.js';
import { PLACES } from './lists/places.js';
import { BRANDS, IDIOMS, PUBLIC_FIGURES } from './lists/public-entities.js';
import { type Tokens, tokenize } from './tokens.js';

/** Phrases keyed by their first token, longest first so the longest match wins. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

const NON_NAME_WORDS = new Set(NON_NAMES.map((word) => word.toLowerCase()));
const PREFIXES = new Set(ORGANISATION_PREFIXES);
const SUFFIXES = new Set(ORGANISATION_SUFFIXES);

export function buildPhraseIndex(phrases: Iterable<string>): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const parts = tokenize(phrase).allLower();
    const first = parts[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(parts);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const STATIC_INDEX = buildPhraseIndex([...ORGANISATIONS, ...PLACES, ...BRANDS, ...PUBLIC_FIGURES, ...IDIOMS]);

// Run-time allow-lists (organisation names from the database) are usually the same list on every call.
const contextIndexes = new Map<string, PhraseIndex>();
const MAX_CACHED_INDEXES = 8;

/** The organisation names as given, plus the same names without "basisschool …" or "… College" around them. */
export function contextIndex(allow: readonly string[]): PhraseIndex {
  const key = allow.join('\u0000');
  const cached = contextIndexes.get(key);
  if (cached !== undefined) return cached;
  const variants: string[] = [];
  for (const name of allow) {
    variants.push(name);
    const parts = name.trim().split(/\s+/);
    while (parts.length > 1 && PREFIXES.has((parts[0] ?? '').toLowerCase())) parts.shift();
    while (parts.length > 1 && SUFFIXES.has((parts.at(-1) ?? '').toLowerCase())) parts.pop();
    variants.push(parts.join(' '));
  }
  const index = buildPhraseIndex(variants);
  if (contextIndexes.size >= MAX_CACHED_INDEXES) contextIndexes.clear();
  contextIndexes.set(key, index);
  return index;
}

/** For each token, 1 when it belongs to an allowed phrase or is a known non-name word. */
export function markAllowed(tokens: Tokens, extra: PhraseIndex | undefined): Uint8Array {
  const indexes = extra === undefined ? [STATIC_INDEX] : [STATIC_INDEX, extra];
  const allowed = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens.lower(i);
    if (tokens.kind(i) === 'word' && (isNonNameWord(lower) || hasAllowedPart(lower, indexes))) allowed[i] = 1;
  }
  for (const index of indexes) {
    for (let i = 0; i < tokens.length; i++) {
      const length = longestPhraseAt(tokens, i, index);
      if (length > 0) allowed.fill(1, i, i + length);
    }
  }
  return allowed;
}

/** "Heerhugowaard-Zuid", "Halt-medewerker": a hyphenated word with a place or organisation in it. */
function hasAllowedPart(lower: string, indexes: readonly PhraseIndex[]): boolean {
  if (!lower.includes('-')) return false;
  return lower
    .split('-')
    .some(
      (part) =>
        isNonNameWord(part) ||
        indexes.some((index) => index.get(part)?.some((phrase) => phrase.length === 1)),
    );
}

function longestPhraseAt(tokens: Tokens, at: number, index: PhraseIndex): number {
  const candidates = index.get(tokens.lower(at));
  if (candidates === undefined) return 0;
  for (const phrase of candidates) {
    let matches = true;
    for (let k = 1; k < phrase.length && matches; k++) {
      const lower = tokens.lower(at + k);
      const word = phrase[k] ?? '';
      // The last word may carry a compound after a hyphen: "Martin Luther King-dag", "Nelson Mandela-lezing".
      const sameWord =
        tokens.has(at + k) && (lower === word || (k === phrase.length - 1 && lower.startsWith(`${word}-`)));
      matches = sameWord && !tokens.lineBreakBefore(at + k);
    }
    if (matches) return phrase.length;
  }
  return 0;
}

/** Months, weekdays, languages, function words and job titles. */
export function isNonNameWord(lower: string): boolean {
  return NON_NAME_WORDS.has(lower);
}

export function isOrganisationPrefix(lower: string): boolean {
  return PREFIXES.has(lower);
}

// Endings that make a compound the name of an organisation or place ("Anne Frankschool", "Julianaschool"), and
// endings after a hyphen that make it a project, event or branch ("Mandela-lezing", "Dirk van den Broek-filiaal").
const COMPOUND_ENDINGS = [
  'school',
  'college',
  'lyceum',
  'academie',
  'instituut',
  'centrum',
  'stichting',
  'fonds',
  'kliniek',
  'ziekenhuis',
  'museum',
  'theater',
];
const HYPHEN_ENDINGS = new Set([
  ...COMPOUND_ENDINGS,
  'lezing',
  'dag',
  'week',
  'project',
  'plan',
  'actie',
  'prijs',
  'route',
  'filiaal',
  'award',
  'fonds',
  'huis',
  'zaal',
  'park',
  'plein',
  'laan',
  'straat',
  'weg',
  'methode',
  'programma',
  'training',
]);

/** "anne frankschool", "mandela-lezing": a word that names an organisation, event or project. */
export function isOrganisationCompound(lower: string): boolean {
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && HYPHEN_ENDINGS.has(lower.slice(hyphen + 1))) return true;
  return COMPOUND_ENDINGS.some((ending) => lower.length >= ending.length + 3 && lower.endsWith(ending));
}

export function isOrganisationSuffix(lower: string): boolean {
  return SUFFIXES.has(lower);
}

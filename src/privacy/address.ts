// Finds home addresses: a postcode with a house number, or a street name with a house number
// ("Dorpsstraat 12", "Jan de Withstraat 3a"). A postcode alone next to a place or after "postcode" is a warning.
import { isKnownFirstName, isStreetName } from './names.js';
import type { RawFinding } from './privacy.js';
import type { Tokens } from './tokens.js';
import { isValidPostcode } from './validators.js';

const POSTCODE =
  /(?<![\p{L}\p{N}])([1-9]\p{N}{3}) ?([A-Z]{2})(?![\p{L}\p{N}])(?:,? {1,3}(\p{N}{1,5}(?: ?[a-zA-Z](?![\p{L}]))?(?:-\p{N}{1,4})?)(?![\p{L}\p{N}]|[.,:]\p{N}))?/dgu;
const POSTCODE_CUE = /(?:postcode|adres|woont|woonachtig)\W{0,3}$/iu;
const PLACE_AFTER = /^,? {1,3}\p{Lu}\p{Ll}/u;

// Words after a number that make it a count, not a house number ("Middenweg 3 keer").
const COUNT_WORDS = new Set([
  'keer',
  'maal',
  'x',
  'incidenten',
  'meldingen',
  'leerlingen',
  'jongeren',
  'minuten',
  'uur',
  'dagen',
  'weken',
  'maanden',
  'jaar',
  'km',
  'meter',
  'm',
  'procent',
  '%',
  'euro',
  'personen',
  'mensen',
]);
const ADDRESS_CUES = new Set(['woont', 'woonachtig', 'wonend', 'adres', 'verhuisd', 'woonadres']);
// Words that begin street names even at the start of a sentence ("Burgemeester Visserstraat").
const STREET_NAME_STARTS = new Set([
  'burgemeester',
  'prins',
  'prinses',
  'koningin',
  'koning',
  'sint',
  'van',
  'graaf',
  'generaal',
  'dokter',
  'pastoor',
  'professor',
  'oude',
  'nieuwe',
  'korte',
  'lange',
  'grote',
  'kleine',
]);
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ten', 'ter', 'te']);

export function findPostcodes(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const [, digits = '', letters = '', houseNumber] = match;
    if (!isValidPostcode(digits, letters)) continue;
    const end = match.index + match[0].length;
    if (houseNumber !== undefined) {
      findings.push({ category: 'address', start: match.index, end, severity: 'block' });
      continue;
    }
    const cued = POSTCODE_CUE.test(text.slice(Math.max(0, match.index - 20), match.index));
    if (cued || PLACE_AFTER.test(text.slice(end, end + 6))) {
      findings.push({ category: 'address', start: match.index, end, severity: 'warn' });
    }
  }
  return findings;
}

/** Street + house number, found on tokens; `allowed` keeps places like "Langedijk" out. */
export function findStreetAddresses(tokens: Tokens, allowed: Uint8Array): RawFinding[] {
  const findings: RawFinding[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const number = i + 1;
    if (
      tokens.kind(i) !== 'word' ||
      tokens.kind(number) !== 'number' ||
      !tokens.adjacent(number) ||
      allowed[i]
    )
      continue;
    const street = tokens.text(i);
    const lower = tokens.lower(i);
    const capitalised = /^\p{Lu}\p{Ll}/u.test(street);
    // Streets without a usual ending ("Zuidtangent 118") count after "adres"/"woont" or before a postcode.
    const named = isStreetName(lower)
      ? capitalised || hasAddressCue(tokens, i, 5)
      : capitalised && (hasAddressCue(tokens, i, 6) || postcodeFollows(tokens, number));
    if (!named) continue;
    const digits = tokens.text(number);
    const houseNumber = Number(digits);
    if (houseNumber < 1 || houseNumber > 9999 || /^(?:19|20)\d\d$/.test(digits)) continue;
    const end = houseNumberEnd(tokens, number);
    if (end === null) continue;
    findings.push({
      category: 'address',
      start: tokens.start(streetStart(tokens, i)),
      end,
      severity: 'block',
    });
  }
  return findings;
}

/** End offset of "12", "12a", "12 A", "12-1"; null when the number is a count or a time ("3 keer", "12:00"). */
function houseNumberEnd(tokens: Tokens, at: number): number | null {
  let end = tokens.end(at);
  let next = at + 1;
  const mark = tokens.text(next);
  if ((mark === ':' || mark === ',' || mark === '.') && tokens.touchesPrevious(next)) {
    const after = at + 2;
    if (tokens.kind(after) === 'number' && tokens.touchesPrevious(after)) return null;
  }
  const letter = tokens.text(next);
  if (tokens.kind(next) === 'word' && letter.length === 1 && /^[a-zA-Z]$/.test(letter)) {
    const following = at + 2;
    const standsAlone = tokens.kind(following) !== 'word' || !tokens.touchesPrevious(following);
    if (
      tokens.touchesPrevious(next) ||
      (tokens.gapBefore(next) === ' ' && /[A-Z]/.test(letter) && standsAlone)
    ) {
      end = tokens.end(next);
      next = at + 2;
    }
  } else if (COUNT_WORDS.has(tokens.lower(next))) {
    return null;
  }
  const addition = at + 2;
  if (
    tokens.text(next) === '-' &&
    tokens.touchesPrevious(next) &&
    tokens.kind(addition) === 'number' &&
    tokens.touchesPrevious(addition)
  ) {
    end = tokens.end(addition);
  }
  return end;
}

/** Walks back over the capitalised words and particles of a street name ("Jan de Withstraat"). */
function streetStart(tokens: Tokens, at: number): number {
  let start = at;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (!tokens.adjacent(k + 1) || tokens.kind(k) !== 'word') break;
    const capitalised = /^\p{Lu}/u.test(tokens.text(k));
    const lower = tokens.lower(k);
    if (PARTICLES.has(lower) && !capitalised) {
      continue;
    }
    const startsStreet = STREET_NAME_STARTS.has(lower) || isKnownFirstName(lower);
    if (!capitalised || (tokens.sentenceStart(k) && !startsStreet)) break;
    start = k;
  }
  return start;
}

function hasAddressCue(tokens: Tokens, at: number, window: number): boolean {
  for (let k = Math.max(0, at - window); k < at; k++) {
    const lower = tokens.lower(k);
    if (ADDRESS_CUES.has(lower) || lower.startsWith('adres') || lower.startsWith('woonadres')) return true;
  }
  return false;
}

/** "Zuidtangent 118, 1704 PN": a number followed by a postcode is a house number. */
function postcodeFollows(tokens: Tokens, numberAt: number): boolean {
  let k = numberAt + 1;
  if (tokens.text(k) === ',') k++;
  return (
    tokens.kind(k) === 'number' &&
    /^[1-9]\d{3}$/.test(tokens.text(k)) &&
    /^[A-Z]{2}$/.test(tokens.text(k + 1))
  );
}

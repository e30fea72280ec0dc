// Finds home addresses: a postcode with a house number, or a street name with a house number
// ("Dorpsstraat 12", "Jan de Withstraat 3a"). A postcode alone next to a place or after "postcode" is a warning.
import { isKnownFirstName, isStreetName } from './names.js';
import type { RawFinding } from './privacy.js';
import { adjacent, type Token } from './tokens.js';
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
export function findStreetAddresses(tokens: readonly Token[], allowed: readonly boolean[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const street = tokens[i];
    const number = tokens[i + 1];
    if (street === undefined || number === undefined) continue;
    if (street.kind !== 'word' || number.kind !== 'number' || !adjacent(number) || allowed[i]) continue;
    const capitalised = /^\p{Lu}\p{Ll}/u.test(street.text);
    // Streets without a usual ending ("Zuidtangent 118") count after "adres"/"woont" or before a postcode.
    const named = isStreetName(street.lower)
      ? capitalised || hasAddressCue(tokens, i, 5)
      : capitalised && (hasAddressCue(tokens, i, 6) || postcodeFollows(tokens, i + 1));
    if (!named) continue;
    const houseNumber = Number(number.text);
    if (houseNumber < 1 || houseNumber > 9999 || /^(?:19|20)\d\d$/.test(number.text)) continue;
    const end = houseNumberEnd(tokens, i + 1);
    if (end === null) continue;
    findings.push({
      category: 'address',
      start: tokens[streetStart(tokens, i)]?.start ?? street.start,
      end,
      severity: 'block',
    });
  }
  return findings;
}

/** End offset of "12", "12a", "12 A", "12-1"; null when the number is a count or a time ("3 keer", "12:00"). */
function houseNumberEnd(tokens: readonly Token[], at: number): number | null {
  const number = tokens[at];
  if (number === undefined) return null;
  let end = number.end;
  let next = tokens[at + 1];
  if (
    next !== undefined &&
    (next.text === ':' || next.text === ',' || next.text === '.') &&
    next.gapBefore === ''
  ) {
    const after = tokens[at + 2];
    if (after?.kind === 'number' && after.gapBefore === '') return null;
  }
  if (next !== undefined && next.kind === 'word' && next.text.length === 1 && /^[a-zA-Z]$/.test(next.text)) {
    const following = tokens[at + 2];
    const standsAlone = following === undefined || following.kind !== 'word' || following.gapBefore !== '';
    if (next.gapBefore === '' || (next.gapBefore === ' ' && /[A-Z]/.test(next.text) && standsAlone)) {
      end = next.end;
      next = tokens[at + 2];
    }
  } else if (next !== undefined && COUNT_WORDS.has(next.lower)) {
    return null;
  }
  const addition = tokens[at + 2];
  if (
    next?.text === '-' &&
    next.gapBefore === '' &&
    addition?.kind === 'number' &&
    addition.gapBefore === ''
  ) {
    end = addition.end;
  }
  return end;
}

/** Walks back over the capitalised words and particles of a street name ("Jan de Withstraat"). */
function streetStart(tokens: readonly Token[], at: number): number {
  let start = at;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const token = tokens[k];
    const after = tokens[k + 1];
    if (token === undefined || after === undefined || !adjacent(after) || token.kind !== 'word') break;
    const capitalised = /^\p{Lu}/u.test(token.text);
    if (PARTICLES.has(token.lower) && !capitalised) {
      continue;
    }
    const startsStreet = STREET_NAME_STARTS.has(token.lower) || isKnownFirstName(token.lower);
    if (!capitalised || (token.sentenceStart && !startsStreet)) break;
    start = k;
  }
  return start;
}

function hasAddressCue(tokens: readonly Token[], at: number, window: number): boolean {
  for (let k = Math.max(0, at - window); k < at; k++) {
    const lower = tokens[k]?.lower ?? '';
    if (ADDRESS_CUES.has(lower) || lower.startsWith('adres') || lower.startsWith('woonadres')) return true;
  }
  return false;
}

/** "Zuidtangent 118, 1704 PN": a number followed by a postcode is a house number. */
function postcodeFollows(tokens: readonly Token[], numberAt: number): boolean {
  let k = numberAt + 1;
  if (tokens[k]?.text === ',') k++;
  const digits = tokens[k];
  const letters = tokens[k + 1];
  return (
    digits?.kind === 'number' &&
    /^[1-9]\d{3}$/.test(digits.text) &&
    letters !== undefined &&
    /^[A-Z]{2}$/.test(letters.text)
  );
}

// Checksums and format rules that tell a real BSN, IBAN, postcode, licence plate or phone number from a random
// run of digits and letters.

/** The BSN 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. Eight digits get a leading zero. */
export function passesElevenTest(digits: string): boolean {
  const padded = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(padded) || /^0+$/.test(padded)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(padded[i]);
  sum -= Number(padded[8]);
  return sum % 11 === 0;
}

/** IBAN lengths per country for the countries whose accounts turn up in Dutch schools. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  ES: 24,
  IT: 27,
  PL: 28,
  TR: 26,
  LU: 20,
  AT: 20,
  CH: 21,
  PT: 25,
  IE: 22,
  DK: 18,
  SE: 24,
  NO: 15,
  FI: 18,
};

/** ISO 13616 check: the right length for the country and the number modulo 97 equals 1. */
export function isValidIban(input: string): boolean {
  const iban = input.replace(/[\s-]/g, '').toUpperCase();
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined || iban.length !== length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    // Letters become two digits; folding digit by digit keeps the number small.
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** A Dutch postcode: 1000–9999 and two letters, where SA, SD and SS are never issued. */
export function isValidPostcode(digits: string, letters: string): boolean {
  const number = Number(digits);
  return (
    /^\d{4}$/.test(digits) &&
    number >= 1000 &&
    /^[A-Z]{2}$/.test(letters) &&
    letters !== 'SA' &&
    letters !== 'SD' &&
    letters !== 'SS'
  );
}

// Letters on plates since sidecode 4 have no vowels (and no C or Q), so words like "HAVO-3" don't match.
const PLATE_LETTER = '[BDFGHJKLMNPRSTVXZ]';
const SIDECODES: readonly (readonly [number, RegExp])[] = [
  [1, /^[A-Z]{2}-\d{2}-\d{2}$/],
  [2, /^\d{2}-\d{2}-[A-Z]{2}$/],
  [3, /^\d{2}-[A-Z]{2}-\d{2}$/],
  [4, new RegExp(`^${PLATE_LETTER}{2}-\\d{2}-${PLATE_LETTER}{2}$`)],
  [5, new RegExp(`^${PLATE_LETTER}{2}-${PLATE_LETTER}{2}-\\d{2}$`)],
  [6, new RegExp(`^\\d{2}-${PLATE_LETTER}{2}-${PLATE_LETTER}{2}$`)],
  [7, new RegExp(`^\\d{2}-${PLATE_LETTER}{3}-\\d$`)],
  [8, new RegExp(`^\\d-${PLATE_LETTER}{3}-\\d{2}$`)],
  [9, new RegExp(`^${PLATE_LETTER}{2}-\\d{3}-${PLATE_LETTER}$`)],
  [10, new RegExp(`^${PLATE_LETTER}-\\d{3}-${PLATE_LETTER}{2}$`)],
  [11, new RegExp(`^${PLATE_LETTER}{3}-\\d{2}-${PLATE_LETTER}$`)],
  [12, new RegExp(`^${PLATE_LETTER}-\\d{2}-${PLATE_LETTER}{3}$`)],
  [13, new RegExp(`^\\d-${PLATE_LETTER}{2}-\\d{3}$`)],
  [14, new RegExp(`^\\d{3}-${PLATE_LETTER}{2}-\\d$`)],
];

/**
 * The Dutch sidecode (1–14) of a plate written with dashes, e.g. "52-HKN-7" → 7; `null` when none fits.
 * Sidecodes 1–3 (before 1978) still allowed vowels.
 */
export function licencePlateSidecode(plate: string): number | null {
  const upper = plate.toUpperCase();
  for (const [sidecode, pattern] of SIDECODES) if (pattern.test(upper)) return sidecode;
  return null;
}

/** Puts the dashes back into a plate written without them ("GV123B" → "GV-123-B") where one sidecode fits. */
export function dashedLicencePlate(compact: string): string | null {
  const upper = compact.toUpperCase();
  if (!/^[A-Z0-9]{6}$/.test(upper)) return null;
  // Dashes go where letters and digits meet; sidecodes 1–6 have groups of two.
  const groups = upper.match(/[A-Z]+|\d+/g) ?? [];
  const candidates = groups.length === 3 ? [groups.join('-')] : [];
  if (groups.length <= 2) candidates.push(`${upper.slice(0, 2)}-${upper.slice(2, 4)}-${upper.slice(4)}`);
  for (const candidate of candidates) if (licencePlateSidecode(candidate) !== null) return candidate;
  return null;
}

export type PhoneKind = 'mobile' | 'landline' | 'service' | 'municipal';

// Two-digit area codes (after the 0); all other geographic numbers have a three-digit area code.
const TWO_DIGIT_AREAS = new Set([
  '10',
  '13',
  '15',
  '20',
  '23',
  '24',
  '26',
  '30',
  '33',
  '35',
  '36',
  '38',
  '40',
  '43',
  '45',
  '46',
  '50',
  '53',
  '55',
  '58',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '77',
  '78',
  '79',
]);

/**
 * Classifies a Dutch number given as its national digits ("0612345678", "0725123456", "08001234"):
 * mobile (06), a landline or nomadic number (085, 088, 091), a service number (0800/090x), or `null`.
 */
export function classifyDutchPhone(national: string): PhoneKind | null {
  if (/^0(?:800|90[069])(?:\d{4}|\d{7})$/.test(national)) return 'service';
  if (/^14\d{3,4}$/.test(national)) return 'municipal';
  if (!/^0\d{9}$/.test(national)) return null;
  if (/^06[1-58]/.test(national)) return 'mobile';
  if (/^0(?:85|88|91|97)/.test(national)) return 'landline';
  if (/^0[1-57]/.test(national)) {
    // A three-digit area code that looks like a two-digit one (e.g. 0201) does not exist.
    const area = national.slice(1, 3);
    return TWO_DIGIT_AREAS.has(area) || !/^[1-57]0$/.test(area) ? 'landline' : null;
  }
  return null;
}

/** A calendar date that exists (29 February only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

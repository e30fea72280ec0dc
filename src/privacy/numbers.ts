// Finds identifying numbers: BSN (11-test), IBAN (mod-97), student numbers, other long digit runs and licence
// plates (sidecodes). Patterns start only where a number starts, so long digit runs cost linear time.
import type { RawFinding } from './privacy.js';
import {
  dashedLicencePlate,
  IBAN_LENGTHS,
  isValidIban,
  licencePlateSidecode,
  passesElevenTest,
} from './validators.js';

// Nine digits, optionally grouped with single dots, spaces or dashes ("1234.56.782", "123 456 782").
const NINE_DIGITS = /(?<![\p{L}\p{N}]|\p{N}[.\- ])\p{N}(?:[ .-]?\p{N}){8}(?![\p{N}]|[.-]\p{N}| \p{N})/gu;
const BSN_CUE =
  /(?<![\p{L}])(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)(?:-?nummer|-?nr\.?)?[^\d.!?\n]{0,40}?(\d(?:[ .-]?\d){7,8})(?![\p{N}])/dgiu;

export function findBsns(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(NINE_DIGITS)) {
    if (passesElevenTest(match[0].replace(/\D/g, ''))) findings.push(bsn(match.index, match[0].length));
  }
  // Eight digits are a BSN (with a leading zero) only when the text says it is one.
  for (const match of text.matchAll(BSN_CUE)) {
    const start = match.indices?.[1]?.[0];
    const number = match[1];
    if (start === undefined || number === undefined) continue;
    if (passesElevenTest(number.replace(/\D/g, ''))) findings.push(bsn(start, number.length));
  }
  return findings;
}

function bsn(start: number, length: number): RawFinding {
  return { category: 'bsn', start, end: start + length, severity: 'block' };
}

const IBAN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.entries(IBAN_LENGTHS)
    .map(([country, length]) => `${country}\\d{2}(?: ?[A-Z0-9]){${length - 4}}`)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Text shaped like an IBAN whose check fails: no IBAN, but its digits are no phone or BSN either. */
export function findIbanLookalikes(text: string): { start: number; end: number }[] {
  return [...text.matchAll(IBAN)]
    .filter((match) => !isValidIban(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function findIbans(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(IBAN)) {
    if (!isValidIban(match[0])) continue;
    findings.push({
      category: 'iban',
      start: match.index,
      end: match.index + match[0].length,
      severity: 'block',
    });
  }
  return findings;
}

const STUDENT_NUMBER =
  /(?<![\p{L}])(?:(?:leerling(?:en)?|student|stam|onderwijs|ov|examen|magister|somtoday|som|parnassys|eduarte|esis|cumlaude|dexter|presentis)[- ]?(?:nummer|nr\.?|id)s?|llnr\.?|lln?\.?[- ]?nr\.?)(?![\p{L}])[^\d.!?\n]{0,30}?(\d{4}-\d{3,5}|\d{5,9})(?![\p{N}])/dgiu;
const MORE_NUMBERS = /^\s*(?:,|en|of|&)\s*(\d{5,9})(?![\p{N}])/u;
const LONG_DIGITS = /(?<![\p{L}\p{N}@/._-])\p{N}{7,}(?![\p{L}\p{N}])/gu;

/** Student numbers after a cue (block), and any other run of 7+ digits (warn). */
export function findStudentNumbers(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(STUDENT_NUMBER)) {
    const start = match.indices?.[1]?.[0];
    const number = match[1];
    if (start === undefined || number === undefined) continue;
    findings.push({ category: 'student_number', start, end: start + number.length, severity: 'block' });
    // "leerlingnummers 20456 en 20457": the cue covers the whole list.
    let offset = start + number.length;
    for (let more = MORE_NUMBERS.exec(text.slice(offset, offset + 40)); more !== null; ) {
      const next = offset + more[0].length - (more[1]?.length ?? 0);
      findings.push({
        category: 'student_number',
        start: next,
        end: offset + more[0].length,
        severity: 'block',
      });
      offset += more[0].length;
      more = MORE_NUMBERS.exec(text.slice(offset, offset + 40));
    }
  }
  for (const match of text.matchAll(LONG_DIGITS)) {
    findings.push({
      category: 'student_number',
      start: match.index,
      end: match.index + match[0].length,
      severity: 'warn',
    });
  }
  return findings;
}

// In capitals any sidecode; in lower case only the modern ones without vowels ("34-hkn-5"), not words like "t-shirt".
const DASHED_PLATE =
  /(?<![\p{L}\p{N}-])(?:[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}|[a-z0-9]{1,3}-[a-z0-9]{2,3}-[a-z0-9]{1,3})(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;
const PLATE_CUE =
  /(?<![\p{L}])kenteken(?:nummer|s)?(?![\p{L}])[^.!?\n\d]{0,30}?(?<![\p{L}\p{N}])([A-Za-z0-9]{1,3}[- ]?[A-Za-z0-9]{1,3}[- ]?[A-Za-z0-9]{1,3})(?![\p{L}\p{N}])/dgiu;

/** Plates written with dashes in capitals; without dashes or in lower case only after "kenteken". */
export function findLicencePlates(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(DASHED_PLATE)) {
    const sidecode = licencePlateSidecode(match[0]);
    if (sidecode === null || (match[0] !== match[0].toUpperCase() && sidecode < 4)) continue;
    findings.push(plate(match.index, match[0].length));
  }
  for (const match of text.matchAll(PLATE_CUE)) {
    const start = match.indices?.[1]?.[0];
    const candidate = match[1];
    if (start === undefined || candidate === undefined) continue;
    if (!/\d/.test(candidate) || !/[A-Za-z]/.test(candidate)) continue;
    const compact = candidate.replace(/[- ]/g, '');
    const valid =
      candidate.includes('-') && !candidate.includes(' ')
        ? licencePlateSidecode(candidate) !== null
        : dashedLicencePlate(compact) !== null;
    if (valid) findings.push(plate(start, candidate.length));
  }
  return findings;
}

function plate(start: number, length: number): RawFinding {
  return { category: 'licence_plate', start, end: start + length, severity: 'block' };
}

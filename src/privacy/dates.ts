// Finds birth dates: a date after a birth cue ("geboren op", "geb.", "geboortedatum"), or a full date whose year
// makes someone a pupil now (10–20 years ago) in a sentence about a person. Meeting dates stay clean.
import { PERSON_WORDS } from './lists/cue-words.js';
import type { RawFinding } from './privacy.js';
import { type Span, spansWithin } from './spans.js';
import { isValidDate } from './validators.js';

export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly year: number | null;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const NUMERIC_DATE = /(?<![\p{L}\p{N}.\-/])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[-/.]\p{N})/gu;
const ISO_DATE = /(?<![\p{L}\p{N}.\-/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}]|[-/.]\p{N})/gu;
const TEXT_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:e)? (${Object.keys(MONTHS).join('|')})(?:\\.? (\\d{4}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const BIRTH_CUE =
  /(?<![\p{L}])(?:geboren|geb\.?(?: ?datum)?|geboortedatum|geboortedag|verjaardag|jarig|dob|d\.o\.b\.?|date of birth)(?![\p{L}])/giu;
// A birth year after a cue: "geboortejaar 2011", "geboren in 2011", "(geb. 2011)", "geboren '09".
const BIRTH_YEAR =
  /(?<![\p{L}])(?:geboortejaar|geboren(?: in)?|geb\.|geb(?![\p{L}]))[^\d.!?\n]{0,12}?((?:19|20)\d{2}|'\d{2})(?![\p{N}])/dgiu;
// A year in brackets right after a name: "Sanne (2012)", "Lisa ('11)".
const YEAR_AFTER_NAME = /^\s*\(\s*((?:19|20)\d{2}|'\d{2})\s*\)/u;
// "Het convenant is geboren in 2019": a birth cue about a thing, not a person.
const THING_BEFORE =
  /(?<![\p{L}])(?:plan|idee|convenant|project|initiatief|samenwerking|afspraak|werkgroep|overleg|netwerk|aanpak|protocol|beleid|concept|gedachte|voorstel)(?![\p{L}])[^.!?\n]{0,30}$/iu;
const PERSON = new RegExp(`(?<![\\p{L}])(?:${PERSON_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const SENTENCE_BREAK = /[!?\n]|\.\s+\p{Lu}/u;

/** Every date in the text: "12-03-2010", "2009-11-04", "3 mei 2011", "12 maart" (year unknown). */
export function findDates(text: string, now: Date): DateMatch[] {
  const dates: DateMatch[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const year = fullYear(match[4] ?? '', now);
    if (isValidDate(year, Number(match[3]), Number(match[1]))) dates.push(dateMatch(match, year));
  }
  for (const match of text.matchAll(ISO_DATE)) {
    const year = Number(match[1]);
    if (isValidDate(year, Number(match[2]), Number(match[3]))) dates.push(dateMatch(match, year));
  }
  for (const match of text.matchAll(TEXT_DATE)) {
    const month = MONTHS[(match[2] ?? '').toLowerCase()] ?? 0;
    const year = match[3] === undefined ? null : Number(match[3]);
    if (isValidDate(year ?? 2000, month, Number(match[1]))) dates.push(dateMatch(match, year));
  }
  return dates.sort((a, b) => a.start - b.start);
}

function dateMatch(match: RegExpExecArray | RegExpMatchArray, year: number | null): DateMatch {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, year };
}

function fullYear(digits: string, now: Date): number {
  if (digits.length === 4) return Number(digits);
  const short = Number(digits);
  return short <= now.getUTCFullYear() % 100 ? 2000 + short : 1900 + short;
}

/** Dates that follow a birth cue in the same sentence, and a bare year after "geboortejaar" or "geboren in". */
export function findCuedBirthdates(text: string, dates: readonly DateMatch[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const cue of text.matchAll(BIRTH_CUE)) {
    const cueEnd = cue.index + cue[0].length;
    const date = firstAfter(dates, cueEnd);
    if (
      date !== undefined &&
      date.start - cueEnd <= 40 &&
      !SENTENCE_BREAK.test(text.slice(cueEnd, date.start))
    ) {
      findings.push({ category: 'birthdate', start: date.start, end: date.end, severity: 'block' });
    }
  }
  for (const match of text.matchAll(BIRTH_YEAR)) {
    const start = match.indices?.[1]?.[0];
    if (start === undefined || THING_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)))
      continue;
    findings.push({ category: 'birthdate', start, end: start + (match[1]?.length ?? 4), severity: 'block' });
  }
  return findings;
}

/** A year in brackets right after a name, when it makes the person a pupil or a young adult now. */
export function findBirthYearsAfterNames(text: string, names: readonly Span[], now: Date): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const name of names) {
    const match = YEAR_AFTER_NAME.exec(text.slice(name.end, name.end + 12));
    const value = match?.[1];
    if (match === null || value === undefined) continue;
    const year = value.startsWith("'") ? fullYear(value.slice(1), now) : Number(value);
    const age = now.getUTCFullYear() - year;
    if (age < 3 || age > 25) continue;
    const start = name.end + match[0].indexOf(value);
    findings.push({ category: 'birthdate', start, end: start + value.length, severity: 'block' });
  }
  return findings;
}

/**
 * Full dates whose year is 10–20 years before `now`, in a sentence that is about a person (a name or a word
 * like "leerling"). "Het convenant van 30-09-2021" has neither and stays clean.
 */
export function findPupilBirthdates(
  text: string,
  dates: readonly DateMatch[],
  names: readonly Span[],
  now: Date,
): RawFinding[] {
  const findings: RawFinding[] = [];
  const thisYear = now.getUTCFullYear();
  for (const date of dates) {
    if (date.year === null || date.year < thisYear - 20 || date.year > thisYear - 10) continue;
    const from = sentenceStart(text, date.start);
    const to = sentenceEnd(text, date.end);
    const aboutPerson =
      PERSON.test(text.slice(from, date.start)) ||
      PERSON.test(text.slice(date.end, to)) ||
      spansWithin(names, from, to).length > 0;
    if (aboutPerson)
      findings.push({ category: 'birthdate', start: date.start, end: date.end, severity: 'block' });
  }
  return findings;
}

// Sentences are looked at within 150 characters either way, which keeps a long text linear.
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 150);
  const before = text.slice(from, at);
  let cut = 0;
  for (const match of before.matchAll(/[!?\n]|\.\s/gu)) cut = match.index + match[0].length;
  return from + cut;
}

function sentenceEnd(text: string, at: number): number {
  const after = text.slice(at, at + 150);
  const match = /[!?\n]|\.(?:\s|$)/u.exec(after);
  return at + (match === null ? after.length : match.index);
}

function firstAfter(dates: readonly DateMatch[], offset: number): DateMatch | undefined {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((dates[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return dates[low];
}

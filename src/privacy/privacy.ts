// The privacy guard: `scan(text)` finds personal data in Dutch free text and says, in Dutch, what to remove.
// Pure and synchronous; the organisation names from the database come in through `context.allow`.
import { t } from '../locale/index.js';
import { findPostcodes, findStreetAddresses } from './address.js';
import { findAgeClasses } from './age-class.js';
import { contextIndex, markAllowed } from './allow-list.js';
import { findEmails, findPhones, findServiceNumbers, findSocialHandles } from './contact-details.js';
import { findBirthYearsAfterNames, findCuedBirthdates, findDates, findPupilBirthdates } from './dates.js';
import { findNames } from './names.js';
import { type NormalisedText, normalise, originalSpan } from './normalise.js';
import { findBsns, findIbanLookalikes, findIbans, findLicencePlates, findStudentNumbers } from './numbers.js';
import { tokenize } from './tokens.js';

export const CATEGORIES = [
  'name',
  'bsn',
  'phone',
  'email',
  'address',
  'birthdate',
  'age_class',
  'student_number',
  'iban',
  'licence_plate',
  'social_handle',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type Severity = 'block' | 'warn';

export interface Finding {
  readonly category: Category;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface ScanContext {
  /** Organisation names (e.g. from the organisations table) that are never a person's name. */
  readonly allow?: readonly string[];
  /** The moment the text is written; decides which years are a pupil's birth year. */
  readonly now?: Date;
}

/** A finding before it gets its text and message. */
export interface RawFinding {
  readonly category: Category;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
}

// Web addresses (and IBAN look-alikes) are no findings themselves, but their digits are no phone or student number.
const URL = /(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)[^\s<>"]{1,500}/giu;

export function scan(original: string, context: ScanContext = {}): Finding[] {
  const now = context.now ?? new Date();
  // Detectors work on the normalised text; findings are mapped back to the writer's own characters.
  const normalised = normalise(original);
  const text = normalised.text;
  const tokens = tokenize(text);
  const allowed = markAllowed(tokens, context.allow?.length ? contextIndex(context.allow) : undefined);
  const dates = findDates(text, now);

  const claimed = new Uint8Array(text.length);
  // Earlier groups win where findings overlap: an e-mail address is no handle, an IBAN's digits no phone number.
  const contact = claim(claimed, [findEmails(text), findSocialHandles(text)]);
  const urls = [...text.matchAll(URL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  for (const { start, end } of [...urls, ...findIbanLookalikes(text), ...findServiceNumbers(text)]) {
    if (!overlapsClaimed(claimed, start, end)) claimed.fill(1, start, end);
  }
  const studentNumbers = findStudentNumbers(text);
  const structured = claim(claimed, [
    findIbans(text),
    // A mobile number that happens to pass the 11-test is a phone number, not a BSN.
    findPhones(text),
    findBsns(text),
    findLicencePlates(text),
    studentNumbers.filter((finding) => finding.severity === 'block'),
    findCuedBirthdates(text, dates),
    findPostcodes(text),
    findStreetAddresses(tokens, allowed),
    studentNumbers.filter((finding) => finding.severity === 'warn'),
  ]);

  const masked = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (overlapsClaimed(claimed, tokens.start(i), tokens.end(i))) masked[i] = 1;
  }
  const names = findNames(text, tokens, allowed, masked);
  const personal = claim(claimed, [
    names,
    findPupilBirthdates(text, dates, names, now),
    findBirthYearsAfterNames(text, names, now),
    findAgeClasses(text, names),
  ]);

  return toFindings(original, normalised, mergeWithinCategory([...contact, ...structured, ...personal]));
}

/** Keeps, group by group, the findings that don't overlap what earlier groups claimed, and claims them. */
function claim(claimed: Uint8Array, groups: readonly (readonly RawFinding[])[]): RawFinding[] {
  const kept: RawFinding[] = [];
  for (const group of groups) {
    // Findings of one group may overlap each other (they are merged later), so the group is judged first.
    const from = kept.length;
    for (const finding of group)
      if (!overlapsClaimed(claimed, finding.start, finding.end)) kept.push(finding);
    for (let i = from; i < kept.length; i++) {
      const finding = kept[i];
      if (finding !== undefined) claimed.fill(1, finding.start, finding.end);
    }
  }
  return kept;
}

function overlapsClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i] === 1) return true;
  return false;
}

/** Overlapping findings of one category become one finding; the stricter severity wins. */
function mergeWithinCategory(findings: RawFinding[]): RawFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawFinding[] = [];
  const lastByCategory = new Map<Category, number>();
  for (const finding of findings) {
    const index = lastByCategory.get(finding.category);
    const last = index === undefined ? undefined : merged[index];
    if (last !== undefined && index !== undefined && finding.start < last.end) {
      merged[index] = {
        category: last.category,
        start: last.start,
        end: Math.max(last.end, finding.end),
        severity: last.severity === 'block' || finding.severity === 'block' ? 'block' : 'warn',
      };
      continue;
    }
    lastByCategory.set(finding.category, merged.length);
    merged.push(finding);
  }
  return merged;
}

/** The findings in the writer's own text, each with its Dutch message. */
function toFindings(
  original: string,
  normalised: NormalisedText,
  findings: readonly RawFinding[],
): Finding[] {
  const result: Finding[] = [];
  for (const finding of findings) {
    const [start, end] = originalSpan(normalised, finding.start, finding.end);
    const value = original.slice(start, end);
    const message = messageTemplate(finding.category, finding.severity).join(value);
    result.push({ category: finding.category, start, end, text: value, severity: finding.severity, message });
  }
  return result;
}

// A long text can have thousands of findings; each message template is looked up once, split where the finding's
// text goes, and joined around it.
const TEXT_SLOT = '\u0000';
const messageTemplates: Readonly<Record<Severity, Map<Category, readonly string[]>>> = {
  block: new Map(),
  warn: new Map(),
};

function messageTemplate(category: Category, severity: Severity): readonly string[] {
  let template = messageTemplates[severity].get(category);
  if (template === undefined) {
    const group = severity === 'block' ? 'messages' : 'warnings';
    template = t(`privacy.${group}.${category}`, { text: TEXT_SLOT }).split(TEXT_SLOT);
    messageTemplates[severity].set(category, template);
  }
  return template;
}

// Finds an age that, with a class or a name next to it, points at one pupil ("15 jaar, klas 3B", "14-jarige uit
// 2C", "de 13-jarige Tim"). Ages on their own and age ranges ("jongeren van 12 tot 16 jaar") are not findings.
import type { RawFinding } from './privacy.js';
import { type Span, spansWithin } from './spans.js';

// "15 jaar", "15-jarige", "15 jr", or a bare number after "meisje van" ("een meisje van 14 uit 3A").
const AGE =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:(?: ?- ?| )jarige|(?: )?(?:jaar|jr\.?)(?: oud)?|(?<=(?:meisje|jongen|meid|knul|leerling|leerlinge|scholier|kind|zoon|dochter) van \d{1,2}))(?![\p{L}\p{N}])/giu;
const CLASS = new RegExp(
  [
    '(?:klas|leerjaar|groep) ?\\d{1,2}(?:[a-zA-Z]\\d?)?(?: (?:havo|vwo|mavo|vmbo))?',
    '[1-6](?:[a-df-zA-Z]|E)\\d?',
    '\\d ?(?:havo|vwo|mavo|vmbo(?:-?(?:tl|t|kb|k|bb|b|gl))?|atheneum|gymnasium|gym|tl|kader|basis)',
    '(?:havo|vwo|mavo|vmbo|atheneum|gymnasium|[HVMhvm]) ?-?[1-6]',
    'brugklas(?:ser)?',
    '(?:eerste|tweede|derde|vierde|vijfde|zesde)(?:jaars| klas)',
  ]
    .map((pattern) => `(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`)
    .join('|'),
  'gu',
);
// Words that make the age a range or a duration, not someone's age ("tot 16 jaar", "al 2 jaar").
const RANGE_BEFORE =
  /(?:(?<![\p{L}])(?:tot|t\/m|tm|vanaf|tussen|onder|boven|dan|minimaal|maximaal|gemiddeld|per|al|sinds|na|binnen|over|ruim|bijna|afgelopen|komende|circa|ca\.?|ongeveer|zo'n|alle|voor)|\d\s?(?:-|–|en|of))\s*$/iu;
const RANGE_AFTER = /^(?:\s?\+|\s(?:en|of)\s(?:ouder|jonger)|\s(?:lang|geleden|later|eerder))(?![\p{L}])/iu;
const GROUP_AFTER =
  /^\s(?:leerlingen|jongeren|kinderen|meiden|meisjes|jongens|scholieren|tieners|pubers|studenten)(?![\p{L}])/iu;
// What may stand between an age and a class: punctuation and a few linking words ("15 jaar en zit in 3B").
const LINK =
  /^[\s,;:()–-]*(?:(?:en|uit|in|van|zit|zat|zitten|de|het|op|een|is|was|die|zijn|haar|leerling|leerlinge|scholier|jongen|meisje|broer|zus|broertje|zusje|vriend|vriendin|neef|nicht)[\s,;:()–-]+){0,5}$/iu;
const NAME_LINK = /^[\s,;:()–-]*(?:(?:is|was|van|die|de|het|een|leerling|leerlinge)[\s,;:()–-]+){0,2}$/iu;
const PAREN_AGE = /^\s*\(\s*(\d{1,2})\s*\)/u;

export function findAgeClasses(text: string, names: readonly Span[]): RawFinding[] {
  const classes = [...text.matchAll(CLASS)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(AGE)) {
    const years = Number(match[1]);
    const age = { start: match.index, end: match.index + match[0].length };
    if (years < 4 || years > 21 || !isPersonalAge(text, age)) continue;
    const withClass = nearbyClass(text, age, classes);
    if (withClass !== null) {
      findings.push(ageClass(Math.min(age.start, withClass.start), Math.max(age.end, withClass.end)));
    } else if (
      spansWithin(names, age.start - 40, age.end + 40).some(
        (name) => isLinked(text, name, age, NAME_LINK) || isLinked(text, age, name, NAME_LINK),
      )
    ) {
      findings.push(ageClass(age.start, age.end));
    }
  }
  // "Jurre (14)": a bare number in brackets right after a name.
  for (const name of names) {
    const paren = PAREN_AGE.exec(text.slice(name.end, name.end + 12));
    const years = Number(paren?.[1]);
    if (paren === null || years < 4 || years > 21) continue;
    const start = name.end + paren[0].indexOf(paren[1] ?? '');
    findings.push(ageClass(start, start + (paren[1]?.length ?? 0)));
  }
  return findings;
}

function isPersonalAge(text: string, age: Span): boolean {
  const before = text.slice(Math.max(0, age.start - 14), age.start);
  const after = text.slice(age.end, age.end + 24);
  return !RANGE_BEFORE.test(before) && !RANGE_AFTER.test(after) && !GROUP_AFTER.test(after);
}

function nearbyClass(text: string, age: Span, classes: readonly Span[]): Span | null {
  let best: Span | null = null;
  for (const candidate of spansWithin(classes, age.start - 40, age.end + 40)) {
    if (isLinked(text, age, candidate, LINK) || isLinked(text, candidate, age, LINK)) {
      if (best === null || candidate.start > age.start) best = candidate;
      if (candidate.start > age.start) break;
    }
  }
  return best;
}

function isLinked(text: string, first: Span, second: Span, link: RegExp): boolean {
  if (second.start < first.end || second.start - first.end > 40) return false;
  return link.test(text.slice(first.end, second.start));
}

function ageClass(start: number, end: number): RawFinding {
  return { category: 'age_class', start, end, severity: 'block' };
}

// Finds an age that, with a class or a name next to it, points at one pupil ("15 jaar, klas 3B", "14-jarige uit
// 2C", "de 13-jarige Tim"). Ages on their own and age ranges ("jongeren van 12 tot 16 jaar") are not findings.
import type { RawFinding } from './privacy.js';
import { type Span, spansWithin } from './spans.js';

// Ages written out ("veertienjarige"), as is common in police and school notes.
const AGE_WORDS: Readonly<Record<string, number>> = {
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
};
// People words after which "van 14" is an age ("een meisje van 14 uit 3A", "Brugklasser van 12").
const PERSON_NOUNS =
  'meisje|jongen|meid|knul|leerling|leerlinge|scholier|kind|zoon|dochter|nieuwkomer|brugklasser|brugklasster|broer|zus|broertje|zusje';
// "15 jaar", "15-jarige", "15 jr", "14j", "veertienjarige", or a bare number after "meisje van".
const AGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?:(?: ?- ?| )jarige?|(?: )?(?:jaar|jr\\.?|j\\.?)(?: oud)?|(?<=(?:${PERSON_NOUNS}) van \\d{1,2}))|(${Object.keys(AGE_WORDS).join('|')})(?:-| )?jarige?)(?![\\p{L}\\p{N}])`,
  'giu',
);
// Class codes of every school type: "3B", "klas 2", "3 havo", "H3b", "4vmbo-k", "2 bb/kb", "ISK-1", "1e klas",
// "kopklas". Matched case-insensitively, because notes are typed fast.
const TRACK =
  '(?:havo|vwo|mavo|vmbo(?:[- ]?(?:tl|gt|gl|kb|bb|k|b|t))?|atheneum|gymnasium|gym|tl|gt|gl|kb|bb|kader|basis|isk|lwoo|pro)';
const CLASS = new RegExp(
  [
    `(?:klas|leerjaar|groep) ?\\d{1,2}(?:[a-z]\\d?)?(?: ${TRACK})?`,
    '[1-6] ?(?:e|ste|de) ?(?:klas|jaar|leerjaar)',
    `[1-6] ?${TRACK}(?:\\/${TRACK})?`,
    `(?:${TRACK}|[hvmgab])[- ]?[1-6][a-z]?`,
    '[1-6][a-z]{1,2}\\d?',
    '(?:brug|schakel|kop|nieuwkomers|isk|entree|instroom|taal|internationale schakel)klas(?:ser|sers)?',
    '(?:eerste|tweede|derde|vierde|vijfde|zesde)(?:jaars| klas|klasser)',
  ]
    .map((pattern) => `(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);
// A bare number as an age right next to a class: "uit 5c, 16", "(4H, 16)", "1bk (12)", "(16, 4 havo)".
const BARE_AGE_AFTER_CLASS = /^\s*(?:,|\()\s*(1\d|20|[4-9])(?:\s*(?:jaar|jr\.?|j\.?))?\s*(?:\)|,|\s|$)/iu;
const BARE_AGE_BEFORE_CLASS = /(?:\(|(?<![\p{L}])is\s+(?:pas\s+|nog\s+|al\s+)?|,\s)(1\d|20|[4-9])$/iu;
// Words that make the age a range or a duration, not someone's age ("tot 16 jaar", "al 2 jaar").
const RANGE_BEFORE =
  /(?:(?<![\p{L}])(?:tot|t\/m|tm|vanaf|tussen|onder|boven|dan|minimaal|maximaal|gemiddeld|per|al|sinds|na|binnen|over|ruim|bijna|afgelopen|komende|circa|ca\.?|ongeveer|zo'n|alle|voor)|\d\s?(?:-|–|en|of))\s*$/iu;
const RANGE_AFTER = /^(?:\s?\+|\s(?:en|of)\s(?:ouder|jonger)|\s(?:lang|geleden|later|eerder))(?![\p{L}])/iu;
const GROUP_AFTER =
  /^\s(?:leerlingen|jongeren|kinderen|meiden|meisjes|jongens|scholieren|tieners|pubers|studenten)(?![\p{L}])/iu;
// What may stand between an age and a class: punctuation and a few linking words ("15 jaar en zit in 3B").
const LINK =
  /^[\s,;:()–-]*(?:(?:en|uit|in|van|zit|zat|zitten|de|het|op|een|is|was|die|zijn|haar|leerling|leerlinge|scholier|jongen|meisje|meid|broer|zus|broertje|zusje|vriend|vriendin|neef|nicht|nieuwkomer|oud)[\s,;:()–-]+){0,5}$/iu;
const NAME_LINK = /^[\s,;:()–-]*(?:(?:is|was|van|die|de|het|een|leerling|leerlinge)[\s,;:()–-]+){0,2}$/iu;
const PAREN_AGE = /^\s*\(\s*(\d{1,2})\s*\)/u;

export function findAgeClasses(text: string, names: readonly Span[]): RawFinding[] {
  const classes = [...text.matchAll(CLASS)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(AGE)) {
    const years =
      match[1] === undefined ? (AGE_WORDS[(match[2] ?? '').toLowerCase()] ?? 0) : Number(match[1]);
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
  for (const found of classes) {
    const after = BARE_AGE_AFTER_CLASS.exec(text.slice(found.end, found.end + 16));
    if (after !== null) {
      const end = found.end + after[0].indexOf(after[1] ?? '', 1) + (after[1]?.length ?? 0);
      findings.push(ageClass(found.start, end));
      continue;
    }
    // "Zij is 13 en zit in 1F", "(16, 4 havo)": the number before the class, linked by a few words.
    const window = text.slice(Math.max(0, found.start - 40), found.start);
    for (const linked of window.matchAll(/(?<![\p{L}\p{N}])(1\d|20|[4-9])(?![\p{N}])/gu)) {
      const start = found.start - window.length + linked.index;
      const end = start + linked[0].length;
      if (!BARE_AGE_BEFORE_CLASS.test(text.slice(Math.max(0, start - 12), end))) continue;
      if (!LINK.test(text.slice(end, found.start))) continue;
      findings.push(ageClass(start, found.end));
      break;
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

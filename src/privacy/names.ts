// Finds people's names: list hits for first names and surnames, titles and roles before a name, relations
// ("moeder van …"), tussenvoegsels and initials joined into one finding, and names listed together.
import { isOrganisationPrefix, isOrganisationSuffix } from './allow-list.js';
import { RELATION_CUES, ROLE_CUES, TITLE_CUES } from './lists/cue-words.js';
import { FIRST_NAMES } from './lists/first-names.js';
import { ORDINARY_WORD_NAMES } from './lists/ordinary-words.js';
import { STREET_SUFFIXES } from './lists/street-suffixes.js';
import { SURNAMES } from './lists/surnames.js';
import { INNER_TUSSENVOEGSELS, TUSSENVOEGSELS } from './lists/tussenvoegsels.js';
import type { Severity } from './privacy.js';
import { adjacent, type Token, tokenize } from './tokens.js';

export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
}

const lowerSet = (list: readonly string[]) => new Set(list.map((entry) => entry.toLowerCase()));
const FIRST = lowerSet(FIRST_NAMES);
const SURNAME = lowerSet(SURNAMES);
const ORDINARY = lowerSet(ORDINARY_WORD_NAMES);
const ROLES = lowerSet(ROLE_CUES);
const RELATIONS = lowerSet(RELATION_CUES);
type SequenceIndex = ReadonlyMap<string, readonly (readonly string[])[]>;
/** Token sequences keyed by their first token, longest first, so a lookup per token is one map access. */
const toTokenSequences = (list: readonly string[]): SequenceIndex => {
  const index = new Map<string, string[][]>();
  for (const entry of list) {
    const sequence = tokenize(entry).map((token) => token.lower);
    const first = sequence[0];
    if (first === undefined) continue;
    index.set(
      first,
      [...(index.get(first) ?? []), sequence].sort((a, b) => b.length - a.length),
    );
  }
  return index;
};
const TITLES = toTokenSequences(TITLE_CUES);
const PARTICLES = toTokenSequences(TUSSENVOEGSELS);
const ALL_PARTICLES = toTokenSequences([...TUSSENVOEGSELS, ...INNER_TUSSENVOEGSELS]);
const MAX_NAME_PARTS = 6;
const MAX_INITIALS = 4;
const COORDINATORS = new Set([',', 'en', 'of', '&', '/']);
// Nouns after which a capital letter and a full stop are a label ("plan B.", "bijlage A."), not an initial.
const LABEL_NOUNS = new Set([
  'plan',
  'bijlage',
  'optie',
  'fase',
  'type',
  'niveau',
  'groep',
  'deel',
  'punt',
  'route',
  'blok',
  'vitamine',
  'klas',
  'lokaal',
  'gebouw',
  'ingang',
  'variant',
  'scenario',
  'model',
]);
// A capitalised word followed by an age or a class is a pupil ("Jurre (14)", "Jurre uit 2C", "Jurre (3B)").
const AGE_AFTER = /^\s*\(\s*(\d{1,2})\s*(jaar|jr\.?)?\s*[),]/u;
const COMMA_AGE_AFTER = /^\s*,\s*(\d{1,2})\s*(?:jaar|jr)(?![\p{L}])/u;
const CLASS = '(?:(?:klas|groep)\\s+\\d{1,2}[a-zA-Z]?\\d?|[1-6][a-zA-Z]\\d?|\\d\\s?(?:havo|vwo|mavo|vmbo))';
const CLASS_AFTER = new RegExp(`^(?:\\s+uit\\s+${CLASS}(?![\\p{L}\\p{N}])|\\s*\\(\\s*${CLASS}\\s*[),])`, 'u');

type PartKind = 'initial' | 'word' | 'particle' | 'surname';

interface Part {
  readonly kind: PartKind;
  readonly from: number;
  /** Exclusive token index. */
  readonly to: number;
}

interface WordInfo {
  readonly first: boolean;
  readonly surname: boolean;
  readonly ambiguous: boolean;
}

/**
 * Name spans in `tokens`. `allowed` marks words of organisations, places and other non-names; `masked` marks
 * tokens already inside another finding (an e-mail address, a street).
 */
export function findNames(
  text: string,
  tokens: readonly Token[],
  allowed: readonly boolean[],
  masked: readonly boolean[],
): NameSpan[] {
  return new NameFinder(text, tokens, allowed, masked).run();
}

class NameFinder {
  private readonly found: { fromToken: number; toToken: number; severity: Severity }[] = [];
  private readonly used: boolean[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly allowed: readonly boolean[],
    private readonly masked: readonly boolean[],
  ) {
    this.used = tokens.map(() => false);
  }

  run(): NameSpan[] {
    this.findWithCuesAndLists();
    this.findByAgeOrClassAfter();
    this.findListedTogether();
    return this.found
      .sort((a, b) => a.fromToken - b.fromToken)
      .map(({ fromToken, toToken, severity }) => ({
        start: this.token(fromToken).start,
        end: this.token(toToken - 1).end,
        severity,
      }));
  }

  private findWithCuesAndLists(): void {
    const count = this.tokens.length;
    let i = 0;
    while (i < count) {
      const next = this.tryAt(i);
      i = next > i ? next : i + 1;
    }
  }

  /** Tries every way a name can start at token `i`; returns the token index after what it consumed. */
  private tryAt(i: number): number {
    if (this.used[i] || this.masked[i]) return i + 1;
    const token = this.token(i);

    const title = this.matchSequence(i, TITLES);
    if (title > 0) {
      const core = this.parseCore(i + title, 'cue');
      if (core !== null) return this.add(i, core.to, 'block');
    }

    // "broer van Lisa" before "broer Lisa", so "van" stays out of the finding.
    if (token.kind === 'word' && RELATIONS.has(token.lower) && this.tokens[i + 1]?.lower === 'van') {
      const core = this.parseCore(i + 2, 'cue');
      if (core !== null) return this.add(core.from, core.to, 'block');
    }

    if (token.kind === 'word' && (ROLES.has(token.lower) || this.isAgeCue(i))) {
      const core = this.parseCore(i + 1, 'cue');
      if (core !== null) return this.add(core.from, core.to, 'block');
    }

    const parts = this.parseParts(i, 'plain');
    if (parts.length === 0) return i + 1;
    const judged = this.judge(parts);
    const end = parts.at(-1)?.to ?? i + 1;
    if (judged === null || this.isOrganisationOrStreet(judged.from, end)) return end;
    return this.add(judged.from, end, judged.severity);
  }

  /** "13-jarige Tim": the age before a capitalised word marks it as a name. */
  private isAgeCue(i: number): boolean {
    const token = this.token(i);
    if (token.lower !== 'jarige') return false;
    const before = this.tokens[i - 1];
    if (before === undefined) return false;
    if (before.kind === 'number') return true;
    return before.text === '-' && this.tokens[i - 2]?.kind === 'number';
  }

  /** A name right after a cue: anything capitalised, or a known name even in lower case ("juf annemiek"). */
  private parseCore(from: number, mode: 'cue'): { from: number; to: number } | null {
    const start = this.tokens[from];
    if (start === undefined || !adjacent(start)) return null;
    const parts = this.parseParts(from, mode);
    const last = parts.at(-1);
    if (last === undefined || this.isOrganisationOrStreet(from, last.to)) return null;
    return { from, to: last.to };
  }

  /**
   * Reads initials, then capitalised words, then a tussenvoegsel with its surname, as long as they are
   * separated by spaces only: "P. de Groot", "Mohammed El Amrani", "Van den Berg".
   */
  private parseParts(from: number, mode: 'plain' | 'cue'): Part[] {
    const parts: Part[] = [];
    let k = from;
    while (
      this.isInitialAt(k) &&
      parts.length < MAX_INITIALS &&
      (parts.length === 0 || adjacent(this.token(k)))
    ) {
      if (parts.length === 0 && LABEL_NOUNS.has(this.tokens[k - 1]?.lower ?? '')) break;
      parts.push({ kind: 'initial', from: k, to: k + 2 });
      k += 2;
      // "A.B." is two initials without a space between them.
      while (this.isInitialAt(k) && parts.length < MAX_INITIALS && this.token(k).gapBefore === '') {
        parts.push({ kind: 'initial', from: k, to: k + 2 });
        k += 2;
      }
    }
    // A name has a handful of words; stopping there keeps long runs of capitalised words (headings) linear.
    while (k < this.tokens.length && parts.length < MAX_NAME_PARTS) {
      const token = this.token(k);
      if (parts.length > 0 && !adjacent(token)) break;
      const particle = this.matchParticle(k, parts.length > 0);
      if (particle > 0) {
        const surname = k + particle;
        const next = this.tokens[surname];
        if (next === undefined || !adjacent(next) || !this.isCandidate(surname)) break;
        const info = this.info(surname);
        if (parts.length === 0) {
          // "het BSN van Milan": "van" before a first name is the preposition.
          if (info.first && !info.surname) break;
          // After a cue a surname without first name is written with a capital ("meneer Van Dijk"), so a
          // lower-case "van" is the preposition unless a known surname follows ("jeugdagent van Heerhugowaard").
          if (mode === 'cue' && !isCapitalised(token.text) && !info.surname) break;
        }
        parts.push({ kind: 'particle', from: k, to: surname });
        parts.push({ kind: 'surname', from: surname, to: surname + 1 });
        break;
      }
      const lowerCaseName = mode === 'cue' && parts.length === 0 && this.isKnownLowerCaseName(k);
      if (!this.isCandidate(k) && !lowerCaseName) break;
      parts.push({ kind: 'word', from: k, to: k + 1 });
      k++;
    }
    // "Noah B.": a surname written as its initial.
    if (parts.at(-1)?.kind === 'word' && this.isInitialAt(k) && adjacent(this.token(k))) {
      parts.push({ kind: 'initial', from: k, to: k + 2 });
    }
    // Initials alone ("B.") are no name.
    return parts.every((part) => part.kind === 'initial') ? [] : parts;
  }

  /**
   * Decides whether words found without a cue are a name. A lone list hit is a warning; a first name with a
   * surname, or initials with a surname, is a block. Words that are no evidence are dropped from the front.
   */
  private judge(parts: readonly Part[]): { from: number; severity: Severity } | null {
    for (let at = 0; at < parts.length; at++) {
      const head = parts[at];
      if (head === undefined || head.kind === 'surname') return null;
      const rest = parts.slice(at + 1);
      if (head.kind === 'initial') return { from: head.from, severity: 'block' };
      if (head.kind === 'particle') {
        // "de Vries" on its own is a surname; "van Koning" or "de Bakker" without a first name is not evidence.
        const surname = rest[0] === undefined ? undefined : this.info(rest[0].from);
        return surname?.surname && !surname.ambiguous ? { from: head.from, severity: 'warn' } : null;
      }
      const info = this.info(head.from);
      const sentenceStart = this.token(head.from).sentenceStart;
      if (rest.length === 0) {
        if ((info.first || info.surname) && !info.ambiguous) return { from: head.from, severity: 'warn' };
        return null;
      }
      const restInfo = rest.filter((part) => part.kind !== 'particle').map((part) => this.info(part.from));
      const hasParticle = rest.some((part) => part.kind === 'particle');
      const restSurname = restInfo.some((entry) => entry.surname);
      const restStrongSurname = restInfo.some((entry) => entry.surname && !entry.ambiguous);
      if (info.first && !info.ambiguous) return { from: head.from, severity: 'block' };
      if (info.first && (restSurname || hasParticle || !sentenceStart))
        return { from: head.from, severity: 'block' };
      const unknown = !info.first && !info.surname;
      if (unknown && !sentenceStart && (restStrongSurname || (hasParticle && restSurname))) {
        return { from: head.from, severity: 'block' };
      }
    }
    return null;
  }

  /** "Jurre (14)", "Jurre, 14 jaar" and "Jurre uit 2C": an unknown capitalised word with an age or class. */
  private findByAgeOrClassAfter(): void {
    for (const finding of this.found) {
      if (finding.severity === 'warn' && this.hasAgeOrClassAfter(finding.toToken - 1, false)) {
        finding.severity = 'block';
      }
    }
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.used[i] || !this.isCandidate(i)) continue;
      // Read the whole run of capitalised words, so "Jurre Hoogendoorn (14)" is one finding.
      if (this.isCandidate(i - 1) && adjacent(this.token(i))) continue;
      const parts = this.parseParts(i, 'plain');
      const end = parts.at(-1)?.to ?? i + 1;
      if (parts.some((part) => this.used[part.from])) continue;
      if (this.hasAgeOrClassAfter(end - 1, this.token(i).sentenceStart)) this.add(i, end, 'block');
    }
  }

  private hasAgeOrClassAfter(tokenIndex: number, sentenceStart: boolean): boolean {
    const after = this.text.slice(this.token(tokenIndex).end, this.token(tokenIndex).end + 40);
    const age = AGE_AFTER.exec(after);
    if (age !== null) {
      const years = Number(age[1]);
      if (years >= 4 && years <= 21 && (!sentenceStart || age[2] !== undefined)) return true;
    }
    if (COMMA_AGE_AFTER.test(after)) return true;
    return !sentenceStart && CLASS_AFTER.test(after);
  }

  /**
   * "Bram en Roos", "Daan, Jurre en Sanne": next to a name, a capitalised word that is a listed name (also one
   * that is an ordinary word) or an unknown word inside a sentence is a name too.
   */
  private findListedTogether(): void {
    const count = this.tokens.length;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < count; i++) this.tryListedAt(i, i - 2, i - 1);
      for (let i = count - 1; i >= 0; i--) this.tryListedAt(i, i + 2, i + 1);
    }
  }

  private tryListedAt(i: number, neighbour: number, separator: number): void {
    if (this.used[i] || !this.isCandidate(i)) return;
    const between = this.tokens[separator];
    if (between === undefined || !COORDINATORS.has(between.lower) || !this.used[neighbour]) return;
    const info = this.info(i);
    const listed = info.first || info.surname;
    if (!listed && this.token(i).sentenceStart) return;
    // Take the whole run of capitalised words: "Petrus Donker en Sanne".
    let from = i;
    while (
      i - from < MAX_NAME_PARTS &&
      this.isCandidate(from - 1) &&
      !this.used[from - 1] &&
      adjacent(this.token(from))
    ) {
      const before = from - 1;
      const beforeInfo = this.info(before);
      if (this.token(before).sentenceStart && !beforeInfo.first && !beforeInfo.surname) break;
      from = before;
    }
    const parts = this.parseParts(from, 'plain');
    const end = Math.max(parts.at(-1)?.to ?? i + 1, i + 1);
    if (this.isOrganisationOrStreet(from, end)) return;
    this.add(from, end, 'warn');
  }

  private add(fromToken: number, toToken: number, severity: Severity): number {
    this.found.push({ fromToken, toToken, severity });
    for (let k = fromToken; k < toToken; k++) this.used[k] = true;
    return toToken;
  }

  /** A capitalised word that could be part of a name: not an organisation, place, month or street. */
  private isCandidate(i: number): boolean {
    const token = this.tokens[i];
    if (token === undefined || token.kind !== 'word' || this.allowed[i] || this.masked[i]) return false;
    if (token.text.length < 2 || !isCapitalised(token.text)) return false;
    if (token.text === token.text.toUpperCase()) return false;
    // Hyphenated words are names only when every part is capitalised ("Anne-Marie", not "MET-coördinator").
    if (token.text.includes('-') && !token.text.split('-').every(isCapitalised)) return false;
    const info = this.info(i);
    return info.first || info.surname || !isStreetName(token.lower);
  }

  private isKnownLowerCaseName(i: number): boolean {
    const token = this.tokens[i];
    if (token === undefined || token.kind !== 'word' || this.allowed[i] || this.masked[i]) return false;
    const info = this.info(i);
    return (info.first || info.surname) && !info.ambiguous;
  }

  private info(i: number): WordInfo {
    const base = this.token(i).lower.replace(/['’]s$/u, '');
    if (!base.includes('-')) {
      return { first: FIRST.has(base), surname: SURNAME.has(base), ambiguous: ORDINARY.has(base) };
    }
    const pieces = base.split('-');
    const first = pieces.every((piece) => FIRST.has(piece));
    const surname = !first && pieces.every((piece) => FIRST.has(piece) || SURNAME.has(piece));
    return { first, surname, ambiguous: false };
  }

  private isInitialAt(k: number): boolean {
    const token = this.tokens[k];
    const dot = this.tokens[k + 1];
    return (
      token !== undefined &&
      token.kind === 'word' &&
      token.text.length === 1 &&
      isCapitalised(token.text) &&
      !this.masked[k] &&
      dot?.text === '.' &&
      dot.gapBefore === ''
    );
  }

  /** Length in tokens of the tussenvoegsel at `k`; prepositions count only inside a name ("Jan op den Akker"). */
  private matchParticle(k: number, insideName: boolean): number {
    return this.matchSequence(k, insideName ? ALL_PARTICLES : PARTICLES);
  }

  private matchSequence(k: number, index: SequenceIndex): number {
    const first = this.tokens[k];
    if (first === undefined || this.masked[k]) return 0;
    for (const sequence of index.get(first.lower) ?? []) {
      let matches = true;
      for (let s = 1; s < sequence.length && matches; s++) {
        const token = this.tokens[k + s];
        matches = token !== undefined && token.lower === sequence[s] && !token.gapBefore.includes('\n');
      }
      if (matches) return sequence.length;
    }
    return 0;
  }

  /** "basisschool Jan Ligthart", "Han Fortmann College", "Jan de Withstraat": a name inside another name. */
  private isOrganisationOrStreet(from: number, to: number): boolean {
    const before = this.tokens[from - 1];
    const after = this.tokens[to];
    if (before !== undefined && adjacent(this.token(from)) && isOrganisationPrefix(before.lower)) return true;
    if (
      after !== undefined &&
      adjacent(after) &&
      (isOrganisationSuffix(after.lower) || isStreetName(after.lower))
    ) {
      return true;
    }
    return false;
  }

  private token(i: number): Token {
    const token = this.tokens[i];
    if (token === undefined) throw new RangeError(`no token ${i}`);
    return token;
  }
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

export function isKnownFirstName(lower: string): boolean {
  return FIRST.has(lower);
}

/** "dorpsstraat", "middenweg": a word ending in a street suffix with something before it. */
export function isStreetName(lower: string): boolean {
  for (const ending of STREET_SUFFIXES) {
    if (lower.length >= ending.length + 3 && lower.endsWith(ending)) return true;
  }
  return false;
}

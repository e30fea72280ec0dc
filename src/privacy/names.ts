// Finds people's names: list hits for first names and surnames, titles and roles before a name, relations
// ("moeder van …"), tussenvoegsels and initials joined into one finding, and names listed together.
import {
  isNonNameWord,
  isOrganisationCompound,
  isOrganisationPrefix,
  isOrganisationSuffix,
} from './allow-list.js';
import {
  GREETINGS,
  NAME_LABELS,
  PERSON_VERBS,
  POSSESSIVES,
  PREPOSITIONS_BEFORE_PERSON,
  RELATION_CUES,
  ROLE_CUES,
  TITLE_CUES,
} from './lists/cue-words.js';
import { FIRST_NAMES } from './lists/first-names.js';
import {
  GENERATED_FIRST_NAMES,
  GENERATED_FIRST_NAMES_THAT_ARE_WORDS,
} from './lists/generated/first-names.js';
import { GENERATED_SURNAMES, GENERATED_SURNAMES_THAT_ARE_WORDS } from './lists/generated/surnames.js';
import { ORDINARY_WORD_NAMES } from './lists/ordinary-words.js';
import { STREET_SUFFIXES } from './lists/street-suffixes.js';
import { SURNAMES } from './lists/surnames.js';
import { INNER_TUSSENVOEGSELS, TUSSENVOEGSELS } from './lists/tussenvoegsels.js';
import type { RawFinding, Severity } from './privacy.js';
import { type Tokens, tokenize } from './tokens.js';

const lowerSet = (list: readonly string[]) => new Set(list.map((entry) => entry.toLowerCase()));
const FIRST = lowerSet([...FIRST_NAMES, ...GENERATED_FIRST_NAMES, ...GENERATED_FIRST_NAMES_THAT_ARE_WORDS]);
const SURNAME = lowerSet([...SURNAMES, ...GENERATED_SURNAMES, ...GENERATED_SURNAMES_THAT_ARE_WORDS]);
const ORDINARY = lowerSet([
  ...ORDINARY_WORD_NAMES,
  ...GENERATED_FIRST_NAMES_THAT_ARE_WORDS,
  ...GENERATED_SURNAMES_THAT_ARE_WORDS,
]);
const ROLES = lowerSet(ROLE_CUES);
const VERBS = lowerSet(PERSON_VERBS);
const POSSESSIVE = lowerSet(POSSESSIVES);
const BEFORE_PERSON = lowerSet(PREPOSITIONS_BEFORE_PERSON);
const GREETING = lowerSet(GREETINGS);
const LABELS = lowerSet(NAME_LABELS);
// Endings of diminutives and pet names ("Timmie", "Jesje", "Robbie"); the stem must be a listed first name.
const DIMINUTIVE = /^(.{2,}?)(?:tje|pje|je|ie|y|ke)$/u;
// Punctuation after which a line of an address field or an attendance list starts ("Aan: Veenstra, Ilse; …").
const FIELD_STARTS = new Set([':', ';', '[', ']', '(', '<', '•', '*', '-', '|']);
const RELATIONS = lowerSet(RELATION_CUES);
type SequenceIndex = ReadonlyMap<string, readonly (readonly string[])[]>;
/** Token sequences keyed by their first token, longest first, so a lookup per token is one map access. */
const toTokenSequences = (list: readonly string[]): SequenceIndex => {
  const index = new Map<string, string[][]>();
  for (const entry of list) {
    const tokens = tokenize(entry);
    // Names are only looked for where a word starts (`tryAt`): every title and tussenvoegsel must start with one.
    if (tokens.length > 0 && tokens.kind(0) !== 'word')
      throw new Error(`'${entry}' does not start with a word`);
    const sequence = tokens.allLower();
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
const NO_PARTS: readonly Part[] = [];
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
const CLASS_AFTER = new RegExp(`^\\s+uit\\s+${CLASS}(?![\\p{L}\\p{N}])`, 'u');
// "Dyami (5V) is gehoord": a class in brackets marks a pupil even at the start of a sentence.
const CLASS_IN_BRACKETS_AFTER = new RegExp(`^\\s*\\(\\s*${CLASS}\\s*[),]`, 'u');
// Who wrote or said what follows: "Reactie van Anke:", "Vraag van Dyami:", "namens Sevda:".
const SENDER_NOUNS = new Set([
  'reactie',
  'bericht',
  'berichtje',
  'mail',
  'e-mail',
  'mailtje',
  'appje',
  'antwoord',
  'vraag',
  'opmerking',
  'aanvulling',
  'toelichting',
  'notitie',
  'verslag',
]);

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
  /** Found through a possessive or diminutive ending ("Jurres", "Timmie"), not as the word itself. */
  readonly derived?: boolean;
}

/**
 * Name findings in `tokens`, in text order. `allowed` marks words of organisations, places and other non-names;
 * `masked` marks tokens already inside another finding (an e-mail address, a street).
 */
export function findNames(
  text: string,
  tokens: Tokens,
  allowed: Uint8Array,
  masked: Uint8Array,
): RawFinding[] {
  return new NameFinder(text, tokens, allowed, masked).run();
}

class NameFinder {
  private readonly found: { fromToken: number; toToken: number; severity: Severity; removed?: boolean }[] =
    [];
  private readonly used: Uint8Array;
  /** Index in `found` of the finding that holds each token, so replacing findings stays linear. */
  private readonly owner: Int32Array;
  /** Per token: 0 not yet known, else 1 + the index of its shared `WordInfo` in `SHARED_INFOS`. */
  private readonly infos: Uint8Array;
  /** Per token: 0 not yet known, 1 a candidate, 2 not (see `isCandidate`). */
  private readonly candidates: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly allowed: Uint8Array,
    private readonly masked: Uint8Array,
  ) {
    this.used = new Uint8Array(tokens.length);
    this.owner = new Int32Array(tokens.length).fill(-1);
    this.infos = new Uint8Array(tokens.length);
    this.candidates = new Uint8Array(tokens.length);
  }

  run(): RawFinding[] {
    this.findWithCuesAndLists();
    this.findByAgeOrClassAfter();
    this.findListedTogether();
    this.findSurnameFirst();
    this.blockInPersonContext();
    return this.found
      .filter((finding) => !finding.removed)
      .sort((a, b) => a.fromToken - b.fromToken)
      .map(({ fromToken, toToken, severity }) => ({
        category: 'name',
        start: this.tokens.start(fromToken),
        end: this.tokens.end(toToken - 1),
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
    const tokens = this.tokens;
    // Every way a name can start (a title, relation, role, initial, tussenvoegsel or the name) is a word.
    if (this.used[i] || this.masked[i] || tokens.kind(i) !== 'word') return i + 1;
    const lower = tokens.lower(i);

    const title = this.matchSequence(i, TITLES);
    if (title > 0) {
      const core = this.parseCore(i + title, 'cue');
      if (core !== null) return this.add(i, core.to, 'block');
    }

    // "broer van Lisa" before "broer Lisa", so "van" stays out of the finding.
    if (RELATIONS.has(lower) && tokens.lower(i + 1) === 'van') {
      const core = this.parseCore(i + 2, 'cue');
      if (core !== null) return this.add(core.from, core.to, 'block');
    }

    if (ROLES.has(lower) || this.isAgeCue(i)) {
      const core = this.parseCore(i + 1, 'cue');
      if (core !== null) return this.add(core.from, core.to, 'block');
    }

    const lowerCase = this.parseLowerCaseName(i);
    if (lowerCase !== null) return this.add(i, lowerCase.to, lowerCase.severity);

    const parts = this.parseParts(i, 'plain');
    if (parts.length === 0) return i + 1;
    const judged = this.judge(parts);
    const end = parts.at(-1)?.to ?? i + 1;
    if (judged === null || this.isOrganisationOrStreet(judged.from, end)) return end;
    return this.add(judged.from, end, judged.severity);
  }

  /** "13-jarige Tim": the age before a capitalised word marks it as a name. */
  private isAgeCue(i: number): boolean {
    const tokens = this.tokens;
    if (tokens.lower(i) !== 'jarige') return false;
    const before = i - 1;
    if (!tokens.has(before)) return false;
    if (tokens.kind(before) === 'number') return true;
    return tokens.text(before) === '-' && tokens.kind(i - 2) === 'number';
  }

  /** A name right after a cue: anything capitalised, or a known name even in lower case ("juf annemiek"). */
  private parseCore(from: number, mode: 'cue'): { from: number; to: number } | null {
    if (!this.tokens.has(from) || !this.tokens.adjacent(from)) return null;
    const parts = this.parseParts(from, mode);
    const last = parts.at(-1);
    if (last === undefined || this.isOrganisationOrStreet(from, last.to)) return null;
    return { from, to: last.to };
  }

  /**
   * Reads initials, then capitalised words, then a tussenvoegsel with its surname, as long as they are
   * separated by spaces only: "P. de Groot", "Mohammed El Amrani", "Van den Berg".
   */
  private parseParts(from: number, mode: 'plain' | 'cue'): readonly Part[] {
    const parts: Part[] = [];
    let k = from;
    while (
      this.isInitialAt(k) &&
      parts.length < MAX_INITIALS &&
      (parts.length === 0 || this.tokens.adjacent(k))
    ) {
      if (parts.length === 0 && LABEL_NOUNS.has(this.tokens.lower(k - 1))) break;
      parts.push({ kind: 'initial', from: k, to: k + 2 });
      k += 2;
      // "A.B." is two initials without a space between them.
      while (this.isInitialAt(k) && parts.length < MAX_INITIALS && this.tokens.touchesPrevious(k)) {
        parts.push({ kind: 'initial', from: k, to: k + 2 });
        k += 2;
      }
    }
    // A name has a handful of words; stopping there keeps long runs of capitalised words (headings) linear.
    const tokens = this.tokens;
    while (k < tokens.length && parts.length < MAX_NAME_PARTS) {
      if (parts.length > 0 && !tokens.adjacent(k)) break;
      const particle = this.matchParticle(k, parts.length > 0);
      if (particle > 0) {
        const surname = k + particle;
        const next = tokens.has(surname);
        // After a tussenvoegsel a listed surname counts even when it is also a word ("L. van der Meer").
        const listedSurname =
          next &&
          isCapitalised(tokens.text(surname)) &&
          SURNAME.has(tokens.lower(surname)) &&
          !this.masked[surname] &&
          (!this.allowed[surname] || isNonNameWord(tokens.lower(surname)));
        // "van Dijk-de Boer": the surname after the tussenvoegsel may itself be double.
        const double = this.doubleSurnameEnd(surname, false);
        if (!next || !tokens.adjacent(surname)) break;
        if (!(double > 0 || this.isCandidate(surname) || listedSurname)) break;
        const info = this.info(surname);
        if (parts.length === 0) {
          // "het BSN van Milan": "van" before a first name is the preposition.
          if (info.first && !info.surname) break;
          // After a cue a surname without first name is written with a capital ("meneer Van Dijk"), so a
          // lower-case "van" is the preposition unless a known surname follows ("jeugdagent van Heerhugowaard").
          if (mode === 'cue' && !isCapitalised(tokens.text(k)) && !info.surname) break;
        }
        parts.push({ kind: 'particle', from: k, to: surname });
        parts.push({ kind: 'surname', from: surname, to: double > 0 ? double : surname + 1 });
        break;
      }
      // "Kooiman-de Wit", "Jansen-van der Berg": a double surname ends the name.
      const double = this.doubleSurnameEnd(k, false);
      if (double > 0) {
        parts.push({ kind: 'surname', from: k, to: double });
        break;
      }
      const lowerCaseName = mode === 'cue' && parts.length === 0 && this.isKnownLowerCaseName(k);
      if (!this.isCandidate(k) && !lowerCaseName) break;
      parts.push({ kind: 'word', from: k, to: k + 1 });
      k++;
    }
    // "Noah B.": a surname written as its initial.
    if (parts.at(-1)?.kind === 'word' && this.isInitialAt(k) && tokens.adjacent(k)) {
      parts.push({ kind: 'initial', from: k, to: k + 2 });
    }
    // Initials alone ("B.") are no name.
    for (const part of parts) if (part.kind !== 'initial') return parts;
    return NO_PARTS;
  }

  /**
   * Decides whether words found without a cue are a name. A lone list hit is a warning; a first name with a
   * surname, or initials with a surname, is a block. Words that are no evidence are dropped from the front.
   */
  private judge(parts: readonly Part[]): { from: number; severity: Severity } | null {
    for (let at = 0; at < parts.length; at++) {
      const head = parts[at];
      // A double surname with a tussenvoegsel on its own ("Kooiman-de Wit") is a name, but without a first
      // name, initials or cue it only warns.
      if (head?.kind === 'surname' && at === 0 && isDouble(head))
        return { from: head.from, severity: 'warn' };
      if (head === undefined || head.kind === 'surname') return null;
      if (head.kind === 'initial') return { from: head.from, severity: 'block' };
      const next = parts[at + 1];
      if (head.kind === 'particle') {
        // "de Vries" on its own is a surname; "van Koning" or "de Bakker" without a first name is not evidence.
        const surname = next === undefined ? undefined : this.info(next.from);
        return surname?.surname && !surname.ambiguous ? { from: head.from, severity: 'warn' } : null;
      }
      const info = this.info(head.from);
      const sentenceStart = this.tokens.sentenceStart(head.from);
      if (next === undefined) {
        if ((info.first || info.surname) && !info.ambiguous) return { from: head.from, severity: 'warn' };
        return null;
      }
      // What the parts after the head are (read in a loop: this runs for every capitalised word of a text).
      let hasParticle = false;
      let restSurname = false;
      let restStrongSurname = false;
      for (let r = at + 1; r < parts.length; r++) {
        const part = parts[r];
        if (part === undefined) continue;
        if (part.kind === 'particle') {
          hasParticle = true;
          continue;
        }
        const entry = isDouble(part) ? DOUBLE_SURNAME : this.info(part.from);
        restSurname ||= entry.surname;
        restStrongSurname ||= entry.surname && !entry.ambiguous;
      }
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

  /**
   * A first name typed in lower case ("gisteren stonden jurre en gijs bij de poort"), with the tussenvoegsel and
   * surname or initial after it ("ruben van den heuvel", "noah b."). Only listed first names that are no ordinary
   * Dutch word count; a full name blocks, a lone one warns until its context shows it is a person.
   */
  private parseLowerCaseName(i: number): { to: number; severity: Severity } | null {
    const tokens = this.tokens;
    const text = tokens.text(i);
    if (tokens.kind(i) !== 'word' || text.length < 2 || isCapitalised(text)) return null;
    if (this.allowed[i] || this.masked[i]) return null;
    const info = this.info(i);
    if (!info.first || info.ambiguous || info.derived) return null;
    const particle = this.matchParticle(i + 1, true);
    const surname = i + 1 + particle;
    if (
      particle > 0 &&
      tokens.has(surname) &&
      tokens.adjacent(surname) &&
      tokens.adjacent(i + 1) &&
      tokens.kind(surname) === 'word' &&
      isLowerCaseSurname(tokens.lower(surname))
    ) {
      const double = this.doubleSurnameEnd(i + 1 + particle, true);
      return { to: double > 0 ? double : i + 2 + particle, severity: 'block' };
    }
    // "anna jansen-bakker", "anna kooiman-de wit": a double surname right after the first name.
    const next = i + 1;
    if (tokens.adjacent(next) && tokens.kind(next) === 'word' && tokens.lower(next).includes('-')) {
      const double = this.doubleSurnameEnd(next, true);
      if (double > 0) return { to: double, severity: 'block' };
      if (isLowerCaseSurname(tokens.lower(next))) return { to: i + 2, severity: 'block' };
    }
    if (this.isInitialAt(next, true) && tokens.adjacent(next)) return { to: i + 3, severity: 'block' };
    return { to: i + 1, severity: 'warn' };
  }

  /**
   * "Kowalski, Bartosz", "Aan: Veenstra, Ilse; De Jong, Peter", "Smit, J.": the surname-first form of address
   * lines and attendance lists, at the start of a line or field. The whole "Achternaam, Voornaam" is one finding.
   */
  private findSurnameFirst(): void {
    const tokens = this.tokens;
    for (let comma = 1; comma < tokens.length - 1; comma++) {
      if (tokens.kind(comma) !== 'punct' || tokens.text(comma) !== ',') continue;
      const firstAt = comma + 1;
      const isFirst =
        (tokens.kind(firstAt) === 'word' &&
          isCapitalised(tokens.text(firstAt)) &&
          this.info(firstAt).first &&
          !this.masked[firstAt]) ||
        this.isInitialAt(firstAt);
      if (!isFirst || !tokens.adjacent(firstAt)) continue;
      // Walk back over the surname and its tussenvoegsels ("El Khayari", "de Boer").
      let from = comma - 1;
      if (tokens.kind(from) !== 'word' || !isCapitalised(tokens.text(from)) || this.masked[from]) continue;
      const lastInfo = this.info(from);
      if (lastInfo.first && !lastInfo.surname) continue;
      while (from > 0 && tokens.adjacent(from) && this.matchParticle(from - 1, false) === 1) from--;
      if (from > 0 && tokens.adjacent(from) && this.matchParticle(from - 2, false) === 2) from -= 2;
      // "Kooiman-de Wit, Anna", "Jansen-van der Berg, Piet": the first part of a double surname.
      for (let back = 1; back <= 3; back++) {
        if (from - back >= 0 && this.doubleSurnameEnd(from - back, false) === comma) {
          from -= back;
          break;
        }
      }
      const startsField =
        !tokens.has(from - 1) || tokens.lineBreakBefore(from) || FIELD_STARTS.has(tokens.text(from - 1));
      if (!startsField) continue;
      let to = firstAt + (this.isInitialAt(firstAt) ? 2 : 1);
      while (this.isInitialAt(to) && tokens.touchesPrevious(to)) to += 2;
      this.replace(from, to, 'block');
    }
  }

  /** Adds a finding over `[from, to)`, taking in the findings it overlaps. */
  private replace(fromToken: number, toToken: number, severity: Severity): void {
    for (let k = fromToken; k < toToken; k++) {
      const finding = this.found[this.owner[k] ?? -1];
      if (finding !== undefined) finding.removed = true;
    }
    this.add(fromToken, toToken, severity);
  }

  /**
   * A lone first name warns, unless the sentence is plainly about that person: a verb of doing or a possessive
   * after it ("Hidde is ziek gemeld", "Yusuf zijn telefoon"), a preposition or greeting before it ("met Sami",
   * "Groetjes Joyce"), a label ("Notulist:"), or other names in the same list ("Loes, Fenna en jip").
   */
  private blockInPersonContext(): void {
    const sorted = this.found.filter((finding) => !finding.removed).sort((a, b) => a.fromToken - b.fromToken);
    sorted.forEach((finding, index) => {
      if (finding.severity === 'block' || !this.isListedName(finding)) return;
      const previous = sorted[index - 1];
      const next = sorted[index + 1];
      if (
        this.inPersonContext(finding.fromToken, finding.toToken) ||
        (previous !== undefined && this.isListedBeside(previous, previous.toToken, finding.fromToken)) ||
        (next !== undefined && this.isListedBeside(next, finding.toToken, next.fromToken))
      ) {
        finding.severity = 'block';
      }
    });
  }

  /** `other` is a listed name, one coordinator (`from`, up to `to`) away: "Loes, Fenna", "Bram en Roos". */
  private isListedBeside(other: { fromToken: number; toToken: number }, from: number, to: number): boolean {
    return to - from === 1 && COORDINATORS.has(this.tokens.lower(from)) && this.isListedName(other);
  }

  private isListedName(finding: { fromToken: number; toToken: number }): boolean {
    if (this.doubleSurnameEnd(finding.fromToken, false) === finding.toToken) return true;
    for (let k = finding.fromToken; k < finding.toToken; k++) {
      const info = this.info(k);
      if ((info.first || info.surname) && !info.ambiguous) return true;
    }
    return false;
  }

  private inPersonContext(from: number, to: number): boolean {
    const tokens = this.tokens;
    const next = tokens.lower(to);
    if (tokens.adjacent(to)) {
      if (VERBS.has(next) || POSSESSIVE.has(next)) return true;
      // "jamal en zijn neefje", "Lisa en haar vriendin"
      if (next === 'en' && POSSESSIVE.has(tokens.lower(to + 1))) return true;
    }
    // A chat line or quote starts with who is speaking: "Okke: ik spreek vrijdag …".
    if (next === ':' && tokens.touchesPrevious(to) && !tokens.sentenceStart(from)) return true;
    // "Jeroen (vader van Noor)": a relation or role in brackets right after the name.
    const inBrackets = tokens.lower(to + 1);
    if (next === '(' && (RELATIONS.has(inBrackets) || ROLES.has(inBrackets))) return true;
    if (!tokens.has(from - 1)) return false;
    const before = tokens.lower(from - 1);
    if (tokens.adjacent(from) && (BEFORE_PERSON.has(before) || GREETING.has(before))) return true;
    // "De leerling (Emma, 2 havo)", "met vader (Mustafa)": a name in brackets after a person word.
    const word = tokens.lower(from - 2);
    if (before === '(' && (ROLES.has(word) || RELATIONS.has(word))) return true;
    if (before === ',' && GREETING.has(word)) return true;
    return before === ':' && LABELS.has(word);
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
      if (this.isCandidate(i - 1) && this.tokens.adjacent(i)) continue;
      const parts = this.parseParts(i, 'plain');
      const end = parts.at(-1)?.to ?? i + 1;
      if (parts.some((part) => this.used[part.from])) continue;
      if (this.hasAgeOrClassAfter(end - 1, this.tokens.sentenceStart(i)) || this.isSender(i, end)) {
        this.add(i, end, 'block');
      }
    }
  }

  /** "Reactie van Anke:", "Bericht namens Sevda:": capitalised words after a message noun and before a colon. */
  private isSender(from: number, to: number): boolean {
    const tokens = this.tokens;
    const preposition = from - 1;
    if (tokens.text(to) !== ':' || !tokens.touchesPrevious(to) || !tokens.has(preposition)) return false;
    if (!tokens.adjacent(from) || !['van', 'namens', 'door'].includes(tokens.lower(preposition)))
      return false;
    return SENDER_NOUNS.has(tokens.lower(from - 2)) && tokens.adjacent(preposition);
  }

  private hasAgeOrClassAfter(tokenIndex: number, sentenceStart: boolean): boolean {
    const end = this.tokens.end(tokenIndex);
    const after = this.text.slice(end, end + 40);
    const age = AGE_AFTER.exec(after);
    if (age !== null) {
      const years = Number(age[1]);
      if (years >= 4 && years <= 21 && (!sentenceStart || age[2] !== undefined)) return true;
    }
    if (COMMA_AGE_AFTER.test(after)) return true;
    if (!sentenceStart) return CLASS_AFTER.test(after) || CLASS_IN_BRACKETS_AFTER.test(after);
    // At the start of a sentence a group can stand before a class ("Leerlingen (3 havo)", "Jongeren (2B)").
    const word = this.tokens.lower(tokenIndex);
    const group = /(?:en|s)$/u.test(word) || ROLES.has(word) || LABELS.has(word) || RELATIONS.has(word);
    return !group && CLASS_IN_BRACKETS_AFTER.test(after);
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
    const tokens = this.tokens;
    if (!tokens.has(separator) || !COORDINATORS.has(tokens.lower(separator)) || !this.used[neighbour]) return;
    const info = this.info(i);
    const listed = info.first || info.surname;
    if (!listed && tokens.sentenceStart(i)) return;
    // Take the whole run of capitalised words: "Petrus Donker en Sanne".
    let from = i;
    while (
      i - from < MAX_NAME_PARTS &&
      this.isCandidate(from - 1) &&
      !this.used[from - 1] &&
      tokens.adjacent(from)
    ) {
      const before = from - 1;
      const beforeInfo = this.info(before);
      if (tokens.sentenceStart(before) && !beforeInfo.first && !beforeInfo.surname) break;
      from = before;
    }
    const parts = this.parseParts(from, 'plain');
    const end = Math.max(parts.at(-1)?.to ?? i + 1, i + 1);
    if (this.isOrganisationOrStreet(from, end)) return;
    this.add(from, end, 'warn');
  }

  private add(fromToken: number, toToken: number, severity: Severity): number {
    this.found.push({ fromToken, toToken, severity });
    for (let k = fromToken; k < toToken; k++) {
      this.used[k] = 1;
      this.owner[k] = this.found.length - 1;
    }
    return toToken;
  }

  /** A capitalised word that could be part of a name: not an organisation, place, month or street. */
  private isCandidate(i: number): boolean {
    if (!this.tokens.has(i)) return false;
    // Asked many times per token; the answer depends only on the token, so it is worked out once.
    const known = this.candidates[i];
    if (known !== 0) return known === 1;
    const candidate = this.computeCandidate(i);
    this.candidates[i] = candidate ? 1 : 2;
    return candidate;
  }

  private computeCandidate(i: number): boolean {
    const tokens = this.tokens;
    if (tokens.kind(i) !== 'word' || this.allowed[i] || this.masked[i]) return false;
    const text = tokens.text(i);
    const lower = tokens.lower(i);
    if (text.length < 2 || !isCapitalised(text)) return false;
    if (text === text.toUpperCase()) return false;
    // Hyphenated words are names only when every part is capitalised ("Anne-Marie", not "MET-coördinator").
    if (text.includes('-') && !text.split('-').every(isCapitalised)) return false;
    if (isOrganisationSuffix(lower) || isOrganisationCompound(lower)) return false;
    const info = this.info(i);
    return info.first || info.surname || !isStreetName(lower);
  }

  private isKnownLowerCaseName(i: number): boolean {
    if (this.tokens.kind(i) !== 'word' || this.allowed[i] || this.masked[i]) return false;
    const info = this.info(i);
    return (info.first || info.surname) && !info.ambiguous;
  }

  private info(i: number): WordInfo {
    const cached = SHARED_INFOS[(this.infos[i] ?? 0) - 1];
    if (cached !== undefined) return cached;
    const info = this.computeInfo(i);
    this.infos[i] = SHARED_INFOS.indexOf(info) + 1;
    return info;
  }

  private computeInfo(i: number): WordInfo {
    const lower = this.tokens.lower(i);
    const base = /['’]s$/u.test(lower) ? lower.slice(0, -2) : lower;
    if (!base.includes('-')) {
      const first = FIRST.has(base);
      const surname = SURNAME.has(base);
      if (first || surname || !isCapitalised(this.tokens.text(i))) {
        return wordInfo(first, surname, ORDINARY.has(base));
      }
      return nameStem(base) === null ? NO_NAME : DERIVED_FIRST_NAME;
    }
    const pieces = base.split('-');
    const first = pieces.every((piece) => FIRST.has(piece));
    const surname = !first && pieces.every((piece) => FIRST.has(piece) || SURNAME.has(piece));
    return wordInfo(first, surname, false);
  }

  /**
   * "Kooiman-de Wit", "Jansen-van der Berg": a double surname whose second part starts with a tussenvoegsel is
   * read as the hyphenated word up to the tussenvoegsel, the rest of the tussenvoegsel, and the surname. Returns
   * the token index after the surname, or 0. In lower case ("kooiman-de wit") one of the surnames must be listed.
   */
  private doubleSurnameEnd(k: number, lowerCase: boolean): number {
    const tokens = this.tokens;
    if (tokens.kind(k) !== 'word' || this.masked[k]) return 0;
    const lower = tokens.lower(k);
    const dash = lower.lastIndexOf('-');
    if (dash <= 0) return 0;
    // The word is allowed because of its tussenvoegsel ("de" is no name); its other pieces must not be.
    const head = tokens.text(k).slice(0, dash).split('-');
    if (head.some((piece) => isNonNameWord(piece.toLowerCase()))) return 0;
    if (!lowerCase && !head.every(isCapitalised)) return 0;
    for (const sequence of ALL_PARTICLES.get(lower.slice(dash + 1)) ?? []) {
      let at = k + 1;
      while (at - k < sequence.length && tokens.lower(at) === sequence[at - k] && tokens.adjacent(at)) at++;
      if (at - k < sequence.length) continue;
      if (tokens.kind(at) !== 'word' || !tokens.adjacent(at) || this.masked[at]) return 0;
      const known =
        isLowerCaseSurname(tokens.lower(at)) ||
        head.every((piece) => isLowerCaseSurname(piece.toLowerCase()));
      if (lowerCase ? known : isCapitalised(tokens.text(at))) return at + 1;
      return 0;
    }
    return 0;
  }

  private isInitialAt(k: number, lowerCase = false): boolean {
    const tokens = this.tokens;
    return (
      tokens.kind(k) === 'word' &&
      tokens.end(k) - tokens.start(k) === 1 &&
      (lowerCase || isCapitalised(tokens.text(k))) &&
      !this.masked[k] &&
      tokens.text(k + 1) === '.' &&
      tokens.touchesPrevious(k + 1)
    );
  }

  /** Length in tokens of the tussenvoegsel at `k`; prepositions count only inside a name ("Jan op den Akker"). */
  private matchParticle(k: number, insideName: boolean): number {
    return this.matchSequence(k, insideName ? ALL_PARTICLES : PARTICLES);
  }

  private matchSequence(k: number, index: SequenceIndex): number {
    const tokens = this.tokens;
    if (!tokens.has(k) || this.masked[k]) return 0;
    for (const sequence of index.get(tokens.lower(k)) ?? []) {
      let matches = true;
      for (let s = 1; s < sequence.length && matches; s++) {
        matches = tokens.has(k + s) && tokens.lower(k + s) === sequence[s] && !tokens.lineBreakBefore(k + s);
      }
      if (matches) return sequence.length;
    }
    return 0;
  }

  /** "basisschool Jan Ligthart", "Han Fortmann College", "Jan de Withstraat": a name inside another name. */
  private isOrganisationOrStreet(from: number, to: number): boolean {
    const tokens = this.tokens;
    if (tokens.has(from - 1) && tokens.adjacent(from) && isOrganisationPrefix(tokens.lower(from - 1)))
      return true;
    // "Jan van Scorelstraat": a tussenvoegsel between the name and the street belongs to the street.
    const particle = this.matchParticle(to, true);
    const after = to + particle;
    if (!tokens.has(after) || (particle > 0 && !isCapitalised(tokens.text(after)))) return false;
    const lower = tokens.lower(after);
    return (
      tokens.adjacent(after) &&
      (isOrganisationSuffix(lower) || isOrganisationCompound(lower) || isStreetName(lower))
    );
  }
}

// One shared object per combination: a long text has many words, and their infos need not each be allocated.
const WORD_INFOS: readonly WordInfo[] = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => ({
  first: (bits & 1) !== 0,
  surname: (bits & 2) !== 0,
  ambiguous: (bits & 4) !== 0,
}));
const wordInfo = (first: boolean, surname: boolean, ambiguous: boolean): WordInfo =>
  WORD_INFOS[(first ? 1 : 0) | (surname ? 2 : 0) | (ambiguous ? 4 : 0)] ?? NO_NAME;
const NO_NAME: WordInfo = { first: false, surname: false, ambiguous: false };
const DOUBLE_SURNAME: WordInfo = { first: false, surname: true, ambiguous: false };

/** A double surname read as one part ("Kooiman-de Wit"): more than one token. */
const isDouble = (part: Part) => part.kind === 'surname' && part.to - part.from > 1;

/** A listed surname, also a hyphenated one ("dijk-bakker"), as a lower-case name must be to count. */
function isLowerCaseSurname(lower: string): boolean {
  return lower.split('-').every((piece) => SURNAME.has(piece));
}
const DERIVED_FIRST_NAME: WordInfo = { first: true, surname: false, ambiguous: false, derived: true };
/** Every `WordInfo` that `computeInfo` returns, so a token's info is kept as a small number. */
const SHARED_INFOS: readonly WordInfo[] = [...WORD_INFOS, NO_NAME, DERIVED_FIRST_NAME];

/** The first name inside a possessive ("Jurres", "Sems") or a diminutive ("Timmie", "Jesje"), or null. */
function nameStem(lower: string): string | null {
  const isName = (stem: string) => stem.length >= 3 && FIRST.has(stem) && !ORDINARY.has(stem);
  if (lower.endsWith('s') && isName(lower.slice(0, -1))) return lower.slice(0, -1);
  const diminutive = DIMINUTIVE.exec(lower)?.[1];
  if (diminutive === undefined) return null;
  if (isName(diminutive)) return diminutive;
  // "Timmie" → "Tim": the consonant is doubled before the ending.
  const undoubled = diminutive.at(-1) === diminutive.at(-2) ? diminutive.slice(0, -1) : null;
  return undoubled !== null && isName(undoubled) ? undoubled : null;
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

export function isKnownFirstName(lower: string): boolean {
  return FIRST.has(lower);
}

/** A listed first name or surname that is no ordinary word ("jansen", "sanne"); `surnameOnly` for surnames. */
export function isKnownName(lower: string, surnameOnly = false): boolean {
  if (lower.length < 3 || ORDINARY.has(lower)) return false;
  return SURNAME.has(lower) || (!surnameOnly && FIRST.has(lower));
}

/** "dorpsstraat", "middenweg": a word ending in a street suffix with something before it. */
export function isStreetName(lower: string): boolean {
  for (const ending of STREET_SUFFIXES) {
    if (lower.length >= ending.length + 3 && lower.endsWith(ending)) return true;
  }
  return false;
}

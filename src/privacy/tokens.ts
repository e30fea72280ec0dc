// Splits text into words, numbers and punctuation with their offsets, and marks where sentences start,
// because a capital at the start of a sentence is no evidence of a name.

export type TokenKind = 'word' | 'number' | 'punct';

/**
 * The tokens of a text, held in typed arrays rather than an object per token: a dense text ("@a@b@c", "A. B.")
 * has a token every character or two, and keeping 100,000 objects alive costs more in garbage collection than
 * the whole scan. Index `i` runs from 0 to `length - 1`; outside that range every accessor returns a neutral
 * value (no kind, empty text), as a missing neighbour does.
 */
export class Tokens {
  constructor(
    private readonly source: string,
    readonly length: number,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    private readonly flags: Uint8Array,
    private readonly lowers: readonly (readonly string[])[],
  ) {}

  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  start(i: number): number {
    return this.starts[i] ?? 0;
  }

  end(i: number): number {
    return this.ends[i] ?? 0;
  }

  kind(i: number): TokenKind | undefined {
    return this.has(i) ? KINDS[(this.flags[i] ?? 0) & KIND_BITS] : undefined;
  }

  text(i: number): string {
    return this.has(i) ? this.source.slice(this.start(i), this.end(i)) : '';
  }

  /** The lower-case form of a word; other tokens as they are. */
  lower(i: number): string {
    if (!this.has(i)) return '';
    return this.kind(i) === 'word' ? (this.lowers[i >> CHUNK_BITS]?.[i & CHUNK_MASK] ?? '') : this.text(i);
  }

  /** Every token's lower-case form, in order. */
  allLower(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.lower(i));
  }

  /** The whitespace between the previous token and this one. */
  gapBefore(i: number): string {
    return this.has(i) ? this.source.slice(i === 0 ? 0 : this.end(i - 1), this.start(i)) : '';
  }

  /** Nothing between the previous token (or the start of the text) and this one. */
  touchesPrevious(i: number): boolean {
    return this.has(i) && ((this.flags[i] ?? 0) & GAP) === 0;
  }

  /** A line break in the whitespace before this token. */
  lineBreakBefore(i: number): boolean {
    return ((this.flags[i] ?? 0) & LINE_BREAK) !== 0;
  }

  /** True when only spaces or tabs (no line break, no punctuation) separate this token from the previous one. */
  adjacent(i: number): boolean {
    return ((this.flags[i] ?? 0) & (GAP | LINE_BREAK)) === GAP;
  }

  /** First word of the text, a line or a sentence (after . ! ? : ; or a bullet). */
  sentenceStart(i: number): boolean {
    return ((this.flags[i] ?? 0) & SENTENCE_START) !== 0;
  }
}

// The lower-case forms are kept in arrays of 4,096 tokens each: V8 keeps an array of more than about 16,000
// entries as a large object, and filling one with 100,000 strings costs ten times as much as filling small ones.
const CHUNK_BITS = 12;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct'];
const KIND_BITS = 3;
const GAP = 4;
const LINE_BREAK = 8;
const SENTENCE_START = 16;

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '*', '"', '“', '”', '„', '–', '—', '|']);

// Abbreviations whose full stop does not end a sentence ("Dhr. P. de Groot", "o.a. messen").
const ABBREVIATIONS = new Set([
  'dhr',
  'mw',
  'mevr',
  'mej',
  'mr',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'bijv',
  'ca',
  'nr',
  'tel',
  'geb',
  'art',
  'st',
  'jr',
  'sr',
  'evt',
  'incl',
  'excl',
  'resp',
  'vs',
  'enz',
  'o',
  'a',
  'm',
  'b',
  't',
  'v',
  'e',
  'd',
]);

/**
 * The tokens of `text`. Words keep inner hyphens and apostrophes ("Noord-Scharwoude", "d'Hondt", "Sanne's") and
 * "'t" is a word too: exactly the matches of
 * `/['’][tT](?![\p{L}\p{N}])|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{N}+|\S/gu` (test/privacy/tokens.test.ts
 * holds it to that), read without a match object per token, as a dense text has a token every character or two.
 */
export function tokenize(text: string): Tokens {
  const length = text.length;
  const starts = new Uint32Array(length);
  const ends = new Uint32Array(length);
  const flags = new Uint8Array(length);
  const lowers: string[][] = [];
  let chunk: string[] = [];
  let count = 0;
  let previousEnd = 0;
  let i = 0;
  while (i < length) {
    const width = codePointWidth(text, i);
    const classes = classAt(text, i, width);
    if ((classes & SPACE) !== 0) {
      i += width;
      continue;
    }
    const start = i;
    let kind = PUNCT;
    if (isTArticleAt(text, i)) {
      kind = WORD;
      i += 2;
    } else if ((classes & LETTER) !== 0) {
      kind = WORD;
      i = wordEnd(text, i + width);
    } else if ((classes & NUMBER) !== 0) {
      kind = NUMBER_KIND;
      i += width;
      while (i < length) {
        const next = codePointWidth(text, i);
        if ((classAt(text, i, next) & NUMBER) === 0) break;
        i += next;
      }
    } else {
      i += width;
    }
    let gap = start > previousEnd ? GAP : 0;
    for (let k = previousEnd; k < start; k++) if (text.charCodeAt(k) === 0x0a) gap = GAP | LINE_BREAK;
    starts[count] = start;
    ends[count] = i;
    flags[count] = kind | gap;
    if ((count & CHUNK_MASK) === 0) {
      chunk = [];
      lowers.push(chunk);
    }
    // Only words have a lower-case form that differs; the others are read from the text when needed.
    chunk.push(kind === WORD ? text.slice(start, i).toLowerCase() : '');
    count++;
    previousEnd = i;
  }
  const tokens = new Tokens(text, count, starts, ends, flags, lowers);
  for (let k = 0; k < count; k++) if (startsSentence(tokens, k)) flags[k] = (flags[k] ?? 0) | SENTENCE_START;
  return tokens;
}

const WORD = 0;
const NUMBER_KIND = 1;
const PUNCT = 2;

// Character classes as bits, as the pattern's \p{L}, \p{M}, \p{N} and \s see them.
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const SPACE = 8;
const KNOWN = 16;
// The classes of the UTF-16 code units met so far (lone surrogates included), filled in on first sight.
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function computeClass(char: string): number {
  return (
    KNOWN |
    (/\p{L}/u.test(char) ? LETTER : 0) |
    (/\p{M}/u.test(char) ? MARK : 0) |
    (/\p{N}/u.test(char) ? NUMBER : 0) |
    (/\s/u.test(char) ? SPACE : 0)
  );
}

/** 2 for a surrogate pair (one code point), else 1. */
function codePointWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** The class bits of the code point at `at`, `width` code units long (0 past the end). */
function classAt(text: string, at: number, width: number): number {
  if (at >= text.length) return 0;
  if (width === 2) {
    const point = text.codePointAt(at) ?? 0;
    let flags = ASTRAL_CLASSES.get(point);
    if (flags === undefined) {
      flags = computeClass(String.fromCodePoint(point));
      ASTRAL_CLASSES.set(point, flags);
    }
    return flags;
  }
  const code = text.charCodeAt(at);
  let flags = BMP_CLASSES[code] ?? 0;
  if (flags === 0) {
    flags = computeClass(String.fromCharCode(code));
    BMP_CLASSES[code] = flags;
  }
  return flags;
}

/** "'t" not followed by a letter or digit. */
function isTArticleAt(text: string, at: number): boolean {
  const quote = text.charCodeAt(at);
  if (quote !== 0x27 && quote !== 0x2019) return false;
  const t = text.charCodeAt(at + 1);
  if (t !== 0x74 && t !== 0x54) return false;
  return (classAt(text, at + 2, codePointWidth(text, at + 2)) & (LETTER | NUMBER)) === 0;
}

/** Where a word that goes on at `at` ends: letters and marks, and ' ’ or - when a letter follows. */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const width = codePointWidth(text, i);
    if ((classAt(text, i, width) & (LETTER | MARK)) !== 0) {
      i += width;
      continue;
    }
    const code = text.charCodeAt(i);
    if (
      (code === 0x27 || code === 0x2019 || code === 0x2d) &&
      (classAt(text, i + 1, codePointWidth(text, i + 1)) & LETTER) !== 0
    ) {
      i += 1;
      continue;
    }
    break;
  }
  return i;
}

/** Whether token `i` starts a sentence, judged from the tokens before it. */
function startsSentence(tokens: Tokens, i: number): boolean {
  if (i === 0 || tokens.lineBreakBefore(i)) return true;
  const previous = i - 1;
  if (tokens.kind(previous) !== 'punct') return false;
  const mark = tokens.text(previous);
  if (mark === '-' && (previous === 0 || tokens.lineBreakBefore(previous))) return true;
  if (mark === '.') {
    const word = previous - 1;
    if (word < 0) return true;
    // An initial ("P.") or an abbreviation keeps the sentence going.
    if (
      tokens.kind(word) === 'word' &&
      (tokens.end(word) - tokens.start(word) === 1 || ABBREVIATIONS.has(tokens.lower(word)))
    )
      return false;
    return true;
  }
  return SENTENCE_END.has(mark);
}

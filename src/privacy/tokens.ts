// Splits text into words, numbers and punctuation with their offsets, and marks where sentences start,
// because a capital at the start of a sentence is no evidence of a name.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The whitespace between the previous token and this one. */
  readonly gapBefore: string;
  /** First word of the text, a line or a sentence (after . ! ? : ; or a bullet). */
  readonly sentenceStart: boolean;
}

// Words keep inner hyphens and apostrophes ("Noord-Scharwoude", "d'Hondt", "Sanne's"); "'t" is a word too.
const TOKEN = /['’][tT](?![\p{L}\p{N}])|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{N}+|\S/gu;

const WORD_START = /^(?:\p{L}|['’][tT])/u;
const NUMBER_START = /^\p{N}/u;

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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    const kind = kindOf(value);
    const gapBefore = start === previousEnd ? '' : text.slice(previousEnd, start);
    tokens.push({
      text: value,
      // Only words have a lower-case form that differs; not copying the others keeps a dense text cheap.
      lower: kind === 'word' ? value.toLowerCase() : value,
      start,
      end: start + value.length,
      kind,
      gapBefore,
      sentenceStart: startsSentence(tokens, gapBefore),
    });
    previousEnd = start + value.length;
  }
  return tokens;
}

/** The kind of a token; ASCII is decided from its first character code, other scripts by the patterns. */
function kindOf(value: string): TokenKind {
  const code = value.charCodeAt(0);
  const folded = code | 0x20;
  if (folded >= 0x61 && folded <= 0x7a) return 'word';
  if (code >= 0x30 && code <= 0x39) return 'number';
  // An apostrophe may start the word "'t".
  if (code < 0x80 && code !== 0x27) return 'punct';
  return WORD_START.test(value) ? 'word' : NUMBER_START.test(value) ? 'number' : 'punct';
}

function startsSentence(before: readonly Token[], gapBefore: string): boolean {
  const previous = before.at(-1);
  if (previous === undefined || gapBefore.includes('\n')) return true;
  if (previous.text === '-' && (before.length === 1 || previous.gapBefore.includes('\n'))) return true;
  if (previous.text === '.') {
    const word = before.at(-2);
    if (word === undefined) return true;
    // An initial ("P.") or an abbreviation keeps the sentence going.
    if (word.kind === 'word' && (word.text.length === 1 || ABBREVIATIONS.has(word.lower))) return false;
    return true;
  }
  return SENTENCE_END.has(previous.text);
}

/** True when only spaces or tabs (no line break, no punctuation) separate the two tokens. */
export function adjacent(token: Token): boolean {
  return token.gapBefore.length > 0 && !token.gapBefore.includes('\n');
}

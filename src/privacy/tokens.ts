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
    const kind: TokenKind = WORD_START.test(value) ? 'word' : NUMBER_START.test(value) ? 'number' : 'punct';
    const gapBefore = text.slice(previousEnd, start);
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
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

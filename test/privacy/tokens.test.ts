// The tokenizer reads text character by character; it must split exactly as the token pattern it replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/privacy/tokens.js';

const TOKEN = /['’][tT](?![\p{L}\p{N}])|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{N}+|\S/gu;

/** The tokens as the pattern finds them: text, offsets, kind and the white space before them. */
function byPattern(text: string) {
  let previousEnd = 0;
  return [...text.matchAll(TOKEN)].map((match) => {
    const gap = text.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    const word = /^(?:\p{L}|['’][tT])/u.test(match[0]);
    return {
      text: match[0],
      lower: word ? match[0].toLowerCase() : match[0],
      start: match.index,
      end: match.index + match[0].length,
      kind: word ? 'word' : /^\p{N}/u.test(match[0]) ? 'number' : 'punct',
      gap,
      touches: gap === '',
      lineBreak: gap.includes('\n'),
      adjacent: gap.length > 0 && !gap.includes('\n'),
    };
  });
}

function byScanner(text: string) {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.length }, (_, i) => ({
    text: tokens.text(i),
    lower: tokens.lower(i),
    start: tokens.start(i),
    end: tokens.end(i),
    kind: tokens.kind(i),
    gap: tokens.gapBefore(i),
    touches: tokens.touchesPrevious(i),
    lineBreak: tokens.lineBreakBefore(i),
    adjacent: tokens.adjacent(i),
  }));
}

// Characters around every branch of the pattern: quotes before t, hyphens and apostrophes inside words, marks,
// other scripts' letters and digits, astral letters, lone surrogates and every kind of white space.
const tricky = fc.constantFrom(
  "'",
  '’',
  't',
  'T',
  "'t",
  '’T',
  '-',
  'a',
  'Z',
  'é',
  'e\u0301',
  '\u0301',
  'ß',
  'İ',
  'Ж',
  'ع',
  '日',
  '1',
  '٣',
  '½',
  '²',
  '𝐀',
  '𝟏',
  '😀',
  '\ud800',
  '\udc00',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '@',
  '.',
);
const texts = fc.oneof(
  fc.array(tricky, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('tokenize', () => {
  it('splits words, numbers and punctuation with offsets', () => {
    expect(byScanner("Daan's broer-in-law 't 12a ’tis")).toEqual(
      byPattern("Daan's broer-in-law 't 12a ’tis"),
    );
    const tokens = tokenize("Zie 't huis. Dhr. P. de Groot\n- Bel");
    expect(tokens.allLower()).toEqual([
      'zie',
      "'t",
      'huis',
      '.',
      'dhr',
      '.',
      'p',
      '.',
      'de',
      'groot',
      '-',
      'bel',
    ]);
    expect(tokens.kind(1)).toBe('word');
    // Sentences start after a full stop, not after an initial or an abbreviation, and at a bullet on a new line.
    expect(Array.from({ length: tokens.length }, (_, i) => tokens.sentenceStart(i))).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('gives neutral answers outside the text', () => {
    const tokens = tokenize('Daan');
    expect([tokens.has(-1), tokens.has(1), tokens.kind(1), tokens.text(-1), tokens.lower(1)]).toEqual([
      false,
      false,
      undefined,
      '',
      '',
    ]);
    expect([tokens.adjacent(1), tokens.touchesPrevious(1), tokens.lineBreakBefore(-1)]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('finds exactly the tokens of the token pattern on any string', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});

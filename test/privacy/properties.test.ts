// Properties that hold for any input: scan never throws, spans point into the text, results are stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFields } from '../../src/privacy/guard.js';
import { normalise } from '../../src/privacy/normalise.js';
import { CATEGORIES, scan } from '../../src/privacy/privacy.js';
import { NOW } from './helpers.js';

// Pieces that look like personal data, so random texts hit the detectors and not just plain words.
const pieces = fc.constantFrom(
  'Daan',
  'de',
  'Vries',
  'Mevrouw',
  'Bakker',
  'van',
  'El',
  'Amrani',
  'P.',
  'Dhr.',
  '15 jaar',
  'klas 3B',
  '14-jarige',
  '06-12345678',
  '+31 6 23456789',
  '111222333',
  '1234.56.782',
  'NL91 ABNA 0417 1643 00',
  '52-HKN-7',
  'kenteken',
  '@sanne.xo_2010',
  'j.jansen@hotmail.com',
  'Dorpsstraat 12',
  '1703 AB 14',
  'geboren op',
  '12-03-2010',
  'leerlingnummer',
  '483920',
  'Halt',
  'Sint Pancras',
  ',',
  '.',
  '(',
  ')',
  '\n',
  ':',
);
const dutchish = fc
  .array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(
  dutchish,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

// What copying from Word, Outlook, Teams or a phone does to a text: invisible characters inside words and
// numbers, non-breaking spaces, typographic dashes.
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff'];
const pasted = fc
  .array(pieces, { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(' '))
  .chain((text) =>
    fc
      .array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...INVISIBLE, 'nbsp', 'dash')), {
        maxLength: 12,
      })
      .map((edits) => ({ text, copied: applyEdits(text, edits) })),
  );

function applyEdits(text: string, edits: readonly (readonly [number, string])[]): string {
  const chars = [...text];
  const inserted: string[][] = chars.map(() => []);
  inserted.push([]);
  for (const [at, edit] of edits) {
    if (edit === 'nbsp') {
      if (chars[at] === ' ') chars[at] = '\u00a0';
    } else if (edit === 'dash') {
      if (chars[at] === '-') chars[at] = '\u2013';
    } else inserted[at]?.push(edit);
  }
  return (
    chars.map((char, i) => (inserted[i] ?? []).join('') + char).join('') + (inserted.at(-1) ?? []).join('')
  );
}

describe('normalisation', () => {
  it('never moves a finding off its original text: copied text gives the same findings, on its own characters', () => {
    fc.assert(
      fc.property(pasted, ({ text, copied }) => {
        const plain = scan(text, { now: NOW }).map((f) => [f.category, f.severity, f.text]);
        const found = scan(copied, { now: NOW });
        for (const finding of found) {
          expect(copied.slice(finding.start, finding.end)).toBe(finding.text);
          // A finding starts and ends on a visible character of the original.
          expect(INVISIBLE).not.toContain(finding.text[0]);
          expect(INVISIBLE).not.toContain(finding.text.at(-1));
        }
        expect(found.map((f) => [f.category, f.severity, normalise(f.text).text])).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('maps every character of the normalised text into the original, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: normal, starts, ends } = normalise(text);
        expect(starts.length).toBe(normal.length);
        let previous = 0;
        for (let i = 0; i < normal.length; i++) {
          expect(starts[i]).toBeGreaterThanOrEqual(previous);
          expect(ends[i]).toBeGreaterThan(starts[i] ?? 0);
          expect(ends[i]).toBeLessThanOrEqual(text.length);
          previous = starts[i] ?? 0;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('guard properties', () => {
  it('never throws on any form input', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 3 }), fc.option(fc.string()), (values, confirmed) => {
        const outcome = guardFields(
          values.map((value, i) => ({ name: `field${i}`, label: `Veld ${i}`, value })),
          { allow: ['De Regenboog'], now: NOW, confirmedFingerprint: confirmed ?? undefined },
        );
        expect(outcome.ok).toBe(!outcome.blocked && !outcome.needsConfirmation);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scan properties', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        scan(text, { now: NOW });
      }),
      { numRuns: 400 },
    );
  });

  it('returns spans inside the text whose text is the slice of the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const finding of scan(text, { now: NOW })) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
          expect(CATEGORIES).toContain(finding.category);
          expect(['block', 'warn']).toContain(finding.severity);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result for the same input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(scan(text, { now: NOW })).toEqual(scan(text, { now: NOW }));
      }),
      { numRuns: 200 },
    );
  });

  it('never reports overlapping findings of one category', () => {
    fc.assert(
      fc.property(dutchish, (text) => {
        const findings = scan(text, { now: NOW });
        for (const category of CATEGORIES) {
          const spans = findings.filter((f) => f.category === category).sort((a, b) => a.start - b.start);
          for (let i = 1; i < spans.length; i++) {
            expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a phone number wherever it is put in clean text', () => {
    fc.assert(
      fc.property(fc.nat({ max: 9 }), (position) => {
        const words = 'overleg over de aanpak van vapes in de onderbouw'.split(' ');
        words.splice(position, 0, '06-12345678');
        const findings = scan(words.join(' '), { now: NOW });
        expect(findings.map((f) => [f.category, f.text])).toEqual([['phone', '06-12345678']]);
      }),
    );
  });
});

// The one CSV writer (agreements register, cli export) and reader (contact import): Dutch Excel's dialect, and no
// cell that a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from '../../src/shared/csv.js';

describe('a CSV cell', () => {
  it('is quoted when it holds a separator, a quote or a line break', () => {
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
  });

  it('starts with an apostrophe when text starts like a formula: = + - @ tab CR', () => {
    expect(csvCell('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-2+3+cmd|’ /C calc’!A0')).toBe("'-2+3+cmd|’ /C calc’!A0");
    expect(csvCell('@SUM(1,2)')).toBe(`"'@SUM(1,2)"`);
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('=HYPERLINK("http://x.example";"klik")')).toBe(
      `"'=HYPERLINK(""http://x.example"";""klik"")"`,
    );
    // Only the start counts: a formula sign further on is text already.
    expect(csvCell('A=B')).toBe('A=B');
    expect(csvCell(' =1')).toBe(' =1');
  });

  it('writes numbers and empty values as they are', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });
});

describe('a CSV file', () => {
  it('starts with the UTF-8 byte order mark, uses semicolons and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1],
      ]),
    ).toBe('\uFEFFa;b\r\nc;1\r\n');
  });

  it('parses back to its cells, a defused formula with its apostrophe', () => {
    const rows = [
      ['naam', 'tekst'],
      ['Testcollege; locatie 2', 'zei "ja"\nen ging'],
      ['=1+1', '@mail'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual([rows[0], rows[1], ["'=1+1", "'@mail"]]);
  });
});

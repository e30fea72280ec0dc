// CSV as Dutch Excel reads and writes it, the one place for both: the reader for the spreadsheets coordinators
// import (UTF-8 with or without BOM, semicolons or commas, fields in double quotes with "" for a quote, line breaks
// inside quotes, CRLF) and the writer of every CSV the app hands out (the agreements register, `cli export`).

/** The separator of the first line, counted outside quotes: Dutch Excel writes `;`, most other tools `,`. */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/** The rows of a CSV text as arrays of fields; empty lines are left out. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some((value) => value.trim() !== '')) rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (char === '\n' || char === '\r') endRow();
    else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** What a spreadsheet would read as the start of a formula (or, tab and CR, as a cell that starts with one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Text that starts like a formula (= + - @, tab, CR) gets a leading apostrophe, so Excel and LibreOffice
 * show it as text instead of running it (OWASP "CSV injection"): names and agreements are typed by other people.
 * Numbers are written as they are. Quoted when it holds a separator (`;` or `,`), a quote or a line break.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file for Dutch Excel: the UTF-8 byte order mark (so Excel reads UTF-8), `;` separators, CRLF line ends.
 * parseCsv reads it back (with the apostrophe of a defused formula kept).
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

// A small CSV reader for the spreadsheets coordinators export from Excel: UTF-8 with or without BOM, separated by
// semicolons (Dutch Excel) or commas, fields in double quotes with "" for a quote, line breaks inside quotes, CRLF.

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

/**
 * Writes rows as CSV the way Dutch Excel reads it (semicolons, CRLF, quoted where needed); parseCsv reads it back.
 * The caller adds a BOM when the file is for Excel.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

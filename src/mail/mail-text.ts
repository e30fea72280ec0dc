// The plain-text part of a mail, derived from its HTML body, so every sentence is written once (in the locale) and
// both parts say the same. It reads the small, well-formed set of tags the mail templates use:
// - headings, paragraphs and divs become paragraphs separated by a blank line, a blockquote indented ones; `<br>` a
//   line break, two in a row (a blank line in a typed text, see the `lines` helper) a blank line;
// - a list becomes lines "- item"; a link a line "label: address" (an address shown as its own label stays as it
//   is), so the address stands whole and can be copied;
// - a table row becomes one line: a row header cell as "Header: value", other cells separated by two spaces; a table
//   whose first row holds only column headers becomes a list, each row "- first cell" and "  Header: cell" lines;
// - anything marked `data-text="none"` (the "copy this address" help under a button) stays out of the text.

interface Tag {
  tag: string;
  attrs: string;
  children: Part[];
}
type Part = Tag | string;

const VOID = new Set(['br', 'meta', 'img', 'hr', 'link', 'input']);
const BLOCK = new Set(['p', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()] ?? match;
    const hex = entity[1] === 'x' || entity[1] === 'X';
    return String.fromCodePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** The elements of a well-formed HTML fragment; a closing tag closes up to its own opening tag. */
function parse(html: string): Part[] {
  const root: Tag = { tag: '', attrs: '', children: [] };
  const open: Tag[] = [root];
  const current = () => open[open.length - 1] ?? root;
  for (const [, closing, tag, attrs, text] of html.matchAll(
    /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)|<[^>]*>/gi,
  )) {
    if (text !== undefined) current().children.push(text);
    else if (tag === undefined)
      continue; // a comment or doctype
    else if (closing) {
      const at = open.findLastIndex((element) => element.tag === tag.toLowerCase());
      if (at > 0) open.length = at;
    } else {
      const element: Tag = { tag: tag.toLowerCase(), attrs: attrs ?? '', children: [] };
      current().children.push(element);
      if (!VOID.has(element.tag) && !element.attrs.endsWith('/')) open.push(element);
    }
  }
  return root.children;
}

const attribute = (element: Tag, name: string) =>
  decode(new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(element.attrs)?.[1] ?? '');
const shown = (node: Part) => typeof node === 'string' || attribute(node, 'data-text') !== 'none';
const isBlock = (node: Part) => typeof node !== 'string' && BLOCK.has(node.tag);

/** Stands for a blank line typed in a text (a `<br>` right after another) until `tidy`, which drops other empty lines. */
const BLANK_LINE = '\u0000';

/** Inline content as text: whitespace collapsed, `<br>` and links on lines of their own. */
function inline(nodes: Part[]): string {
  let out = '';
  let afterBreak = false;
  for (const node of nodes.filter(shown)) {
    if (typeof node === 'string') {
      out += decode(node.replace(/\s+/g, ' '));
      afterBreak &&= node.trim() === '';
      continue;
    }
    if (node.tag === 'br') out += afterBreak ? `${BLANK_LINE}\n` : '\n';
    else if (node.tag === 'a') {
      const href = attribute(node, 'href');
      const label = inline(node.children).trim();
      out += !label || label === href ? href : `\n${label}: ${href}\n`;
    } else out += inline(node.children);
    afterBreak = node.tag === 'br';
  }
  return out;
}

/** Lines trimmed, empty ones dropped; a typed blank line stays, once, between two lines of text. */
function tidy(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines
    .filter(
      (line, at) => line !== BLANK_LINE || (at > 0 && at < lines.length - 1 && lines[at - 1] !== BLANK_LINE),
    )
    .map((line) => (line === BLANK_LINE ? '' : line))
    .join('\n')
    .trim();
}

/** The paragraphs of a run of nodes: inline runs and block elements each become one or more paragraphs. */
function paragraphs(nodes: Part[]): string[] {
  const out: string[] = [];
  let run: Part[] = [];
  const flush = () => {
    const text = tidy(inline(run));
    if (text) out.push(text);
    run = [];
  };
  for (const node of nodes.filter(shown)) {
    if (!isBlock(node)) {
      run.push(node);
      continue;
    }
    flush();
    const element = node as Tag;
    if (element.tag === 'ul' || element.tag === 'ol') out.push(list(element));
    else if (element.tag === 'table') out.push(table(element));
    else if (element.tag === 'blockquote')
      out.push(...paragraphs(element.children).map((text) => `  ${indent(text, '  ')}`));
    else out.push(...paragraphs(element.children));
  }
  flush();
  return out.filter((text) => text !== '');
}

/** Every line after the first indented, blank lines left empty. */
const indent = (text: string, by: string) => text.replace(/\n(?=[^\n])/g, `\n${by}`);
const childElements = (element: Tag, tag: string) =>
  element.children.filter((node): node is Tag => typeof node !== 'string' && node.tag === tag && shown(node));
const cellText = (cell: Tag) => paragraphs(cell.children).join('\n');

function list(element: Tag): string {
  return childElements(element, 'li')
    .map((item) => `- ${indent(paragraphs(item.children).join('\n'), '  ')}`)
    .join('\n');
}

function table(element: Tag): string {
  const body = childElements(element, 'tbody')[0] ?? childElements(element, 'thead')[0];
  const rows = childElements(element, 'tr').concat(body ? childElements(body, 'tr') : []);
  const cells = (row: Tag) =>
    row.children.filter((node): node is Tag => typeof node !== 'string' && /^t[dh]$/.test(node.tag));
  const [first, ...rest] = rows;
  const headers = first ? cells(first) : [];
  if (rest.length > 0 && headers.length > 1 && headers.every((cell) => cell.tag === 'th')) {
    return rest
      .map((row) =>
        cells(row)
          .map((cell, index) =>
            index === 0
              ? `- ${indent(cellText(cell), '  ')}`
              : `  ${cellText(headers[index] ?? cell)}: ${indent(cellText(cell), '    ')}`,
          )
          .join('\n'),
      )
      .join('\n');
  }
  return rows
    .map((row) => {
      let line = '';
      for (const cell of cells(row)) {
        const text = cellText(cell);
        if (!text) continue;
        line += line && !line.endsWith(': ') ? `  ${text}` : text;
        if (cell.tag === 'th') line += ': ';
      }
      return indent(line.trimEnd(), '  ');
    })
    .join('\n');
}

export function htmlToText(html: string): string {
  return `${paragraphs(parse(html)).join('\n\n')}\n`;
}

// Normalises copied text before the guard scans it (NFKC, no invisible characters, plain spaces, dashes and
// quotes, Latin letters for look-alikes) and keeps, per character, where it came from in the original text,
// so every finding can be mapped back to the exact original offsets.

export interface NormalisedText {
  readonly text: string;
  /** For each character of `text`, the original offset where its source starts. */
  readonly starts: Uint32Array;
  /** For each character of `text`, the original offset where its source ends. */
  readonly ends: Uint32Array;
}

// Zero-width characters, soft hyphen, word joiner, bidi controls and the byte-order mark: invisible in Word,
// Outlook and Teams, but they split words and numbers for a pattern.
const DROPPED_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

function isDropped(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return DROPPED_RANGES.some(([from, to]) => code >= from && code <= to);
}
const SPACES = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/u;
const LINE_BREAKS = /^[\u2028\u2029\u0085]$/u;
const DASHES = /^[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]$/u;
const QUOTES = /^[\u2018\u2019\u201B\u2032\u00B4\u0060\uFF07]$/u;

// Cyrillic and Greek letters that look like Latin ones (Unicode confusables), as phones and copy-paste tricks
// put them into names and numbers.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'ë',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'ï',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'Ë',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ї: 'Ï',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

/** Normalises `original`; linear in its length. */
export function normalise(original: string): NormalisedText {
  const length = original.length;
  // A few characters expand under NFKC ("½" → "1⁄2"); the buffers grow when that happens.
  let starts = new Uint32Array(length + 16);
  let ends = new Uint32Array(length + 16);
  const parts: string[] = [];
  let count = 0;
  let runStart = 0;
  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    const next = i + 1 < length ? original.charCodeAt(i + 1) : 0;
    // Plain characters (ASCII, and Latin letters not followed by a combining mark) are kept as they are.
    if (
      (code < 0x80 || (code >= 0xc0 && code <= 0x17e && code !== 0x132 && code !== 0x133)) &&
      !isMark(next)
    ) {
      starts[count] = i;
      ends[count] = i + 1;
      count++;
      i++;
      continue;
    }
    if (runStart < i) parts.push(original.slice(runStart, i));
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1);
    while (j < length && isMark(original.charCodeAt(j))) j++;
    const value = normaliseCluster(original.slice(i, j));
    if (count + value.length > starts.length) {
      const size = Math.max(starts.length * 2, count + value.length);
      const grownStarts = new Uint32Array(size);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Uint32Array(size);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    for (let k = 0; k < value.length; k++) {
      starts[count] = i;
      ends[count] = j;
      count++;
    }
    parts.push(value);
    i = j;
    runStart = j;
  }
  if (runStart < length) parts.push(original.slice(runStart));
  return { text: parts.join(''), starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

/** Combining marks (the common blocks), which belong to the character before them. */
function isMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

// Texts repeat the same few special characters; remembering their normal form keeps long texts fast.
const clusterCache = new Map<string, string>();
const MAX_CACHED_CLUSTERS = 4096;

function normaliseCluster(cluster: string): string {
  const cached = clusterCache.get(cluster);
  if (cached !== undefined) return cached;
  const value = computeCluster(cluster);
  if (clusterCache.size >= MAX_CACHED_CLUSTERS) clusterCache.clear();
  clusterCache.set(cluster, value);
  return value;
}

function computeCluster(cluster: string): string {
  const first = String.fromCodePoint(cluster.codePointAt(0) ?? 0);
  if (isDropped(first)) return '';
  if (SPACES.test(first)) return ' ';
  if (LINE_BREAKS.test(first)) return '\n';
  if (DASHES.test(first)) return '-';
  if (QUOTES.test(first)) return "'";
  const lookAlike = LOOK_ALIKES[first];
  const folded = lookAlike === undefined ? cluster : lookAlike + cluster.slice(first.length);
  let normal = folded.normalize('NFKC');
  // NFKC turns some characters into ones that are mapped above (U+2011 → U+2010, U+FF0D stays a dash).
  if (normal.length === 1 && DASHES.test(normal)) normal = '-';
  // Drop marks NFKC could not compose, and the invisible characters a compatibility mapping may leave.
  return [...normal].filter((char) => !isDropped(char)).join('');
}

/** Maps a span of the normalised text back to the original text. */
export function originalSpan(normalised: NormalisedText, start: number, end: number): [number, number] {
  return [normalised.starts[start] ?? 0, normalised.ends[end - 1] ?? 0];
}

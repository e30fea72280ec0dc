// Measures the guard on annotated lines: recall per category (an expected span counts as covered when a finding
// of that category overlaps it) and the share of clean lines with any finding. Used by `npm run privacy:eval`.
import { CATEGORIES, type Category, type Finding, type ScanContext, scan } from './privacy.js';

export interface AnnotatedLine {
  readonly text: string;
  readonly spans: readonly { readonly category: string; readonly text: string }[];
}

export interface CategoryResult {
  readonly category: Category;
  readonly expected: number;
  readonly covered: number;
  readonly recall: number;
  /** Expected spans covered by a blocking finding: a warning can be confirmed away, so it protects less. */
  readonly blocked: number;
  readonly blockRecall: number;
  readonly target: number;
  readonly met: boolean;
}

export interface Miss {
  readonly line: number;
  readonly text: string;
  readonly category: string;
  readonly span: string;
}

export interface Evaluation {
  readonly categories: readonly CategoryResult[];
  readonly cleanLines: number;
  readonly cleanLinesWithFindings: number;
  readonly cleanFindingRate: number;
  readonly cleanTarget: number;
  readonly misses: readonly Miss[];
  readonly falseAlarms: readonly {
    readonly line: number;
    readonly text: string;
    readonly findings: readonly Finding[];
  }[];
  readonly met: boolean;
}

/** Targets from PRIVACY.md: structured categories 0.98, names (blocking) and age+class 0.90, clean lines 3 %. */
export const RECALL_TARGETS: Readonly<Record<Category, number>> = {
  name: 0.9,
  age_class: 0.9,
  bsn: 0.98,
  phone: 0.98,
  email: 0.98,
  address: 0.98,
  birthdate: 0.98,
  student_number: 0.98,
  iban: 0.98,
  licence_plate: 0.98,
  social_handle: 0.98,
};
export const CLEAN_LINE_TARGET = 0.03;

/** Where `part` occurs in `text` from `from` on, preferring an occurrence that is not inside a longer word. */
function wholeWordIndex(text: string, part: string, from: number): number {
  const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  let first = -1;
  for (let at = text.indexOf(part, from); at >= 0; at = text.indexOf(part, at + 1)) {
    if (first < 0) first = at;
    if (!isLetter(text[at - 1]) && !isLetter(text[at + part.length])) return at;
  }
  return first;
}

export function parseAnnotatedLines(jsonl: string): AnnotatedLine[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as AnnotatedLine);
}

export function evaluate(lines: readonly AnnotatedLine[], context: ScanContext = {}): Evaluation {
  const expected = new Map<Category, number>();
  const covered = new Map<Category, number>();
  const blocked = new Map<Category, number>();
  const misses: Miss[] = [];
  const falseAlarms: { line: number; text: string; findings: Finding[] }[] = [];
  let cleanLines = 0;
  let cleanLinesWithFindings = 0;

  lines.forEach((line, index) => {
    const findings = scan(line.text, context);
    if (line.spans.length === 0) {
      cleanLines++;
      if (findings.length > 0) {
        cleanLinesWithFindings++;
        falseAlarms.push({ line: index + 1, text: line.text, findings });
      }
      return;
    }
    let searchFrom = 0;
    for (const span of line.spans) {
      const category = span.category as Category;
      expected.set(category, (expected.get(category) ?? 0) + 1);
      // Spans are listed in text order; searching on from the previous one finds repeated words correctly.
      let start = wholeWordIndex(line.text, span.text, searchFrom);
      if (start < 0) start = wholeWordIndex(line.text, span.text, 0);
      const end = start + span.text.length;
      if (start >= 0) searchFrom = start + 1;
      const hits = findings.filter((f) => f.category === category && f.start < end && f.end > start);
      if (start >= 0 && hits.length > 0) covered.set(category, (covered.get(category) ?? 0) + 1);
      else misses.push({ line: index + 1, text: line.text, category, span: span.text });
      if (start >= 0 && hits.some((f) => f.severity === 'block'))
        blocked.set(category, (blocked.get(category) ?? 0) + 1);
    }
  });

  const categories = CATEGORIES.filter((category) => expected.has(category)).map((category) => {
    const total = expected.get(category) ?? 0;
    const hits = covered.get(category) ?? 0;
    const recall = total === 0 ? 1 : hits / total;
    const blocks = blocked.get(category) ?? 0;
    const blockRecall = total === 0 ? 1 : blocks / total;
    const target = RECALL_TARGETS[category];
    return {
      category,
      expected: total,
      covered: hits,
      recall,
      blocked: blocks,
      blockRecall,
      target,
      // A name that only warns is one tick away from being saved: for names the target is on blocking findings.
      met: (category === 'name' ? blockRecall : recall) >= target,
    };
  });
  const cleanFindingRate = cleanLines === 0 ? 0 : cleanLinesWithFindings / cleanLines;
  return {
    categories,
    cleanLines,
    cleanLinesWithFindings,
    cleanFindingRate,
    cleanTarget: CLEAN_LINE_TARGET,
    misses,
    falseAlarms,
    met: categories.every((result) => result.met) && cleanFindingRate <= CLEAN_LINE_TARGET,
  };
}

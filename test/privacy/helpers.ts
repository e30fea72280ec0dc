// Shortcuts for privacy tests: scan with a fixed clock and read back what was found per category.
import { type Category, type Finding, type ScanContext, scan } from '../../src/privacy/privacy.js';

export const NOW = new Date('2026-01-15T12:00:00Z');

export function scanAt(text: string, context: ScanContext = {}): Finding[] {
  return scan(text, { now: NOW, ...context });
}

/** The texts found in `category`, in order. */
export function found(text: string, category: Category, context: ScanContext = {}): string[] {
  return scanAt(text, context)
    .filter((finding) => finding.category === category)
    .map((finding) => finding.text);
}

/** `text` → severity per finding, e.g. `{ 'Daan de Vries': 'block' }`. */
export function severities(text: string, category: Category): Record<string, string> {
  return Object.fromEntries(
    scanAt(text)
      .filter((finding) => finding.category === category)
      .map((finding) => [finding.text, finding.severity]),
  );
}

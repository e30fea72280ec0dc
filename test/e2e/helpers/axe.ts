// Accessibility check of a page with axe-core (WCAG 2.1 A and AA); fails with a readable list of violations.
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.js';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per violation and up to five offending elements each, so the test output says what to fix. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page as it is now. The page must come from `browser.newContext()`: AxeBuilder needs a
 * context to inject into frames.
 */
export async function expectAxeClean(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length > 0) {
    throw new Error(`Accessibility violations on ${label}:\n${describeViolations(results.violations)}`);
  }
}

/** A file's page check: axe on the page as it is now, then a screenshot named `<prefix>-<name>` to look at. */
export function pageCheck(prefix: string): (page: Page, name: string) => Promise<void> {
  return async (page, name) => {
    await expectAxeClean(page, name);
    await screenshot(page, `${prefix}-${name}`);
  };
}

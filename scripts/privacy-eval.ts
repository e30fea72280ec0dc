// `npm run privacy:eval [file] [--verbose]`: recall per category and false alarms on clean lines for an annotated
// JSONL corpus (default ../shared/corpus/privacy-dev.jsonl); exits 1 when a target from PRIVACY.md is missed.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseAnnotatedLines } from '../src/privacy/evaluate.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const file =
  args.find((arg) => !arg.startsWith('-')) ?? resolve(repoRoot, '../shared/corpus/privacy-dev.jsonl');

const result = evaluate(parseAnnotatedLines(readFileSync(file, 'utf8')));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

console.log(`Corpus: ${file}\n`);
console.log('category         covered  recall   target         blocked  block-only');
for (const row of result.categories) {
  const covered = `${row.covered}/${row.expected}`;
  const blocked = `${row.blocked}/${row.expected}`;
  console.log(
    `${row.category.padEnd(16)} ${covered.padStart(7)}  ${percent(row.recall).padStart(6)}  ≥${percent(row.target).padStart(6)}  ${(row.met ? 'ok' : 'MISSED').padEnd(6)}  ${blocked.padStart(7)}  ${percent(row.blockRecall).padStart(6)}`,
  );
}
const clean = `${result.cleanLinesWithFindings}/${result.cleanLines}`;
const cleanMet = result.cleanFindingRate <= result.cleanTarget;
console.log(
  `\nclean lines with a finding: ${clean} = ${percent(result.cleanFindingRate)} (target ≤${percent(result.cleanTarget)}) ${cleanMet ? 'ok' : 'MISSED'}`,
);

if (verbose || !result.met) {
  for (const miss of result.misses)
    console.log(`  miss  line ${miss.line} ${miss.category} '${miss.span}': ${miss.text}`);
  for (const alarm of result.falseAlarms) {
    const found = alarm.findings.map((f) => `${f.category} '${f.text}' (${f.severity})`).join(', ');
    console.log(`  alarm line ${alarm.line}: ${found}: ${alarm.text}`);
  }
}
process.exitCode = result.met ? 0 : 1;

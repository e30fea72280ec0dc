// `npm run bench [-- name…]`: runs the named benchmarks (all when none is given) and exits 1 when one fails.
// A benchmark is a module under scripts/bench/ exporting a `Benchmark`; add it to the list below.
import { pagesBenchmark } from './bench/pages.bench.js';
import { privacyBenchmark } from './bench/privacy.bench.js';

export interface Benchmark {
  readonly name: string;
  readonly description: string;
  /** Prints its own results; returns false when a budget (e.g. linear growth) is exceeded. */
  run(): Promise<boolean> | boolean;
}

const benchmarks: readonly Benchmark[] = [privacyBenchmark, pagesBenchmark];

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const selected = wanted.length === 0 ? benchmarks : benchmarks.filter((bench) => wanted.includes(bench.name));
if (selected.length === 0) {
  console.error(
    `Unknown benchmark: ${wanted.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}`,
  );
  process.exit(64);
}

let failed = false;
for (const bench of selected) {
  console.log(`\n# ${bench.name}: ${bench.description}\n`);
  if (!(await bench.run())) failed = true;
}
process.exitCode = failed ? 1 : 0;

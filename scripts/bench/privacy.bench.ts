// Privacy guard benchmark: scans 25, 50 and 100 KB of agenda-like and adversarial text and checks that the time
// grows linearly (no regular-expression backtracking blow-up) and that 100 KB takes less than MAX_MS_100KB.
// Wall time is what a writer waits; CPU time (process.cpuUsage) is printed beside it, as it is less disturbed by
// other work on a shared machine. The load average is printed so the figures can be read in context.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { scan } from '../../src/privacy/privacy.js';
import type { Benchmark } from '../bench.js';

const SIZES_KB = [25, 50, 100] as const;
const RUNS = 7;
// Four times the text may take at most this many times as long: linear is 4, quadratic would be 16. The slack
// covers garbage collection and other work on a shared machine.
const MAX_RATIO = 10;
// The longest a 100 KB text may take to scan (best run, wall time).
const MAX_MS_100KB = 100;

const agenda = [
  'Daan de Vries (15 jaar, klas 3B) is betrapt met een vape.',
  'Overleg met Halt, Brijder, politie en gemeente Dijk en Waard over de aanpak van vapes.',
  'Bel de moeder op 06-12345678 of mail j.jansen@hotmail.com voor overleg.',
  'Mevrouw Bakker belt de ouders van Sanne; Dhr. P. de Groot is de stiefvader.',
  'Rekeningnummer NL91 ABNA 0417 1643 00, kenteken 52-HKN-7, BSN 111222333.',
  'Woont op Dorpsstraat 12, 1703 AB Heerhugowaard; geboren op 12-03-2010.',
  'Evaluatie kluisjescontrole van 12 maart 2025 in Sint Pancras en Broek op Langedijk.',
  'Volg haar op Instagram via @sanne.xo_2010 of snapchat.com/add/daantje2010.',
].join('\n');

/** Texts built to make a careless pattern backtrack: long runs without the character it waits for. */
const inputs: Readonly<Record<string, string>> = {
  agenda,
  digits: '1234567890',
  'digits with separators': '12 34-56.78 ',
  letters: 'aaaaaaaaaa',
  'e-mail without @': 'jan.jansen.',
  'at signs': '@a@b@c@d@e',
  'capitalised words': 'Daan Vries Bakker ',
  'unknown capitals': 'Xyz ',
  initials: 'A. B. ',
  tussenvoegsels: 'van de van der ',
  'dates and ages': '12-03-2010 15 jaar ',
  whitespace: '          ',
};

function textOf(unit: string, kb: number): string {
  const size = kb * 1024;
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** A timed batch lasts at least this long, so a text that scans in a fraction of a millisecond is still measurable. */
const MIN_BATCH_MS = 5;

/** How many scans of the text make one batch of at least MIN_BATCH_MS. */
function batchSize(text: string): number {
  const start = performance.now();
  scan(text);
  return Math.max(1, Math.ceil(MIN_BATCH_MS / Math.max(performance.now() - start, 0.01)));
}

/**
 * The fastest of a few runs per text (each run the mean of a batch of scans): on a shared machine the minimum is the
 * least disturbed by other work and GC. The texts take turns run by run, so a burst of load elsewhere slows all sizes
 * alike rather than one of them.
 */
function best(texts: readonly string[]): Timing[] {
  const batches = texts.map(batchSize);
  const timings = texts.map(() => ({ wallMs: Number.POSITIVE_INFINITY, cpuMs: Number.POSITIVE_INFINITY }));
  for (let run = 0; run < RUNS; run++) {
    texts.forEach((text, index) => {
      const batch = batches[index] ?? 1;
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      for (let scans = 0; scans < batch; scans++) scan(text);
      const wallMs = (performance.now() - start) / batch;
      const cpu = process.cpuUsage(cpuStart);
      const timing = timings[index];
      if (timing === undefined) return;
      timing.wallMs = Math.min(timing.wallMs, wallMs);
      timing.cpuMs = Math.min(timing.cpuMs, (cpu.user + cpu.system) / 1000 / batch);
    });
  }
  return timings;
}

export const privacyBenchmark: Benchmark = {
  name: 'privacy',
  description: `scan() on ${SIZES_KB.join('/')} KB, best of ${RUNS} runs (each a batch of at least ${MIN_BATCH_MS} ms), wall / CPU ms; ratio 100 KB / 25 KB wall (linear ≈ 4, at most ${MAX_RATIO}); 100 KB under ${MAX_MS_100KB} ms wall`,
  run() {
    let ok = true;
    console.log(
      `load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    );
    console.log(`${'input'.padEnd(24)}${SIZES_KB.map((kb) => `${kb} KB`.padStart(16)).join('')}     ratio`);
    for (const [name, unit] of Object.entries(inputs)) {
      scan(textOf(unit, 100)); // warm up the JIT for this kind of input
      const times = best(SIZES_KB.map((kb) => textOf(unit, kb)));
      const largest = times[2]?.wallMs ?? 0;
      const ratio = largest / (times[0]?.wallMs ?? Number.NaN);
      const problems = [
        ...(ratio <= MAX_RATIO ? [] : ['NOT LINEAR']),
        ...(largest < MAX_MS_100KB ? [] : [`100 KB NOT UNDER ${MAX_MS_100KB} ms`]),
      ];
      if (problems.length > 0) ok = false;
      const cells = times
        .map(({ wallMs, cpuMs }) => `${wallMs.toFixed(1)} / ${cpuMs.toFixed(1)}`.padStart(16))
        .join('');
      console.log(
        `${name.padEnd(24)}${cells}  ${ratio.toFixed(2).padStart(8)}  ${problems.join(', ')}`.trimEnd(),
      );
    }
    return ok;
  },
};

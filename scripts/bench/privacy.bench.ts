// Privacy guard benchmark: scans 25, 50 and 100 KB of agenda-like and adversarial text and checks that the time
// grows linearly (no regular-expression backtracking blow-up).
import { performance } from 'node:perf_hooks';
import { scan } from '../../src/privacy/privacy.js';
import type { Benchmark } from '../bench.js';

const SIZES_KB = [25, 50, 100] as const;
const RUNS = 5;
// Four times the text may take at most this many times as long: linear is 4, quadratic would be 16. The slack
// covers garbage collection and other work on a shared machine.
const MAX_RATIO = 10;

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

/** The fastest of a few runs: on a shared machine the minimum is the least disturbed by other work and GC. */
function bestMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    scan(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export const privacyBenchmark: Benchmark = {
  name: 'privacy',
  description: `scan() on ${SIZES_KB.join('/')} KB, best of ${RUNS} runs; ratio 100 KB / 25 KB (linear ≈ 4)`,
  run() {
    let linear = true;
    console.log(`${'input'.padEnd(24)}${SIZES_KB.map((kb) => `${kb} KB`.padStart(10)).join('')}     ratio`);
    for (const [name, unit] of Object.entries(inputs)) {
      scan(textOf(unit, 100)); // warm up the JIT for this kind of input
      const times = SIZES_KB.map((kb) => bestMs(textOf(unit, kb)));
      const ratio = (times[2] ?? 0) / Math.max(times[0] ?? 0, 0.5);
      const ok = ratio <= MAX_RATIO;
      if (!ok) linear = false;
      const cells = times.map((ms) => `${ms.toFixed(1)} ms`.padStart(10)).join('');
      console.log(`${name.padEnd(24)}${cells}  ${ratio.toFixed(2).padStart(8)}${ok ? '' : '  NOT LINEAR'}`);
    }
    return linear;
  },
};

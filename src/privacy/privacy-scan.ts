// `npm run cli -- privacy-scan`: scans each line of the input and writes one JSON object per line,
// {"line":N,"findings":[{"category","start","end","text","severity"}]} with N counted from 1.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { scan } from './privacy.js';

export async function runPrivacyScan(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  allow: string[],
  now: Date = new Date(),
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    const findings = scan(text, { allow, now }).map(({ category, start, end, text: value, severity }) => ({
      category,
      start,
      end,
      text: value,
      severity,
    }));
    // Respect back-pressure so a large input piped through does not pile up in memory.
    if (!output.write(`${JSON.stringify({ line, findings })}\n`)) await once(output, 'drain');
  }
}

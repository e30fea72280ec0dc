// The privacy-scan command: one JSON object per input line, numbered from 1, with the allow-list applied.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runPrivacyScan } from '../../src/privacy/privacy-scan.js';
import { NOW } from './helpers.js';

async function run(input: string, allow: string[] = []): Promise<unknown[]> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await runPrivacyScan(Readable.from([input]), output, allow, NOW);
  output.end();
  return Buffer.concat(chunks)
    .toString('utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('runPrivacyScan', () => {
  it('writes one object per line with 1-based line numbers and the findings without messages', async () => {
    const lines = await run('Toename vapes.\nBel 06-12345678 of mail j.jansen@hotmail.com\r\n');
    expect(lines).toEqual([
      { line: 1, findings: [] },
      {
        line: 2,
        findings: [
          { category: 'phone', start: 4, end: 15, text: '06-12345678', severity: 'block' },
          { category: 'email', start: 24, end: 44, text: 'j.jansen@hotmail.com', severity: 'block' },
        ],
      },
    ]);
  });

  it('uses the organisation names as an allow-list', async () => {
    const text = 'Voorlichting op het Hendrik Visser College.';
    expect(await run(`Voorlichting door Hendrik Visser.\n${text}`)).toEqual([
      {
        line: 1,
        findings: [{ category: 'name', start: 18, end: 32, text: 'Hendrik Visser', severity: 'block' }],
      },
      { line: 2, findings: [] },
    ]);
    expect(await run('Voorlichting door Hendrik Visser.', ['Hendrik Visser'])).toEqual([
      { line: 1, findings: [] },
    ]);
  });

  it('reports an empty line as a line without findings', async () => {
    expect(await run('\nDaan de Vries\n')).toEqual([
      { line: 1, findings: [] },
      {
        line: 2,
        findings: [{ category: 'name', start: 0, end: 13, text: 'Daan de Vries', severity: 'block' }],
      },
    ]);
  });
});

// The production start is one command, written in four places: the README, `npm start`, the systemd unit and the
// scripts that measure the app (bench, reliability). They must agree, or the figures measure another process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_NODE_OPTIONS } from '../../scripts/lib/app-process.js';

const root = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const command = `node ${PRODUCTION_NODE_OPTIONS.join(' ')} dist/server.js`;

describe('the production start command', () => {
  it('is the same in the README, npm start and the systemd unit as in the measuring scripts', () => {
    const packageJson = JSON.parse(read('package.json')) as { scripts: { start: string } };
    expect(packageJson.scripts.start).toBe(`node scripts/build-if-stale.js && ${command}`);
    expect(read('deploy/ketenoverleg.service')).toContain(`ExecStart=/usr/bin/${command}\n`);
    expect(read('README.md')).toContain(`start met \`${command}\``);
  });
});

// `npm start` runs this first: compiles TypeScript into dist/ only when dist/ is missing or older than a source
// file, so a start after the first one takes well under a second instead of a full compile.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'dist/server.js');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

function builtAt() {
  try {
    return statSync(output).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = ['src', 'tsconfig.json', 'tsconfig.build.json'].map((name) => join(root, name));
if (builtAt() < Math.max(...sources.map(newestMtime))) {
  process.stdout.write('TypeScript compileren naar dist/ …\n');
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  } catch {
    // tsc writes output even when it reports errors; without this file the next start compiles again.
    rmSync(output, { force: true });
    process.exit(1);
  }
}

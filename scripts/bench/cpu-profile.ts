// Summarises a `node --cpu-prof` profile of the app under load: self time by package (or by the app's module
// folder) and the costliest functions, so a page that falls short shows where its time goes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives: an npm package, a folder of the app (`app:agenda`), Node itself or a VM activity. */
function owner(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  const inModules = url.split('node_modules/').at(-1) ?? '';
  if (url.includes('node_modules/'))
    return inModules
      .split('/')
      .slice(0, inModules.startsWith('@') ? 2 : 1)
      .join('/');
  if (url.includes('/dist/')) return `app:${url.split('/dist/')[1]?.split('/')[0]}`;
  if (url.startsWith('node:')) return 'node';
  return functionName || '(native)';
}

function top(totals: Map<string, number>, all: number, count: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `${((micros / all) * 100).toFixed(1).padStart(5)} %  ${name}`);
}

/** The summary of the (first) profile in the directory, as printable lines. */
export function summariseCpuProfile(dir: string): string[] {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return [`no CPU profile in ${dir}`];
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    const micros = profile.timeDeltas[index] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    all += micros;
    const where = owner(frame);
    byOwner.set(where, (byOwner.get(where) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  });
  return [
    `CPU profile ${join(dir, file)}: ${(all / 1000).toFixed(0)} ms busy (start-up included)`,
    'by package:',
    ...top(byOwner, all, 20),
    'by function (self time):',
    ...top(byFunction, all, 30),
  ];
}

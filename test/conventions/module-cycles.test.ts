// Dependencies between module folders under src/ go one way: the folder graph, built from the import statements
// (type imports too), has no cycle. The dependencies that still close a cycle are listed below as debt; the list
// may only shrink (an entry whose import is gone fails too, so it is taken off).
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, sourceFiles } from '../helpers/source-files.js';

/**
 * Imports against the direction of the rest of the graph, each closing a cycle today. Not to be extended: a new
 * dependency goes the other way, or moves behind a function the app passes in (as `MeetingPolls` does).
 */
const KNOWN_BACK_EDGES: readonly string[] = [
  // The agenda page and mail show the standing item "Openstaande afspraken" (agreements.read); to be passed in.
  'agenda → agreements',
  // Who takes part in a meeting (invitations/participation.ts, which reads the agenda's topics) decides the agenda
  // mail, the calendar files and the meeting pages; to be passed in by the app as MeetingPolls is.
  'agenda → invitations',
  'calendar → invitations',
  'meetings → invitations',
];

/** Folder → the folders it imports from, each with the files that do. */
function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles('.ts')) {
    const path = join(SRC, file);
    const [from, rest] = file.split('/');
    if (!from || !rest) continue;
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+'(\.[^']+)'/g)) {
      const target = relative(SRC, normalize(join(dirname(path), match[1] ?? '')));
      const [to, inside] = target.split('/');
      if (!to || !inside || to === from || to.startsWith('..')) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      edges.set(to, [...(edges.get(to) ?? []), file]);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** One cycle in the graph as a path `a → b → … → a`, or null when there is none. */
function findCycle(graph: Map<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    path.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const graph = folderGraph();
const edgeName = (from: string, to: string) => `${from} → ${to}`;

describe('dependencies between module folders', () => {
  it('form no cycle, apart from the listed debt', () => {
    const pruned = new Map(
      [...graph].map(([from, edges]) => [
        from,
        new Set([...edges.keys()].filter((to) => !KNOWN_BACK_EDGES.includes(edgeName(from, to)))),
      ]),
    );
    const cycle = findCycle(pruned);
    const where = cycle
      ? cycle.slice(1).map((to, index) => {
          const from = cycle[index] ?? '';
          return `${edgeName(from, to)} (${[...new Set(graph.get(from)?.get(to))].join(', ')})`;
        })
      : [];
    expect(where, `import cycle between module folders:\n${where.join('\n')}`).toEqual([]);
  });

  it('lists as debt only imports that still exist', () => {
    const gone = KNOWN_BACK_EDGES.filter((name) => {
      const [from = '', to = ''] = name.split(' → ');
      return !graph.get(from)?.has(to);
    });
    expect(gone, 'take these off KNOWN_BACK_EDGES: the import is gone').toEqual([]);
  });

  it('has meetings and polls depend one way: polls on meetings', () => {
    expect(graph.get('meetings')?.has('polls') ?? false).toBe(false);
    expect(graph.get('polls')?.has('meetings')).toBe(true);
  });

  it('finds a cycle in a graph that has one, and names its path', () => {
    const tangled = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(tangled)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Set(['b'])]]))).toBeNull();
  });
});

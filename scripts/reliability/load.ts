// Load: 60 seconds of mixed reads and writes from several simulated users at once (members reading and submitting
// topics, the coordinator reading the planning pages); no answer may be a 5xx and no acknowledged write may be lost.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { startApp } from '../lib/app-process.js';
import { logIn } from '../lib/browser.js';
import { DEMO_MEMBERS, runScript, storedTopicTitles, TopicWriter, topicTitle } from './support.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const MEMBER_PAGES = ['/', '/topics', '/meetings'];
const COORDINATOR_PAGES = ['/', '/meetings', '/topics', '/planner', '/organisations', '/admin/outbox'];

await runScript('load', SECONDS + 120, async ({ dataDir, check, figure }) => {
  const app = await startApp({ dataDir });
  try {
    const members = await Promise.all(DEMO_MEMBERS.map((email) => TopicWriter.logIn(app, dataDir, email)));
    const coordinator = await logIn(app, dataDir, DEMO_COORDINATOR_EMAIL);
    const statuses = new Map<number, number>();
    const latencies: number[] = [];
    const acknowledged: string[] = [];
    const count = (status: number, started: number) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      latencies.push(performance.now() - started);
    };
    const until = performance.now() + SECONDS * 1000;

    // Each member reads three pages, then submits a topic, over and over; the coordinator reads around.
    const memberLoops = members.map(async (member, m) => {
      for (let n = 0; performance.now() < until; n++) {
        for (const path of MEMBER_PAGES) {
          const started = performance.now();
          count((await member.browser.get(path)).status, started);
        }
        const title = topicTitle(`Belastingtest lid ${'abcd'[m]}`, n);
        const started = performance.now();
        if (await member.submit(title)) acknowledged.push(title);
        count(303, started);
      }
    });
    const coordinatorLoop = (async () => {
      for (let n = 0; performance.now() < until; n++) {
        const path = COORDINATOR_PAGES[n % COORDINATOR_PAGES.length] ?? '/';
        const started = performance.now();
        count((await coordinator.get(path)).status, started);
      }
    })();
    await Promise.all([...memberLoops, coordinatorLoop]);

    latencies.sort((a, b) => a - b);
    const total = latencies.length;
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    const stored = storedTopicTitles(join(dataDir, 'ketenoverleg.db'));
    const lost = acknowledged.filter((title) => !stored.has(title));
    figure('simulated users', members.length + 1);
    figure('requests', `${total} in ${SECONDS} s (${(total / SECONDS).toFixed(0)} per second)`);
    figure('answers by status', [...statuses].map(([status, n]) => `${status}: ${n}`).join(', '));
    figure(
      'latency p50 / p99 / max',
      [0.5, 0.99, 1]
        .map((p) => `${(latencies[Math.min(total - 1, Math.floor(p * total))] ?? 0).toFixed(0)} ms`)
        .join(' / '),
    );
    figure('topics acknowledged', acknowledged.length);
    check(total > 0 && acknowledged.length > 0, 'the users made requests and writes');
    check(serverErrors === 0, `no 5xx answers (${serverErrors})`);
    check(
      [...statuses.keys()].every((status) => status === 200 || status === 303),
      'every answer was a page (200) or a redirect after a write',
    );
    check(lost.length === 0, `every acknowledged write is stored (${lost.length} missing)`);
  } finally {
    await app.stop();
  }
});

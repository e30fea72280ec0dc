// Page benchmark under load: seeds the demo and a ten-year history into temporary data directories, runs the built
// app as its own process in production mode and measures each page with autocannon (16 connections, logged in as
// the coordinator), next to a bare Fastify hello route in the same run; prints ratios to that baseline, start-up
// time and peak memory, checks the targets of issue 11 and writes everything as JSON.
// Options: --dataset=demo|ten-years (default both), --duration=<s> per page (default 5), --json=<file>.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import type { Benchmark } from '../bench.js';
import { type AppProcess, ensureBuilt, projectRoot, startApp } from '../lib/app-process.js';
import { logIn } from '../lib/browser.js';
import { seedTenYears } from './ten-years.js';

const CONNECTIONS = 16;

/** Ids the page paths need, read from the seeded database. */
interface Ids {
  upcomingMeeting: number;
}

interface BenchPage {
  name: string;
  path: (ids: Ids) => string;
  /** Logged in as the coordinator (the default) or anonymous. */
  anonymous?: boolean;
}

/** The pages to measure; add a page here when it lands (it then gets the logged-in or login target). */
const PAGES: readonly BenchPage[] = [
  { name: 'dashboard', path: () => '/' },
  { name: 'meetings list', path: () => '/meetings' },
  { name: 'meeting page', path: (ids) => `/meetings/${ids.upcomingMeeting}` },
  { name: 'agenda', path: (ids) => `/meetings/${ids.upcomingMeeting}/agenda` },
  { name: 'topics (triage)', path: (ids) => `/meetings/${ids.upcomingMeeting}/topics` },
  { name: 'topics overview', path: () => '/topics' },
  { name: 'planner', path: () => '/planner' },
  { name: 'organisations', path: () => '/organisations' },
  { name: 'login page', path: () => '/login', anonymous: true },
];

const TARGETS = {
  loggedInRatio: 0.1,
  anonymousRatio: 0.15,
  p99Ms: 25,
  startupMs: 1000,
  peakRssMb: 150,
  /** A page on the ten-year dataset keeps at least this share of its demo figure. */
  historyKeeps: 0.9,
};

interface Measured {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

interface PageResult extends Measured {
  name: string;
  path: string;
  ratio: number;
}

interface DatasetResult {
  dataset: string;
  /** The baseline measured before and after the pages; ratios use their mean. */
  baselineReqPerSec: number[];
  startupMs: number;
  peakRssMb: number;
  pages: PageResult[];
}

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

async function measure(url: string, headers: Record<string, string>, seconds: number): Promise<Measured> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) throw new Error(`${url}: ${failures} answers were not 2xx (or failed) under load`);
  return { reqPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

/** One short unmeasured run, so the measured one sees a warmed-up process (JIT, caches). */
async function warmUp(url: string, headers: Record<string, string>): Promise<void> {
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers });
}

function seed(dataDir: string, dataset: string): Ids {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const { db, sqlite } = openDatabase(config.databaseFile);
  try {
    const now = new Date();
    loadDemo({ db, now: () => now }, config);
    if (dataset === 'ten-years') seedTenYears(db, now);
    const upcoming = sqlite
      .prepare(
        "select id from meetings where status = 'gepland' and starts_at > ? order by starts_at limit 1",
      )
      .get(now.toISOString()) as { id: number } | undefined;
    if (!upcoming) throw new Error('the demo has no upcoming meeting');
    return { upcomingMeeting: upcoming.id };
  } finally {
    sqlite.close();
  }
}

async function benchDataset(dataset: string, baseline: AppProcess, seconds: number): Promise<DatasetResult> {
  const dataDir = mkdtempSync(join(tmpdir(), `ketenoverleg-bench-${dataset}-`));
  let app: AppProcess | null = null;
  try {
    const ids = seed(dataDir, dataset);
    app = await startApp({ dataDir, env: { LOG_LEVEL: 'info' }, discardOutput: true });
    const browser = await logIn(app, dataDir, DEMO_COORDINATOR_EMAIL);
    const loggedIn = { cookie: browser.cookieHeader() };

    const baselineRuns: number[] = [];
    await warmUp(baseline.baseUrl, {});
    baselineRuns.push((await measure(baseline.baseUrl, {}, seconds)).reqPerSec);
    const measured: (Measured & { name: string; path: string })[] = [];
    for (const page of PAGES) {
      const path = page.path(ids);
      const headers = page.anonymous ? {} : loggedIn;
      const check = await fetch(`${app.baseUrl}${path}`, { headers, redirect: 'manual' });
      await check.arrayBuffer();
      if (check.status !== 200) throw new Error(`${path} answered ${check.status} before the load`);
      await warmUp(`${app.baseUrl}${path}`, headers);
      measured.push({ name: page.name, path, ...(await measure(`${app.baseUrl}${path}`, headers, seconds)) });
    }
    baselineRuns.push((await measure(baseline.baseUrl, {}, seconds)).reqPerSec);
    const base = baselineRuns.reduce((sum, value) => sum + value, 0) / baselineRuns.length;
    return {
      dataset,
      baselineReqPerSec: baselineRuns,
      startupMs: app.startupMs,
      peakRssMb: app.peakRssMb(),
      pages: measured.map((page) => ({ ...page, ratio: page.reqPerSec / base })),
    };
  } finally {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function printDataset(result: DatasetResult, demo: DatasetResult | undefined): void {
  const [before = 0, after = 0] = result.baselineReqPerSec;
  console.log(
    `\n## ${result.dataset}: baseline ${Math.round(before)} / ${Math.round(after)} req/s (before / after the pages), ` +
      `start-up ${Math.round(result.startupMs)} ms, peak RSS ${result.peakRssMb.toFixed(0)} MB\n`,
  );
  const header = `${'page'.padEnd(18)} ${'path'.padEnd(22)} ${'req/s'.padStart(7)} ${'ratio'.padStart(6)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}`;
  console.log(demo ? `${header} ${'vs demo'.padStart(8)}` : header);
  for (const page of result.pages) {
    const line = `${page.name.padEnd(18)} ${page.path.padEnd(22)} ${Math.round(page.reqPerSec).toString().padStart(7)} ${page.ratio.toFixed(3).padStart(6)} ${page.p50Ms.toFixed(0).padStart(5)} ${page.p99Ms.toFixed(0).padStart(5)}`;
    const demoPage = demo?.pages.find((other) => other.name === page.name);
    console.log(
      demoPage ? `${line} ${`${((page.ratio / demoPage.ratio) * 100).toFixed(0)} %`.padStart(8)}` : line,
    );
  }
}

/** The targets each result misses, in words. */
function missedTargets(results: DatasetResult[]): string[] {
  const missed: string[] = [];
  const demo = results.find((result) => result.dataset === 'demo');
  for (const result of results) {
    const where = (what: string) => `${result.dataset}: ${what}`;
    if (result.startupMs >= TARGETS.startupMs)
      missed.push(where(`start-up ${Math.round(result.startupMs)} ms ≥ ${TARGETS.startupMs} ms`));
    if (result.peakRssMb >= TARGETS.peakRssMb)
      missed.push(where(`peak RSS ${result.peakRssMb.toFixed(0)} MB ≥ ${TARGETS.peakRssMb} MB`));
    for (const page of result.pages) {
      const anonymous = PAGES.find((p) => p.name === page.name)?.anonymous === true;
      const minRatio = anonymous ? TARGETS.anonymousRatio : TARGETS.loggedInRatio;
      if (page.ratio < minRatio)
        missed.push(where(`${page.name} ratio ${page.ratio.toFixed(3)} < ${minRatio}`));
      if (page.p99Ms >= TARGETS.p99Ms)
        missed.push(where(`${page.name} p99 ${page.p99Ms} ms ≥ ${TARGETS.p99Ms} ms`));
      const demoPage = result === demo ? undefined : demo?.pages.find((other) => other.name === page.name);
      if (demoPage && page.ratio < demoPage.ratio * TARGETS.historyKeeps)
        missed.push(
          where(`${page.name} keeps ${((page.ratio / demoPage.ratio) * 100).toFixed(0)} % of demo`),
        );
    }
  }
  return missed;
}

export const pagesBenchmark: Benchmark = {
  name: 'pages',
  description: `pages under load (${CONNECTIONS} connections, coordinator) against a bare Fastify baseline, built app`,
  async run() {
    const seconds = Number(option('duration', '5'));
    const datasets = option('dataset', 'demo,ten-years').split(',');
    const jsonFile = option('json', join(projectRoot, 'bench-results.json'));
    await ensureBuilt();
    const baseline = await startApp({
      dataDir: tmpdir(),
      script: join(projectRoot, 'scripts/bench/baseline-server.js'),
    });
    const results: DatasetResult[] = [];
    try {
      for (const dataset of datasets) {
        const result = await benchDataset(dataset, baseline, seconds);
        printDataset(
          result,
          results.find((other) => other.dataset === 'demo'),
        );
        results.push(result);
      }
    } finally {
      await baseline.stop();
    }
    const missed = missedTargets(results);
    console.log(missed.length === 0 ? '\nAll targets met.' : `\nTargets missed:\n- ${missed.join('\n- ')}`);
    writeFileSync(
      jsonFile,
      `${JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg() },
          connections: CONNECTIONS,
          secondsPerPage: seconds,
          targets: TARGETS,
          results,
          missed,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`Results written to ${jsonFile}`);
    return missed.length === 0;
  },
};

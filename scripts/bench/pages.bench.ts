// Page benchmark under load: seeds the demo and a ten-year history into temporary data directories, runs the built
// app as its own process in production mode and measures each page with autocannon (16 connections, logged in as
// the coordinator), each next to a bare Fastify hello route measured just before and after it in the same run; prints ratios to that baseline, start-up
// time and peak memory, checks the targets of issue 11 and writes everything as JSON.
// Options: --dataset=demo|ten-years (default both), --duration=<s> per page (default 5), --json=<file>,
// --pages=<name>,<name> (only these pages), --cpu-prof=<dir> (the app writes a CPU profile there when it stops),
// --rendered (the app runs with KEEP_PAGES=false: every request renders its page, as the first view after a change does).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Request } from 'autocannon';
import { replaceFeedToken } from '../../src/calendar/calendar.actions.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { newRandomToken } from '../../src/deps.js';
import type { Benchmark } from '../bench.js';
import { type AppProcess, ensureBuilt, projectRoot, startApp } from '../lib/app-process.js';
import { logIn } from '../lib/browser.js';
import { summariseCpuProfile } from './cpu-profile.js';
import { seedTenYears } from './ten-years.js';

const CONNECTIONS = 16;

/** Ids the page paths need, read from the seeded database. */
interface Ids {
  upcomingMeeting: number;
  /** The calendar feed token of a school. */
  feedToken: string;
}

interface BenchPage {
  name: string;
  path: (ids: Ids) => string;
  /** Logged in as the coordinator (the default) or anonymous (then the target is the login page's). */
  anonymous?: boolean;
  /**
   * Polled like a calendar app does: the ETag of the first answer goes back in If-None-Match and the answer is 304;
   * each request comes from its own address (X-Forwarded-For through the trusted proxy hop), as subscribers do, so the
   * per-address rate limit on token links measures the page rather than refusing the benchmark.
   */
  conditional?: boolean;
  /**
   * A reference row, held to no target: what every logged-in page costs before its own work, so the table shows
   * how much of a page's cost is the app's floor (hooks, session, layout) and how much the page itself.
   */
  reference?: boolean;
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
  { name: 'agreements register', path: () => '/agreements' },
  { name: 'annual report', path: () => '/insight/report' },
  { name: 'login page', path: () => '/login', anonymous: true },
  // The floor: every hook and the session lookup, without a page (the health check answers JSON) …
  { name: 'floor: health check', path: () => '/healthz', reference: true },
  // … and with the layout around a page that reads nothing (the privacy statement).
  { name: 'floor: privacy page', path: () => '/privacy', reference: true },
  {
    name: 'calendar feed 304',
    path: (ids) => `/calendar/${ids.feedToken}.ics`,
    anonymous: true,
    conditional: true,
  },
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
  /** The baseline this page is compared with: the mean of the runs just before and just after it. */
  baselineReqPerSec: number;
  ratio: number;
}

interface DatasetResult {
  dataset: string;
  /** Every baseline run, in order: one before the first page and one after each page. */
  baselineReqPerSec: number[];
  startupMs: number;
  startupCpuMs: number;
  peakRssMb: number;
  pages: PageResult[];
}

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

interface Load {
  url: string;
  headers: Record<string, string>;
  /** The status every answer must have. */
  status: 200 | 304;
  /** A different client address per request (see BenchPage.conditional). */
  manyClients?: boolean;
}

let clientNumber = 0;
/** Gives each request its own 10.x.y.z address. */
function fromNextClient(request: Request): Request {
  clientNumber = (clientNumber + 1) % 16_000_000;
  const address = `10.${clientNumber >> 16}.${(clientNumber >> 8) & 255}.${clientNumber & 255}`;
  return { ...request, headers: { ...request.headers, 'x-forwarded-for': address } };
}

async function measure(load: Load, seconds: number): Promise<Measured> {
  const result = await autocannon({
    url: load.url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: load.headers,
    ...(load.manyClients ? { requests: [{ setupRequest: fromNextClient }] } : {}),
  });
  const expected = result.statusCodeStats?.[`${load.status}`]?.count ?? 0;
  const failures = result.errors + result.timeouts + (result.requests.total - expected);
  if (failures > 0)
    throw new Error(`${load.url}: ${failures} answers were not ${load.status} (or failed) under load`);
  return { reqPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

/** One short unmeasured run, so the measured one sees a warmed-up process (JIT, caches). */
async function warmUp(load: Load): Promise<void> {
  await autocannon({
    url: load.url,
    connections: CONNECTIONS,
    duration: 1,
    headers: load.headers,
    ...(load.manyClients ? { requests: [{ setupRequest: fromNextClient }] } : {}),
  });
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
    const school = sqlite
      .prepare("select id from organisations where kind = 'school' order by id limit 1")
      .get() as {
      id: number;
    };
    const coordinator = sqlite
      .prepare('select id from contacts where email = ?')
      .get(DEMO_COORDINATOR_EMAIL) as {
      id: number;
    };
    const { token } = replaceFeedToken(
      db,
      { config, now, actor: { contactId: coordinator.id }, newToken: newRandomToken },
      { organisationId: school.id },
    );
    return { upcomingMeeting: upcoming.id, feedToken: token };
  } finally {
    sqlite.close();
  }
}

interface RunOptions {
  seconds: number;
  pages: readonly BenchPage[];
  /** Directory for the app's CPU profile (`node --cpu-prof`), when profiling. */
  cpuProfDir?: string;
  /** Every request renders its page (KEEP_PAGES=false). */
  rendered: boolean;
}

async function benchDataset(dataset: string, baseline: AppProcess, run: RunOptions): Promise<DatasetResult> {
  const { seconds } = run;
  const dataDir = mkdtempSync(join(tmpdir(), `ketenoverleg-bench-${dataset}-`));
  let app: AppProcess | null = null;
  try {
    const ids = seed(dataDir, dataset);
    // Production settings: request logging on, behind a reverse proxy (one trusted hop, see `conditional`).
    app = await startApp({
      dataDir,
      env: { LOG_LEVEL: 'info', TRUST_PROXY: 'true', ...(run.rendered ? { KEEP_PAGES: 'false' } : {}) },
      discardOutput: true,
      ...(run.cpuProfDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${run.cpuProfDir}`] } : {}),
    });
    const browser = await logIn(app, dataDir, DEMO_COORDINATOR_EMAIL);
    const loggedIn = { cookie: browser.cookieHeader() };

    // The machine is shared: its speed drifts within a run (the baseline has moved by half between the start and the
    // end). Each page is compared with the baseline measured just before and just after it, not with a run minutes away.
    const baselineLoad: Load = { url: baseline.baseUrl, headers: {}, status: 200 };
    const baselineSeconds = Math.max(2, Math.round(seconds / 2));
    const baselineRuns: number[] = [];
    await warmUp(baselineLoad);
    baselineRuns.push((await measure(baselineLoad, baselineSeconds)).reqPerSec);
    const measured: PageResult[] = [];
    for (const page of run.pages) {
      const path = page.path(ids);
      const url = `${app.baseUrl}${path}`;
      const headers: Record<string, string> = page.anonymous ? {} : { ...loggedIn };
      const check = await fetch(url, {
        headers: { ...headers, 'x-forwarded-for': '10.255.0.1' },
        redirect: 'manual',
      });
      await check.arrayBuffer();
      if (check.status !== 200) throw new Error(`${path} answered ${check.status} before the load`);
      const etag = check.headers.get('etag');
      if (page.conditional && !etag) throw new Error(`${path} has no ETag`);
      if (page.conditional && etag) headers['if-none-match'] = etag;
      const load: Load = {
        url,
        headers,
        status: page.conditional ? 304 : 200,
        manyClients: page.conditional,
      };
      await warmUp(load);
      const result = await measure(load, seconds);
      const before = baselineRuns.at(-1) ?? 0;
      const after = (await measure(baselineLoad, baselineSeconds)).reqPerSec;
      baselineRuns.push(after);
      const base = (before + after) / 2;
      measured.push({
        name: page.name,
        path: path.replace(/\/calendar\/[^/]+\.ics/, '/calendar/…ics'),
        ...result,
        baselineReqPerSec: base,
        ratio: result.reqPerSec / base,
      });
    }
    return {
      dataset,
      baselineReqPerSec: baselineRuns,
      startupMs: app.startupMs,
      startupCpuMs: app.startupCpuMs,
      peakRssMb: app.peakRssMb(),
      pages: measured,
    };
  } finally {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function printDataset(result: DatasetResult, demo: DatasetResult | undefined): void {
  const low = Math.min(...result.baselineReqPerSec);
  const high = Math.max(...result.baselineReqPerSec);
  console.log(
    `\n## ${result.dataset}: baseline ${Math.round(low)}–${Math.round(high)} req/s (each page against the runs around it), ` +
      `start-up ${Math.round(result.startupMs)} ms ` +
      `(${Math.round(result.startupCpuMs)} ms of CPU), peak RSS ${result.peakRssMb.toFixed(0)} MB\n`,
  );
  const header = `${'page'.padEnd(20)} ${'path'.padEnd(22)} ${'base'.padStart(7)} ${'req/s'.padStart(7)} ${'ratio'.padStart(6)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}`;
  console.log(demo ? `${header} ${'vs demo'.padStart(8)}` : header);
  for (const page of result.pages) {
    const line = `${page.name.padEnd(20)} ${page.path.padEnd(22)} ${Math.round(page.baselineReqPerSec).toString().padStart(7)} ${Math.round(page.reqPerSec).toString().padStart(7)} ${page.ratio.toFixed(3).padStart(6)} ${page.p50Ms.toFixed(0).padStart(5)} ${page.p99Ms.toFixed(0).padStart(5)}`;
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
      const listed = PAGES.find((p) => p.name === page.name);
      if (listed?.reference) continue;
      const anonymous = listed?.anonymous === true;
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
    const onlyPages = option('pages', '').split(',').filter(Boolean);
    const pages = onlyPages.length === 0 ? PAGES : PAGES.filter((page) => onlyPages.includes(page.name));
    if (pages.length === 0)
      throw new Error(`--pages: known pages are ${PAGES.map((p) => p.name).join(', ')}`);
    const cpuProfDir = option('cpu-prof', '') || undefined;
    const datasets = option('dataset', 'demo,ten-years').split(',');
    const jsonFile = option('json', join(projectRoot, 'bench-results.json'));
    const rendered = process.argv.includes('--rendered');
    if (rendered) console.log('\nKEEP_PAGES=false: every request renders its page.');
    await ensureBuilt();
    const baseline = await startApp({
      dataDir: tmpdir(),
      script: join(projectRoot, 'scripts/bench/baseline-server.js'),
    });
    const results: DatasetResult[] = [];
    try {
      for (const dataset of datasets) {
        const result = await benchDataset(dataset, baseline, { seconds, pages, cpuProfDir, rendered });
        printDataset(
          result,
          results.find((other) => other.dataset === 'demo'),
        );
        results.push(result);
      }
    } finally {
      await baseline.stop();
    }
    if (cpuProfDir) console.log(`\n${summariseCpuProfile(cpuProfDir).join('\n')}`);
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
          keepPages: !rendered,
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

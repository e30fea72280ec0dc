// Page benchmark: the pages people open most, rendered by the real app on the demo database, many times over;
// prints median and 95th percentile per page and fails when a page is slower than the budget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../src/app.js';
import { sessionExpiry } from '../../src/auth/auth.js';
import { createAuthRepository } from '../../src/auth/auth.repository.js';
import { sessionCookieName } from '../../src/auth/session.plugin.js';
import { hashToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { newRandomToken } from '../../src/deps.js';
import { createEmlTransport } from '../../src/mail/transports.js';
import { createContactsRepository } from '../../src/organisations/contacts.repository.js';
import type { Benchmark } from '../bench.js';

const REQUESTS = 200;
/** A page that needs more than this at the 95th percentile on this 2-core machine is too slow to click through. */
const BUDGET_P95_MS = 50;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const pagesBenchmark: Benchmark = {
  name: 'pages',
  description: `${REQUESTS} requests per page as the demo coordinator, through the whole app (database, access, templates)`,
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-bench-'));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const { db, sqlite } = openDatabase(config.databaseFile);
    const deps = {
      db,
      closeDb: () => sqlite.close(),
      now: () => new Date(),
      newToken: newRandomToken,
      mailTransport: createEmlTransport(config.mailDir),
      runWorkers: false,
    };
    loadDemo(deps, config);
    const app = await buildApp(config, deps);
    try {
      const coordinator = createContactsRepository(db).findByEmail(DEMO_COORDINATOR_EMAIL);
      if (!coordinator) throw new Error('demo coordinator missing');
      const session = newRandomToken();
      const now = new Date();
      createAuthRepository(db).insertSession(
        hashToken(session),
        coordinator.id,
        now.toISOString(),
        sessionExpiry(now, config.sessionMaxHours),
      );
      const cookie = `${sessionCookieName(config)}=${session}`;
      const meetingId = (
        sqlite.prepare("select id from meetings where status = 'gepland' limit 1").get() as { id: number }
      ).id;
      const pages = [
        '/',
        '/meetings',
        `/meetings/${meetingId}`,
        `/meetings/${meetingId}/topics`,
        `/meetings/${meetingId}/agenda`,
        '/planner',
        '/organisations',
        '/polls/1',
      ];
      let ok = true;
      console.log('page                                   median ms   p95 ms');
      for (const url of pages) {
        const times: number[] = [];
        for (let i = 0; i < REQUESTS; i++) {
          const start = performance.now();
          const response = await app.inject({ method: 'GET', url, headers: { cookie } });
          times.push(performance.now() - start);
          if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
        }
        times.sort((a, b) => a - b);
        const p95 = percentile(times, 95);
        const withinBudget = p95 <= BUDGET_P95_MS;
        ok &&= withinBudget;
        console.log(
          `${url.padEnd(38)} ${percentile(times, 50).toFixed(1).padStart(9)} ${p95.toFixed(1).padStart(8)}${withinBudget ? '' : `  over ${BUDGET_P95_MS} ms`}`,
        );
      }
      return ok;
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

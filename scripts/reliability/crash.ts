// Crash: members submit topics through the form while the app is killed with SIGKILL mid-stream and restarted,
// three times; afterwards the database passes integrity_check and every submission answered with success is there.
import { join } from 'node:path';
import { type AppProcess, startApp } from '../lib/app-process.js';
import {
  DEMO_MEMBERS,
  integrityCheck,
  runScript,
  sleep,
  storedTopicTitles,
  TopicWriter,
  topicTitle,
} from './support.js';

const ROUNDS = 3;

await runScript('crash', 240, async ({ dataDir, check, figure }) => {
  const acknowledged: string[] = [];
  let sent = 0;
  let app: AppProcess = await startApp({ dataDir });
  // Sessions live in the database, so the members stay logged in across the restarts.
  const writers = await Promise.all(DEMO_MEMBERS.map((email) => TopicWriter.logIn(app, dataDir, email)));

  for (let round = 1; round <= ROUNDS; round++) {
    let killed = false;
    const roundStart = acknowledged.length;
    const streams = writers.map(async (writer, w) => {
      for (let n = 0; !killed; n++) {
        const title = topicTitle(`Crashtest ronde ${'abc'[round - 1]} schrijver ${'abcd'[w]}`, n);
        sent += 1;
        try {
          if (await writer.submit(title)) acknowledged.push(title);
        } catch {
          // The app died before answering: this write was never acknowledged, so it may or may not be there.
          return;
        }
      }
    });
    // Kill once the stream is well under way, after a number of acknowledged writes that differs per round (a count,
    // not a time: on a busy machine a fixed time may pass before the first answer).
    while (acknowledged.length - roundStart < 4 * round + 3) await sleep(5);
    const before = acknowledged.length;
    const killedAt = await app.stop('SIGKILL');
    killed = true;
    await Promise.all(streams);
    check(
      killedAt.signal === 'SIGKILL',
      `round ${round}: the app was killed mid-stream (${before} writes acknowledged so far)`,
    );
    app = await startApp({ dataDir, port: app.port });
    figure(`round ${round}: restart after the kill`, `${Math.round(app.startupMs)} ms`);
  }
  await app.stop();

  const file = join(dataDir, 'ketenoverleg.db');
  const integrity = integrityCheck(file);
  const stored = storedTopicTitles(file);
  const lost = acknowledged.filter((title) => !stored.has(title));
  figure('submissions sent', sent);
  figure('acknowledged with success', acknowledged.length);
  figure('acknowledged and missing after the crashes', lost.length);
  check(acknowledged.length > 0, 'writes were acknowledged before the kills');
  check(integrity === 'ok', `PRAGMA integrity_check: ${integrity}`);
  check(
    lost.length === 0,
    `every acknowledged write is present${lost.length ? ` (missing: ${lost.join(', ')})` : ''}`,
  );
});

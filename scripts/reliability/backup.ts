// Backup: `cli backup` runs while members keep submitting topics; each backup opens and passes integrity_check, and
// the README's restore steps (stop, copy the backup over the database, remove the -wal and -shm files, start) give a
// working app with the data of the backup.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCli, startApp } from '../lib/app-process.js';
import {
  DEMO_MEMBERS,
  integrityCheck,
  runScript,
  sleep,
  storedTopicTitles,
  TopicWriter,
  topicTitle,
} from './support.js';

const BACKUPS = 3;

await runScript('backup', 240, async ({ dataDir, check, figure }) => {
  const database = join(dataDir, 'ketenoverleg.db');
  let app = await startApp({ dataDir });
  const writers = await Promise.all(DEMO_MEMBERS.map((email) => TopicWriter.logIn(app, dataDir, email)));
  const acknowledged: string[] = [];
  let writing = true;
  const streams = writers.map(async (writer, w) => {
    for (let n = 0; writing; n++) {
      const title = topicTitle(`Back-uptest schrijver ${'abcd'[w]}`, n);
      if (await writer.submit(title)) acknowledged.push(title);
    }
  });

  const backups: { file: string; before: string[] }[] = [];
  for (let b = 0; b < BACKUPS; b++) {
    while (acknowledged.length < (b + 1) * 5) await sleep(10);
    const file = join(dataDir, `backup-${b}.db`);
    // What was acknowledged before the backup started must be in it.
    const before = [...acknowledged];
    const started = performance.now();
    await runCli(dataDir, app.baseUrl, ['backup', file]);
    figure(
      `backup ${b + 1}`,
      `${Math.round(performance.now() - started)} ms, while ${acknowledged.length - before.length} more writes were acknowledged`,
    );
    backups.push({ file, before });
  }
  writing = false;
  await Promise.all(streams);

  for (const [b, backup] of backups.entries()) {
    const integrity = integrityCheck(backup.file);
    const titles = storedTopicTitles(backup.file);
    check(integrity === 'ok', `backup ${b + 1} opens and passes integrity_check (${integrity})`);
    check(
      backup.before.every((title) => titles.has(title)),
      `backup ${b + 1} holds all ${backup.before.length} writes acknowledged before it started`,
    );
  }

  // The README's restore steps, with the last backup.
  const last = backups.at(-1);
  if (!last) throw new Error('no backup made');
  await app.stop();
  copyFileSync(last.file, database);
  rmSync(`${database}-wal`, { force: true });
  rmSync(`${database}-shm`, { force: true });
  app = await startApp({ dataDir, port: app.port });
  try {
    figure('start after the restore', `${Math.round(app.startupMs)} ms`);
    const topicsPage = await writers[0]?.browser.get('/topics');
    const restoredTitle = last.before.find((title) => title.includes('schrijver a'));
    check(
      topicsPage?.status === 200 && restoredTitle !== undefined && topicsPage.text.includes(restoredTitle),
      `after the restore the member is still logged in and sees "${restoredTitle}" on /topics`,
    );
    check(
      last.before.every((title) => storedTopicTitles(database).has(title)),
      'the restored database holds every write acknowledged before the backup',
    );
  } finally {
    await app.stop();
  }
});

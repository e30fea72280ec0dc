// Mail outage: login mails are requested while the SMTP server is down; it comes back later, the outbox delivers on
// its retry schedule, and every message arrives exactly once (compared by Message-ID with the outbox).
import { join } from 'node:path';
import { freePort, runCli, startApp } from '../lib/app-process.js';
import { Browser } from '../lib/browser.js';
import { DEMO_MEMBERS, openReadOnly, runScript, type SmtpSink, sleep, startSmtpSink } from './support.js';

/** The outbox waits a minute after a first failed attempt (see src/mail/outbox.ts), so this script takes that long. */
const DOWN_MS = 5_000;
const WAIT_FOR_DELIVERY_MS = 120_000;

await runScript('mail-outage', 200, async ({ dataDir, check, figure }) => {
  const smtpPort = await freePort(4150);
  // A start with SMTP_URL never loads the demo (a real installation), so the demo world is loaded by the CLI first;
  // its own mail (poll links, invitations) waits in the outbox next to the login mails and must arrive once too.
  await runCli(dataDir, 'http://127.0.0.1', ['demo']);
  const app = await startApp({
    dataDir,
    env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'ketenoverleg@dijkenwaard.example' },
  });
  let sink: SmtpSink | null = null;
  try {
    // The SMTP server is down: every address asks for a login link.
    const visitor = new Browser(app.baseUrl);
    const csrf = await visitor.csrfFrom('/login');
    for (const email of DEMO_MEMBERS) {
      const answer = await visitor.post('/login', { _csrf: csrf, email });
      check(answer.status === 200, `login link for ${email} requested while the mail server is down`);
    }
    const file = join(dataDir, 'ketenoverleg.db');
    const outbox = () =>
      openReadOnlyRows(file, 'select message_id as messageId, status, attempts, purpose from outbox') as {
        messageId: string;
        status: string;
        attempts: number;
        purpose: string;
      }[];
    await sleep(DOWN_MS);
    const duringOutage = outbox();
    figure('messages queued during the outage', duringOutage.length);
    figure(
      'delivery attempts that failed',
      duringOutage.reduce((sum, row) => sum + row.attempts, 0),
    );
    check(
      duringOutage.filter((row) => row.purpose === 'login').length === DEMO_MEMBERS.length &&
        duringOutage.every((row) => row.status === 'pending'),
      'all messages wait in the outbox while the mail server is down',
    );

    const upAt = Date.now();
    sink = await startSmtpSink(smtpPort);
    while (sink.received.length < duringOutage.length && Date.now() - upAt < WAIT_FOR_DELIVERY_MS)
      await sleep(200);
    figure(
      'seconds from the mail server coming back to the last delivery',
      ((Date.now() - upAt) / 1000).toFixed(1),
    );
    // A little longer, so a second copy of any message would show up too.
    await sleep(4_000);

    const rows = outbox();
    const expected = rows.map((row) => row.messageId).sort();
    const received = [...sink.received].sort();
    figure('messages received', received.length);
    figure('distinct Message-IDs received', new Set(received).size);
    check(
      rows.every((row) => row.status === 'sent'),
      'the outbox marks every message sent',
    );
    check(
      JSON.stringify(received) === JSON.stringify(expected),
      'every message arrived exactly once (Message-IDs equal to the outbox, no duplicates)',
    );
  } finally {
    await app.stop();
    await sink?.close();
  }
});

function openReadOnlyRows(file: string, query: string): unknown[] {
  const db = openReadOnly(file);
  try {
    return db.prepare(query).all();
  } finally {
    db.close();
  }
}

// Delivers due outbox mail: one message at a time, marked sent right after the transport accepted it.
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { afterFailure } from './outbox.js';
import { createOutboxRepository, type OutboxRow } from './outbox.repository.js';
import type { MailTransport, OutgoingMail } from './transports.js';

export interface DeliveryDeps {
  db: Db;
  now: () => Date;
  mailTransport: MailTransport;
}

function toOutgoing(row: OutboxRow, config: Config): OutgoingMail {
  return {
    messageId: row.messageId,
    from: config.mailFrom,
    to: { name: row.toName, address: row.toAddress },
    subject: row.subject,
    text: row.text,
    html: row.html,
    ical: row.icalMethod && row.icalContent ? { method: row.icalMethod, content: row.icalContent } : null,
  };
}

/** Lets a stopping worker end a run after the message in hand, and see which message that is. */
export interface DeliveryRun {
  stopped: boolean;
  /** The id of the message being handed to the transport right now. */
  delivering: number | null;
}

/** Delivers every message that is due now (until `run.stopped`); returns how many were sent and how many failed. */
export async function deliverDue(
  deps: DeliveryDeps,
  config: Config,
  run: DeliveryRun = { stopped: false, delivering: null },
): Promise<{ sent: number; failed: number }> {
  const repo = createOutboxRepository(deps.db);
  let sent = 0;
  let failed = 0;
  const next = () => (run.stopped ? null : repo.claimNext(deps.now()));
  for (let row = next(); row; row = next()) {
    run.delivering = row.id;
    try {
      await deps.mailTransport.send(toOutgoing(row, config));
      repo.markSent(row.id, deps.now());
      sent += 1;
    } catch (error) {
      // Only the error text is kept: never the message body.
      const reason = error instanceof Error ? error.message : String(error);
      repo.markFailedAttempt(row.id, reason, afterFailure(row.attempts, deps.now()));
      failed += 1;
    } finally {
      run.delivering = null;
    }
  }
  return { sent, failed };
}

/**
 * Runs `deliverDue` every few seconds until stopped; runs never overlap. `stopGraceMs` is how long a stopping
 * worker waits for the message in hand before it gives the message back to the outbox.
 */
export function startOutboxWorker(
  deps: DeliveryDeps,
  config: Config,
  log: (error: unknown) => void,
  intervalMs = 3000,
  stopGraceMs = 10_000,
) {
  const run: DeliveryRun = { stopped: false, delivering: null };
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running || run.stopped) return;
    running = deliverDue(deps, config, run)
      .then(() => undefined, log)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    /**
     * Stops claiming mail and waits for the message in hand, so it is marked sent or failed before the database
     * closes; a claimed message would otherwise stay locked for minutes. When the mail server takes longer than
     * the grace period, the lock is released instead, so the next start tries that message again.
     */
    async stop() {
      clearInterval(timer);
      run.stopped = true;
      if (!running) return;
      let timeout: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        running.then(() => true),
        new Promise<false>((done) => {
          timeout = setTimeout(() => done(false), stopGraceMs);
        }),
      ]);
      clearTimeout(timeout);
      if (!finished && run.delivering !== null) createOutboxRepository(deps.db).releaseLock(run.delivering);
    },
    /** Delivers right away (after a change that queued mail), instead of waiting for the next tick. */
    nudge: tick,
  };
}

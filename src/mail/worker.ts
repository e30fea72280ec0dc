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

/** Delivers every message that is due now; returns how many were sent and how many failed. */
export async function deliverDue(
  deps: DeliveryDeps,
  config: Config,
): Promise<{ sent: number; failed: number }> {
  const repo = createOutboxRepository(deps.db);
  let sent = 0;
  let failed = 0;
  for (let row = repo.claimNext(deps.now()); row; row = repo.claimNext(deps.now())) {
    try {
      await deps.mailTransport.send(toOutgoing(row, config));
      repo.markSent(row.id, deps.now());
      sent += 1;
    } catch (error) {
      // Only the error text is kept: never the message body.
      const reason = error instanceof Error ? error.message : String(error);
      repo.markFailedAttempt(row.id, reason, afterFailure(row.attempts, deps.now()));
      failed += 1;
    }
  }
  return { sent, failed };
}

/** Runs `deliverDue` every few seconds until stopped; runs never overlap. */
export function startOutboxWorker(
  deps: DeliveryDeps,
  config: Config,
  log: (error: unknown) => void,
  intervalMs = 3000,
) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverDue(deps, config);
    } catch (error) {
      log(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  void tick();
  return {
    stop: () => clearInterval(timer),
    /** Delivers right away (after a change that queued mail), instead of waiting for the next tick. */
    nudge: () => void tick(),
  };
}

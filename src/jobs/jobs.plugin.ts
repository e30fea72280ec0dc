// The background jobs of the server process, in one place: the outbox worker (every few seconds) and the hourly
// housekeeping (clean-up and the reminder mails). Off when `deps.runWorkers` is false, as in tests.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import { startOutboxWorker } from '../mail/worker.js';
import { runHousekeeping } from './housekeeping.js';

const HOUR_MS = 3_600_000;
const FIRST_HOUSEKEEPING_DELAY_MS = 5_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** Asks the worker to deliver queued mail now rather than at its next tick. */
    nudgeOutbox(): void;
  }
}

export const jobsPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config; deps: Deps }) => {
    const { config, deps } = opts;
    if (!deps.runWorkers) {
      app.decorate('nudgeOutbox', () => {});
      return;
    }
    const worker = startOutboxWorker(deps, config, (error) =>
      app.log.error({ err: error }, 'outbox worker failed'),
    );
    const housekeeping = () => {
      try {
        const result = runHousekeeping(deps, config);
        app.log.info(result, 'housekeeping done');
      } catch (error) {
        app.log.error({ err: error }, 'housekeeping failed');
      }
    };
    // The first round runs shortly after the server listens, not before: the first requests after a (re)start are
    // answered without waiting for the clean-up and the reminder queries (about a tenth of a second).
    let first: NodeJS.Timeout | undefined;
    app.addHook('onListen', async () => {
      first = setTimeout(housekeeping, FIRST_HOUSEKEEPING_DELAY_MS);
    });
    const timer = setInterval(housekeeping, HOUR_MS);
    app.decorate('nudgeOutbox', worker.nudge);
    // Runs before the database plugin's onClose (hooks close in reverse order), so the message in hand is settled.
    app.addHook('onClose', async () => {
      clearTimeout(first);
      clearInterval(timer);
      await worker.stop();
    });
  },
  { name: 'jobs', dependencies: ['db'] },
);

// Starts the web server: reads the config, prepares the database, builds the app, listens, shuts down cleanly.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { prepareStart } from './demo/first-start.js';
import { newRandomToken } from './deps.js';
import { t } from './locale/index.js';
import { createMailTransport } from './mail/create-transport.js';
import { restrictUmask } from './shared/private-files.js';

async function main() {
  restrictUmask();
  const config = loadConfig();
  const { db, sqlite } = openDatabase(config.databaseFile);
  const deps = {
    db,
    closeDb: () => sqlite.close(),
    now: () => new Date(),
    newToken: newRandomToken,
    mailTransport: createMailTransport(config),
    runWorkers: true,
  };
  const firstStart = prepareStart(deps, config);
  const app = await buildApp(config, deps);

  // Fastify's close lets requests in flight finish and then runs the onClose hooks: the outbox worker settles the
  // message it is sending, then the database closes. Only then is the process done.
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      deps.mailTransport.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  // Printed, not logged: the link is for the person who started the app, not for log files.
  process.stdout.write(`\nKetenoverleg draait op ${config.baseUrl}\n`);
  if (firstStart.kind === 'demo')
    process.stdout.write(`${t('settings.firstStart.demoLink')}\n${firstStart.loginLink}\n\n`);
  else if (firstStart.kind === 'empty') process.stdout.write(`${t('settings.firstStart.empty')}\n\n`);
  else process.stdout.write(`${t('settings.firstStart.loginLinkHint')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(
    `Ketenoverleg kon niet starten: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

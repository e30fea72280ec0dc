// Admin commands: `npm run cli -- <command>` (init, migrate, demo, login-link, backup, export, privacy-scan, send-outbox).

import { createLoginLink } from './auth/login-link.js';
import { loadConfig } from './config.js';
import { backupDatabase, openDatabase } from './db/connection.js';
import { loadDemo } from './demo/demo.js';
import { newRandomToken } from './deps.js';
import { runExport } from './export/export-command.js';
import { createMailTransport } from './mail/create-transport.js';
import { deliverDue } from './mail/worker.js';
import { createContactsRepository } from './organisations/contacts.repository.js';
import { createOrganisationsRepository } from './organisations/organisations.repository.js';
import { runPrivacyScan } from './privacy/privacy-scan.js';
import { runInit } from './settings/init-command.js';
import { restrictUmask } from './shared/private-files.js';

const usage = `Gebruik: npm run cli -- <opdracht>

  init --gemeente "<naam>" --regio noord|midden|zuid --coordinator <e-mail> --naam "<naam>"
                        nieuwe installatie inrichten: gemeente, eerste coördinator en instellingen
                        (ook: --convenant "<naam>", --privacy <e-mail>; alleen op een lege installatie)
  migrate               database bijwerken (gebeurt ook bij het starten)
  demo                  demogegevens laden (kan vaker; bestaande gegevens blijven)
  login-link <e-mail>   eenmalige inloglink tonen (15 minuten geldig)
  backup <bestand>      online back-up van de database maken
  export <map>          alle organisaties, overleggen, agenda's, afspraken en verslagen als CSV + JSON (archief)
  privacy-scan          regels van stdin controleren op persoonsgegevens (JSON per regel)
  send-outbox           wachtende mail versturen en stoppen
`;

async function main(argv: string[]): Promise<number> {
  const [command, arg, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(usage);
    return command ? 0 : 64;
  }
  const config = loadConfig();
  const { db, sqlite } = openDatabase(config.databaseFile);
  const deps = { db, now: () => new Date(), newToken: newRandomToken };
  try {
    switch (command) {
      case 'migrate':
        // openDatabase has applied the migrations.
        process.stdout.write('Database is bijgewerkt.\n');
        return 0;
      case 'init':
        return runInit(
          [arg, ...rest].filter((value) => value !== undefined),
          deps,
          config,
          process.stdout,
          process.stderr,
        );
      case 'demo':
        loadDemo(deps, config);
        process.stdout.write('Demogegevens geladen.\n');
        return 0;
      case 'login-link': {
        if (!arg) return fail('Geef een e-mailadres: npm run cli -- login-link naam@voorbeeld.example');
        const contact = createContactsRepository(db).findLoginContact(arg);
        if (!contact) return fail(`Geen actieve contactpersoon met toegang gevonden voor ${arg}.`);
        process.stdout.write(`${createLoginLink(deps, config, contact.id)}\n`);
        return 0;
      }
      case 'backup': {
        if (!arg) return fail('Geef een doelbestand: npm run cli -- backup backup.db');
        await backupDatabase(sqlite, arg);
        process.stdout.write(`Back-up geschreven naar ${arg}.\n`);
        return 0;
      }
      case 'export':
        return runExport(arg, db, deps.now(), process.stdout, process.stderr);
      case 'privacy-scan':
        await runPrivacyScan(process.stdin, process.stdout, createOrganisationsRepository(db).allNames());
        return 0;
      case 'send-outbox': {
        const mailTransport = createMailTransport(config);
        try {
          const result = await deliverDue({ db, now: deps.now, mailTransport }, config);
          process.stdout.write(`Verstuurd: ${result.sent}, mislukt: ${result.failed}.\n`);
          return result.failed > 0 ? 1 : 0;
        } finally {
          mailTransport.close();
        }
      }
      default:
        process.stderr.write(`Onbekende opdracht: ${command}\n\n${usage}`);
        return 64;
    }
  } finally {
    sqlite.close();
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

restrictUmask();
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

// The inbound SMTP listener for calendar replies (REPLY_SMTP_PORT): accepts mail for MAIL_FROM only, size-limited,
// and applies each reply; started when the app is ready and closed gracefully with it.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import { applyReply, type ReplyOutcome } from './calendar.actions.js';
import { type ReadFailure, readReply } from './replies.js';

/** A reply is a few kilobytes; an Outlook reply with a long quoted invite stays far below this. */
export const MAX_REPLY_BYTES = 1024 * 1024;

/** Reads and applies one received message; the listener and the coordinator's upload share it. */
export async function receiveReply(
  deps: Pick<Deps, 'db' | 'now' | 'newToken'>,
  config: Config,
  raw: Buffer,
): Promise<ReplyOutcome | { kind: 'unreadable'; reason: ReadFailure }> {
  const read = await readReply(raw);
  if (!read.ok) return { kind: 'unreadable', reason: read.reason };
  return applyReply(
    deps.db,
    { config, now: deps.now(), actor: null, newToken: deps.newToken },
    { reply: read.reply },
  );
}

type SmtpError = Error & { responseCode?: number };
const smtpError = (code: number, message: string): SmtpError =>
  Object.assign(new Error(message), { responseCode: code });

export const replyListenerPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config; deps: Deps }) => {
    const { config, deps } = opts;
    const port = config.replySmtpPort;
    if (port === null) return;
    // Loaded only here: most installations run without the listener, and every start would pay for the module.
    const { SMTPServer } = await import('smtp-server');
    const organizer = config.mailFrom.toLowerCase();

    const server = new SMTPServer({
      banner: 'ketenoverleg: agenda-antwoorden / calendar replies',
      // Replies come from mail servers, not from users: no login, and only for the organizer mailbox.
      authOptional: true,
      disabledCommands: ['AUTH'],
      disableReverseLookup: true,
      size: MAX_REPLY_BYTES,
      maxClients: 20,
      closeTimeout: 5_000,
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.toLowerCase() !== organizer) {
          return callback(
            smtpError(550, `5.1.1 Onbekende ontvanger / unknown recipient <${address.address}>`),
          );
        }
        callback();
      },
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (stream.sizeExceeded) {
            callback(smtpError(552, '5.3.4 Bericht te groot / message too large'));
            return;
          }
          receiveReply(deps, config, Buffer.concat(chunks))
            .then((outcome) => {
              // Only the outcome is logged: never the mail, its addresses or its text.
              app.log.info(
                { reply: outcome.kind, reason: 'reason' in outcome ? outcome.reason : undefined },
                'calendar reply',
              );
              if (outcome.kind === 'unreadable') {
                callback(
                  smtpError(
                    550,
                    '5.6.0 Geen agenda-antwoord gevonden / no calendar reply (METHOD:REPLY) found',
                  ),
                );
              } else callback();
            })
            .catch((error: unknown) => {
              app.log.error({ err: error }, 'calendar reply failed');
              callback(smtpError(451, '4.3.0 Tijdelijke fout / temporary failure, try again later'));
            });
        });
      },
    });
    server.on('error', (error) => app.log.error({ err: error }, 'reply listener error'));

    app.addHook('onReady', async () => {
      await new Promise<void>((resolve, reject) => {
        server.server.once('error', reject);
        server.listen(port, config.host, () => {
          server.server.off('error', reject);
          resolve();
        });
      });
      const address = server.server.address() as AddressInfo;
      app.log.info({ port: address.port, host: config.host }, 'listening for calendar replies');
    });
    app.addHook('onClose', async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
  },
  { name: 'reply-listener' },
);

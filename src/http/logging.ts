// Logger options: one line per request without bodies, and secret tokens in URLs replaced before they are logged.
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

const TOKEN_PATHS = /^\/(login|rsvp|calendar|poll)\/[^/?]+/;

export function redactUrl(url: string): string {
  const [path = '', query] = url.split('?');
  const redacted = path.replace(TOKEN_PATHS, '/$1/[token]');
  return query === undefined ? redacted : `${redacted}?[query]`;
}

export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req(request: FastifyRequest) {
        return { method: request.method, url: redactUrl(request.url), remoteAddress: request.ip };
      },
    },
  };
}

/**
 * Fastify logs two lines per request ("incoming request", then "request completed"); one line when the answer is
 * done says the same (method, URL, address, status, time) at half the cost. Errors are logged as before.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (error) {
      reply.log.error(
        { req: request, res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      );
    } else {
      reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    }
  }
}

// Logger options: request lines without bodies, and secret tokens in URLs replaced before they are logged.
import type { FastifyRequest } from 'fastify';

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

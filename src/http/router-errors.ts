// Requests the router itself would refuse (a malformed percent-encoding, a path parameter over the length limit) are
// recognised before routing and answered by the error handler: the router's own answer is English JSON that echoes
// the path, sent before any hook, so without the Dutch page, the CSP, nosniff or Cache-Control: no-store.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { t } from '../locale/index.js';
import { DomainError } from './errors.js';

/** Fastify's default, stated so the router and this check agree. */
export const MAX_PARAM_LENGTH = 100;

/** No route matches this path, so a refused request runs the not-found route's hooks and then the error hook. */
const UNROUTABLE_PATH = '/.router-error';

const refused = new WeakMap<IncomingMessage, 400 | 414>();

/**
 * What the router would answer for this URL: 400 when a path segment is not valid percent-encoded UTF-8, 414 when
 * a decoded segment is longer than any parameter may be (a parameter is always part of one segment), else null.
 */
export function routerErrorStatus(url: string): 400 | 414 | null {
  const path = url.split('?', 1)[0] ?? '';
  let tooLong = false;
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 400;
    }
    if (decoded.length > MAX_PARAM_LENGTH) tooLong = true;
  }
  return tooLong ? 414 : null;
}

/** Fastify's `rewriteUrl`: keeps a routable URL, and sends a refused one to no route, remembering why. */
export function rewriteRefusedUrl(raw: IncomingMessage): string {
  const url = raw.url ?? '/';
  const status = routerErrorStatus(url);
  if (status === null) return url;
  refused.set(raw, status);
  return UNROUTABLE_PATH;
}

/** Registered after the security and view hooks, so the error page gets the headers and the layout. */
export function refuseUnroutable(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const status = refused.get(request.raw);
    if (status === 414) throw new DomainError('URI_TOO_LONG', t('common.errors.uriTooLong'), 414);
    if (status === 400) throw new DomainError('BAD_URL', t('common.errors.badUrl'), 400);
  });
}

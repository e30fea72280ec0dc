// What the app accepts at all, before any route sees it: urlencoded forms of valid UTF-8 only, and ids in one
// spelling only (a route's integer parameter would otherwise also match 0x4, +1, 04 or 4.0).
import type { FastifyInstance } from 'fastify';
import { t } from '../locale/index.js';
import { DomainError, MalformedParamError } from './errors.js';

const LINE_BREAK = /\r\n?/g;

const invalidForm = () => new DomainError('INVALID_FORM', t('common.errors.invalidText'), 400);

function decodeFormPart(part: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(part.replaceAll('+', ' '));
  } catch {
    // A malformed escape or an escaped byte sequence that is not UTF-8.
    throw invalidForm();
  }
  // A replacement character is where the sender's own text was already broken; storing it hides the damage.
  if (decoded.includes('\uFFFD')) throw invalidForm();
  // A browser sends every line break of a textarea as CRLF but counts it as one character: stored, counted against a
  // field's limit and shown again as one LF, so a text that fitted in the form fits the limit too.
  return decoded.replace(LINE_BREAK, '\n');
}

/**
 * Parses `application/x-www-form-urlencoded` like a browser writes it, refusing what is not valid UTF-8: unescaped
 * bytes that are not UTF-8 reach this function as replacement characters (the body buffer is decoded before).
 * A field that occurs more than once becomes an array, as checkbox groups need. Line breaks become LF.
 */
export function parseFormBody(body: string): Record<string, string | string[]> {
  if (body.includes('\uFFFD')) throw invalidForm();
  const form: Record<string, string | string[]> = Object.create(null);
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decodeFormPart(at === -1 ? pair : pair.slice(0, at));
    const value = at === -1 ? '' : decodeFormPart(pair.slice(at + 1));
    const previous = form[key];
    form[key] =
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return form;
}

/** The one spelling of an id in a URL: decimal digits without a leading zero, sign, point or exponent. */
export const CANONICAL_ID = /^[1-9][0-9]{0,14}$/;

interface ParamsSchema {
  properties?: Record<string, { type?: unknown }>;
}

/** Before validation (which would coerce "0x4" to 4), every integer path parameter must be a canonical id. */
export function requireCanonicalIds(app: FastifyInstance): void {
  // Path parameters are strings (or absent) until validation: the hook says so in its generic, no cast needed.
  app.addHook<{ Params: Record<string, string | undefined> }>('preValidation', async (request) => {
    const properties = (request.routeOptions.schema?.params as ParamsSchema | undefined)?.properties;
    if (!properties) return;
    const params = request.params;
    for (const [name, schema] of Object.entries(properties)) {
      if (schema.type === 'integer' && !CANONICAL_ID.test(String(params[name])))
        throw new MalformedParamError();
    }
  });
}

/** Forms only: no JSON or plain-text bodies, which Fastify parses by default (they answer 415). */
export function acceptFormsOnly(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
}

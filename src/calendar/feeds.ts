// Feed links: the secret token of an organisation's feed, derived from the row id with the server secret, and ETags.
import { createHash, createHmac } from 'node:crypto';

/**
 * The token in an organisation's feed URL. Only its hash is stored (like every token), yet the coordinator and the
 * organisation's members can see the URL again at any time: it is an HMAC of the row id under SESSION_SECRET, so a
 * copy of the database alone does not give anyone the feed. A new row (replacing the link) gives a new token.
 */
export function feedTokenFor(secret: string, feedTokenId: number): string {
  return createHmac('sha256', secret).update(`calendar-feed:${feedTokenId}`).digest('base64url');
}

export function feedUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/calendar/${token}.ics`;
}

/** A strong ETag of the body: a calendar client that has this version gets a 304 instead of the whole feed. */
export function etagFor(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this ETag (a list, `*`, or a weak form of it). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((value) => value.trim().replace(/^W\//, ''))
    .some((value) => value === '*' || value === etag);
}

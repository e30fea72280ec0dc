// Pure rules for login links and sessions: expiry and validity, with `now` passed in.
export const LOGIN_LINK_MINUTES = 15;
/**
 * At most this many login links per address in LOGIN_LINK_MINUTES, on top of the per-IP limit: someone asking from
 * many addresses cannot fill one person's mailbox. Above it the form answers as always, but sends nothing.
 */
export const LOGIN_LINKS_PER_ADDRESS = 3;

/** Whether another login link may be mailed, given those of the last LOGIN_LINK_MINUTES. */
export function mayMailLoginLink(recentLinks: number): boolean {
  return recentLinks < LOGIN_LINKS_PER_ADDRESS;
}

/** Since when login links count towards the per-address limit. */
export function loginLinkWindowStart(now: Date): string {
  return new Date(now.getTime() - LOGIN_LINK_MINUTES * 60_000).toISOString();
}

export interface SessionTimes {
  lastSeenAt: string;
  expiresAt: string;
}

export interface SessionLimits {
  idleMinutes: number;
}

export function loginTokenExpiry(now: Date): string {
  return new Date(now.getTime() + LOGIN_LINK_MINUTES * 60_000).toISOString();
}

export function sessionExpiry(now: Date, maxHours: number): string {
  return new Date(now.getTime() + maxHours * 3_600_000).toISOString();
}

/** A session is valid until its absolute expiry and while it was used within the idle timeout. */
export function isSessionValid(session: SessionTimes, now: Date, limits: SessionLimits): boolean {
  if (now.toISOString() >= session.expiresAt) return false;
  const idleSince = now.getTime() - Date.parse(session.lastSeenAt);
  return idleSince < limits.idleMinutes * 60_000;
}

/** Only refresh `lastSeenAt` once a minute, so every page view doesn't write to the database. */
export function shouldTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - Date.parse(session.lastSeenAt) > 60_000;
}

export function isLoginTokenUsable(token: { expiresAt: string; usedAt: string | null }, now: Date): boolean {
  return token.usedAt === null && now.toISOString() < token.expiresAt;
}

const SAME_SITE_BASE = 'https://ketenoverleg.invalid';

/**
 * Only same-site paths are accepted as a post-login destination. Printable ASCII only: browsers drop tabs and
 * newlines from a URL (so "/\t/evil.example" would become "//evil.example") and read "\\" as "/"; a newline or a
 * non-Latin-1 character would make the Location header itself fail. The URL parser has the last word.
 */
export function safeNext(next: string | undefined): string {
  if (!next || !/^\/[\x21-\x7e]*$/.test(next)) return '/';
  if (next.startsWith('//') || next.startsWith('/\\')) return '/';
  const url = new URL(next, SAME_SITE_BASE);
  if (url.origin !== SAME_SITE_BASE) return '/';
  return next;
}

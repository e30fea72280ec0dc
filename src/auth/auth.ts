// Pure rules for login links and sessions: expiry and validity, with `now` passed in.
export const LOGIN_LINK_MINUTES = 15;

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

/** Only same-site paths are accepted as a post-login destination. */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

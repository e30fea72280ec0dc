// Outbox rules: when a failed delivery is tried again, and when it is given up on.
export const MAX_ATTEMPTS = 8;

/** Backoff after the n-th failed attempt: 1, 2, 4, 8 ... minutes, at most six hours. */
export function retryDelayMs(attempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, attempts - 1), 360);
  return minutes * 60_000;
}

export function afterFailure(
  attempts: number,
  now: Date,
): { status: 'pending' | 'failed'; nextAttemptAt: string } {
  if (attempts >= MAX_ATTEMPTS) return { status: 'failed', nextAttemptAt: now.toISOString() };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() };
}

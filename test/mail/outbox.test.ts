// The outbox rules: backoff after a failed delivery and giving up after MAX_ATTEMPTS.
import { describe, expect, it } from 'vitest';
import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from '../../src/mail/outbox.js';

const now = new Date('2026-03-02T09:00:00.000Z');

describe('retry backoff', () => {
  it('doubles the wait after every failed attempt, from one minute up to six hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((attempts) => retryDelayMs(attempts) / 60_000)).toEqual([
      1, 2, 4, 8, 16, 32, 64, 128, 256, 360,
    ]);
    expect(retryDelayMs(40)).toBe(360 * 60_000);
  });

  it('schedules the next attempt while attempts are left', () => {
    expect(afterFailure(1, now)).toEqual({ status: 'pending', nextAttemptAt: '2026-03-02T09:01:00.000Z' });
    expect(afterFailure(MAX_ATTEMPTS - 1, now)).toEqual({
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(MAX_ATTEMPTS - 1)).toISOString(),
    });
  });

  it('gives up after the last attempt', () => {
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: 'failed', nextAttemptAt: now.toISOString() });
    expect(MAX_ATTEMPTS).toBe(8);
  });
});

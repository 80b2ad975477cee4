import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog, type StatusKey } from '../../src';
import {
  connectRetry,
  connectRetryDelay,
  connectRetryRules,
  type RetryRulesOptions,
} from '../../src/core/retry-rules';
import { useConnectStatus } from '../../src/hooks/useConnectStatus';
import { inputFor } from '../support/every-state';

/*
 * The helpers give a data library the alert's rules. Held to the alert itself: for each input,
 * the hook with autoRetry either schedules a retry or not, and its wait is the helpers' wait
 * (the same random draw for both).
 */

const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** What the alert does with a first failure: the wait it schedules, or undefined for none. */
function alertWait(error: unknown, options: RetryRulesOptions): number | undefined {
  const { result, unmount } = renderHook(() =>
    useConnectStatus(error, { ...options, onRetry: () => new Promise(() => {}), autoRetry: true }),
  );
  const { current } = result;
  unmount();
  return current.retryState === 'scheduled' ? current.delayMs : undefined;
}

const retryAfter = (status: number, value: string) =>
  new Response(null, { status, headers: { 'Retry-After': value } });

/** Retry-After as ky's tests send it, and the forms HTTP allows or servers get wrong. */
const HEADER_VECTORS: [string, string][] = [
  ['seconds', '2'],
  ['zero', '0'],
  ['padded seconds', '  3 '],
  ['a fraction (not HTTP)', '1.5'],
  ['a sign (not HTTP)', '+5'],
  ['negative', '-1'],
  ['an hour and a second: past the countdown cap', '3601'],
  ['exactly the cap', '3600'],
  ['an IMF-fixdate 10 s ahead', new Date(NOW + 10_000).toUTCString()],
  ['an IMF-fixdate in the past', new Date(NOW - 60_000).toUTCString()],
  ['an RFC 850 date 20 s ahead', 'Sunday, 06-Dec-26 12:00:20 GMT'],
  ['an asctime date 30 s ahead', 'Sun Dec  6 12:00:30 2026'],
  ['a date two days ahead', new Date(NOW + 2 * 86_400_000).toUTCString()],
  ['garbage', 'soon'],
  ['empty', ''],
];

const METHODS = [undefined, 'GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST', 'PATCH', 'post'];

describe('connectRetryRules: the alert’s decisions and waits', () => {
  it('for every state × method', () => {
    const keys = Object.keys(catalog) as StatusKey[];
    let compared = 0;
    let scheduled = 0;
    for (const key of keys) {
      for (const method of METHODS) {
        const error = inputFor(key);
        vi.spyOn(Math, 'random').mockReturnValue(0.37);
        const expected = alertWait(error, { method });
        const rules = connectRetryRules({ method });
        expect(rules.retry(0, error), `${key} ${method}`).toBe(expected !== undefined);
        if (expected !== undefined) expect(rules.retryDelay(0, error)).toBe(expected);
        compared++;
        if (expected !== undefined) scheduled++;
      }
    }
    expect(compared).toBe(keys.length * METHODS.length);
    // Both answers occur: retryable states with safe methods, and everything else.
    expect(scheduled).toBeGreaterThan(20);
    expect(compared - scheduled).toBeGreaterThan(100);
  });

  it.each(HEADER_VECTORS)('for Retry-After: %s', (_name, value) => {
    for (const status of [503, 429, 500, 404]) {
      for (const method of ['GET', 'POST']) {
        const error = retryAfter(status, value);
        vi.spyOn(Math, 'random').mockReturnValue(0.5);
        const expected = alertWait(error, { method });
        const rules = connectRetryRules({ method });
        expect(rules.retry(0, error), `${status} ${method}`).toBe(expected !== undefined);
        if (expected !== undefined) expect(rules.retryDelay(0, error)).toBe(expected);
      }
    }
  });

  it('waits at least what Retry-After asks, plus at most a second of jitter', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    expect(connectRetryDelay(0, retryAfter(503, '2'))).toBe(2999);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(connectRetryDelay(0, retryAfter(503, '2'))).toBe(2000);
    expect(connectRetryDelay(1, retryAfter(503, new Date(NOW + 10_000).toUTCString()))).toBe(
      10_000,
    );
  });

  it('retries a 503 quickly once, then backs off, and stops after maxAttempts', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const error = new Response(null, { status: 503 });
    expect([0, 1, 2, 3].map((n) => connectRetry(n, error))).toEqual([true, true, true, false]);
    expect([0, 1, 2].map((n) => connectRetryDelay(n, error))).toEqual([249, 1998, 3996]);
    const five = connectRetryRules({ maxAttempts: 5 });
    expect([3, 4, 5].map((n) => five.retry(n, error))).toEqual([true, true, false]);
  });

  it('repeats a POST only when it is idempotent', () => {
    const error = new Response(null, { status: 503 });
    expect(connectRetryRules({ method: 'POST' }).retry(0, error)).toBe(false);
    expect(connectRetryRules({ method: 'POST', idempotent: true }).retry(0, error)).toBe(true);
  });

  it('reads the method a failure carries when the app names none', () => {
    const post = { kind: 'connect-error', status: 503, method: 'POST' };
    expect(connectRetry(0, post)).toBe(false);
    expect(connectRetryRules({ method: 'GET' }).retry(0, post)).toBe(true);
  });

  it('never asks for a zero wait where it says no retry', () => {
    const rules = connectRetryRules({ policy: { capMs: 12_000 } });
    expect(rules.retry(0, 404)).toBe(false);
    expect(rules.retryDelay(0, 404)).toBe(12_000);
    expect(rules.retryDelay(3, 503)).toBe(12_000);
    expect(rules.retryDelay(0, retryAfter(503, '7200'))).toBe(12_000);
  });

  it('never throws and always answers a boolean and a finite wait, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (count, error, options) => {
        const rules = connectRetryRules(options as RetryRulesOptions);
        expect(typeof rules.retry(count as number, error)).toBe('boolean');
        const wait = rules.retryDelay(count as number, error);
        expect(Number.isFinite(wait) && wait >= 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

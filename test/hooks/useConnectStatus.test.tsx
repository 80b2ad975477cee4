import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type UseConnectStatusOptions, useConnectStatus } from '../../src/hooks/useConnectStatus';
import { r503, withFakeClockAndNoJitter } from '../support/fake-clock';

function deferred() {
  let resolve!: (value?: unknown) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Advances fake time in small steps, each in its own act, so React commits between timers. */
function advance(ms: number, step = 100) {
  for (let done = 0; done < ms; done += step) {
    act(() => {
      vi.advanceTimersByTime(Math.min(step, ms - done));
    });
  }
}

function setup(input: unknown, options: UseConnectStatusOptions) {
  return renderHook(({ input, options }) => useConnectStatus(input, options), {
    initialProps: { input, options },
  });
}

withFakeClockAndNoJitter();

describe('useConnectStatus: manual retries (no autoRetry)', () => {
  it('stays idle and schedules nothing', () => {
    const onRetry = vi.fn();
    const { result } = setup(r503(), { onRetry });
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 0, outcome: 'none' });
    expect(result.current.willAutoRetry).toBe(false);
    expect(result.current.canRetry).toBe(true);
    advance(60_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('retry() runs once, is retrying while pending and recovers when the app shows it worked', async () => {
    const call = deferred();
    const onRetry = vi.fn(() => call.promise);
    const { result, rerender } = setup(500, { onRetry });
    act(() => result.current.retry());
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 1, canRetry: false });
    act(() => result.current.retry()); // a no-op while one runs
    expect(onRetry).toHaveBeenCalledTimes(1);
    // The reload clears the error as it resolves, as an app does when the data came.
    await act(async () => {
      call.resolve();
      rerender({ input: null, options: { onRetry } });
    });
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 1, outcome: 'recovered' });
  });

  it('a resolved retry whose failure is still shown failed: never "recovered" beside it', async () => {
    const call = deferred();
    const onRetry = vi.fn(() => call.promise);
    const { result } = setup(500, { onRetry });
    act(() => result.current.retry());
    await act(async () => call.resolve());
    // The app's update may still come in the next task; none comes, so the retry failed.
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 1 });
    advance(1, 1);
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 1, outcome: 'failed' });
  });

  it('a rejection is a failed manual try; maxAttempts failures exhaust; retry() then starts afresh', async () => {
    const onRetry = vi.fn(() => Promise.reject(new Error('still down')));
    const { result } = setup(500, { onRetry, maxAttempts: 2 });
    await act(async () => result.current.retry());
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 1, outcome: 'failed' });
    await act(async () => result.current.retry());
    expect(result.current).toMatchObject({ retryState: 'exhausted', attempt: 2 });
    expect(onRetry).toHaveBeenCalledTimes(2);
    await act(async () => result.current.retry());
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 1, outcome: 'failed' });
  });

  it('a synchronous throw counts as a failed try', () => {
    const onRetry = vi.fn(() => {
      throw new Error('boom');
    });
    const { result } = setup(500, { onRetry });
    act(() => result.current.retry());
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 1, outcome: 'failed' });
  });

  it('without onRetry, retry() does nothing', () => {
    const { result } = setup(503, {});
    expect(result.current.canRetry).toBe(false);
    act(() => result.current.retry());
    expect(result.current.retryState).toBe('idle');
  });
});

describe('useConnectStatus: cancel and retry now', () => {
  it('cancel() while scheduled goes idle "cancelled" and nothing fires afterwards', () => {
    const onRetry = vi.fn();
    const { result } = setup(r503(), { onRetry, autoRetry: true });
    expect(result.current.retryState).toBe('scheduled');
    act(() => result.current.cancel());
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 0, outcome: 'cancelled' });
    advance(60_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('retry() while scheduled runs now and clears the countdown', () => {
    const onRetry = vi.fn(() => new Promise(() => {}));
    const { result } = setup(r503(), { onRetry, autoRetry: true });
    advance(2000);
    act(() => result.current.retry());
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current).toEqual(expect.objectContaining({ retryState: 'retrying', attempt: 1 }));
    expect(result.current).not.toHaveProperty('retryInMs');
    expect(vi.getTimerCount()).toBe(0);
    advance(10_000, 1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('useConnectStatus: when auto-retry is allowed', () => {
  it.each([
    ['method option POST', 503, { method: 'POST' }],
    ['method option patch', 503, { method: 'patch' }],
    ['a status object with method POST', { status: 503, method: 'POST' }, {}],
  ])('never auto-retries %s', (_name, input, extra) => {
    const onRetry = vi.fn();
    const { result } = setup(input, { onRetry, autoRetry: true, ...extra });
    expect(result.current).toMatchObject({
      retryState: 'idle',
      willAutoRetry: false,
      canRetry: true,
    });
    advance(60_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it.each([
    ['a POST marked idempotent', 503, { method: 'POST', idempotent: true }],
    ['a GET', 503, { method: 'GET' }],
    ['an unknown method (bare code)', 503, {}],
    ['an unknown method (Response)', r503(), {}],
  ])('auto-retries %s', (_name, input, extra) => {
    const onRetry = vi.fn();
    const { result } = setup(input, { onRetry, autoRetry: true, ...extra });
    expect(result.current).toMatchObject({
      retryState: 'scheduled',
      attempt: 1,
      willAutoRetry: true,
    });
    advance(6000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it.each([400, 401, 403, 404, 405, 409, 412])(
    'never schedules a %i, even with autoRetry',
    (code) => {
      const onRetry = vi.fn();
      const { result } = setup(code, { onRetry, autoRetry: true });
      expect(result.current).toMatchObject({ retryState: 'idle', willAutoRetry: false });
      advance(60_000, 1000);
      expect(onRetry).not.toHaveBeenCalled();
    },
  );

  it('a Retry-After beyond an hour schedules nothing and advises a time', () => {
    const onRetry = vi.fn();
    const { result } = setup(r503('7200'), { onRetry, autoRetry: true });
    expect(result.current).toMatchObject({ retryState: 'idle', willAutoRetry: false });
    expect(result.current.descriptor.retry.notBefore).toBe(Date.now() + 7_200_000);
    expect(result.current.descriptor.retry.advice).toMatch(/^Try again after .+\.$/);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('useConnectStatus: new inputs', () => {
  it('a new input of another state resets the cycle and cancels the timer', () => {
    const onRetry = vi.fn();
    const { result, rerender } = setup(r503(), { onRetry, autoRetry: true });
    expect(result.current.retryState).toBe('scheduled');
    rerender({ input: 200, options: { onRetry, autoRetry: true } });
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 0, outcome: 'none' });
    advance(60_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('promise-less onRetry: retrying until the next input; the same state again is a failure', () => {
    const onRetry = vi.fn(() => undefined);
    const options = { onRetry, autoRetry: true };
    const { result, rerender } = setup(r503(), options);
    advance(5000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 1 });
    advance(30_000, 1000);
    expect(result.current.retryState).toBe('retrying');
    // The server answers 503 again with Retry-After: 5; the next wait honours it.
    rerender({ input: r503(), options });
    expect(result.current).toMatchObject({ retryState: 'scheduled', attempt: 2, retryInMs: 5000 });
    advance(5000);
    expect(onRetry).toHaveBeenCalledTimes(2);
    rerender({ input: 200, options });
    expect(result.current).toMatchObject({ retryState: 'idle', attempt: 0, outcome: 'none' });
  });

  it('with a promise, a new input of the same state does not settle the attempt twice', async () => {
    const call = deferred();
    const onRetry = vi.fn(() => call.promise);
    const options = { onRetry, autoRetry: true };
    const { result, rerender } = setup(r503(), options);
    advance(5000);
    rerender({ input: r503(), options }); // the refetch rendered its 503 …
    await act(async () => call.reject(r503())); // … then its promise rejected
    expect(result.current).toMatchObject({ retryState: 'scheduled', attempt: 2 });
  });

  it('with a promise, only the promise settles the attempt (inline inputs are safe)', async () => {
    const call = deferred();
    const onRetry = vi.fn(() => call.promise);
    // A fresh but equal input object on every render, as `useConnectStatus({ status })` gives.
    const { result } = renderHook(() =>
      useConnectStatus({ status: 503 }, { onRetry, autoRetry: true }),
    );
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    advance(100);
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 1 });
    await act(async () => call.resolve());
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 1 });
    // Resolved, yet the same failure is still shown a task later: that try failed, and the next
    // runs (at once: no jitter here, and the backoff's random part is 0).
    advance(1, 1);
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 2 });
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('returns the same object between renders when nothing changed', () => {
    const onRetry = vi.fn();
    const input = r503();
    const { result, rerender } = setup(input, {
      onRetry,
      autoRetry: true,
      policy: { capMs: 10_000 },
    });
    const first = result.current;
    // Fresh but equal option objects (inline in a component) change nothing.
    rerender({ input, options: { onRetry, autoRetry: true, policy: { capMs: 10_000 } } });
    expect(result.current).toBe(first);
    // retry and cancel keep their identity across state changes.
    advance(1000);
    expect(result.current).not.toBe(first);
    expect(result.current.retry).toBe(first.retry);
    expect(result.current.cancel).toBe(first.cancel);
  });
});

describe('useConnectStatus: one policy for the words and the timers', () => {
  // A policy value the cleaning replaces (a negative cap) must mean the same thing to the advice
  // and to the countdown: here the default one-hour cap, so a 5 s Retry-After is counted down
  // and advised as the pause the service asked for, never as a time of day.
  it.each([-1, Number.NaN, '60', null])('longCapMs %j: counts down 5 s and says so', (cap) => {
    const input = { status: 503, headers: { 'Retry-After': '5' } };
    const policy = { longCapMs: cap as number };
    const { result } = setup(input, { onRetry: vi.fn(), autoRetry: true, policy });
    expect(result.current).toMatchObject({ retryState: 'scheduled', retryInMs: 5000 });
    expect(result.current.descriptor.retry.advice).toBe(
      'Try again after the 5 s pause the service asked for.',
    );
    expect(result.current.descriptor.retry.notBefore).toBeUndefined();
  });
});

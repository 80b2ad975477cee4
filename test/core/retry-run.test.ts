import { QueryClient, QueryObserver } from '@tanstack/query-core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRetryRun, type RetryRun } from '../../src/core/retry-run';

/*
 * A retry run inside TanStack Query's own retry loop (query-core, as useQuery runs it), on fake
 * timers: TanStack counts and retries, the run decides, waits and tells.
 */

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 11, 6, 12) });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A failure as a fetch wrapper throws it: a status and its headers. */
const failure = (status: number, headers: Record<string, string> = {}) => ({ status, headers });

/** A query whose function answers from `answers` (the last one again once they run out). */
function watch(run: RetryRun, answers: unknown[], method?: string) {
  const requests: number[] = [];
  const client = new QueryClient();
  const observer = new QueryObserver(client, {
    queryKey: ['stream', method],
    ...run.query(async () => {
      requests.push(Date.now());
      const answer = answers[Math.min(requests.length, answers.length) - 1];
      if (answer instanceof Error || (typeof answer === 'object' && answer && 'status' in answer)) {
        throw answer;
      }
      return answer;
    }),
  });
  const stop = observer.subscribe(() => {});
  return {
    requests,
    observer,
    client,
    state: () => run.getState(),
    end: () => {
      stop();
      client.clear();
    },
  };
}

/** Lets the promises of one request settle without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('a retry run in TanStack Query', () => {
  it('an always-503 query with Retry-After: 2 gets 1 + 3 requests, each at least 2 s apart, then runs out', async () => {
    const run = createRetryRun();
    const query = watch(run, [failure(503, { 'Retry-After': '2' })]);
    await settle();
    expect(query.requests).toHaveLength(1);
    const first = query.state();
    expect(first).toMatchObject({ retryState: 'scheduled', attempt: 1 });
    if (first.retryState !== 'scheduled') throw new Error('not scheduled');
    expect(first.delayMs).toBeGreaterThanOrEqual(2000);
    expect(first.delayMs).toBeLessThanOrEqual(3000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(query.requests).toHaveLength(4);
    for (let i = 1; i < 4; i++) {
      expect((query.requests[i] ?? 0) - (query.requests[i - 1] ?? 0)).toBeGreaterThanOrEqual(2000);
    }
    expect(query.state()).toEqual({ retryState: 'exhausted', attempt: 3 });
    expect(query.observer.getCurrentResult().status).toBe('error');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(query.requests).toHaveLength(4);
    query.end();
  });

  it('counts down once a second while someone listens, then retries', async () => {
    const run = createRetryRun();
    const heard: number[] = [];
    run.subscribe(() => {
      const state = run.getState();
      if (state.retryState === 'scheduled') heard.push(state.retryInMs);
    });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const query = watch(run, [failure(503, { 'Retry-After': '3' }), 'data']);
    await settle();
    expect(heard).toEqual([3000]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(heard).toEqual([3000, 2000, 1000]);
    expect(query.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(query.requests).toHaveLength(2);
    expect(query.state()).toEqual({ retryState: 'idle', attempt: 1, outcome: 'recovered' });
    expect(query.observer.getCurrentResult().data).toBe('data');
    query.end();
  });

  it('Retry now makes the scheduled request at once, and the count goes on', async () => {
    const run = createRetryRun();
    const query = watch(run, [failure(503, { 'Retry-After': '20' })]);
    await settle();
    run.retryNow();
    await settle();
    expect(query.requests).toHaveLength(2);
    expect(query.state()).toMatchObject({ retryState: 'scheduled', attempt: 2 });
    query.end();
  });

  it('Cancel stops further requests; the query ends with the failure it had', async () => {
    const run = createRetryRun();
    const busy = failure(503, { 'Retry-After': '5' });
    const query = watch(run, [busy]);
    await settle();
    run.cancel();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(query.requests).toHaveLength(1);
    expect(query.state()).toEqual({ retryState: 'idle', attempt: 0, outcome: 'cancelled' });
    const result = query.observer.getCurrentResult();
    expect(result.status).toBe('error');
    expect(result.error).toBe(busy);
    query.end();
  });

  it('a 404 and a POST are not retried', async () => {
    for (const [answer, method] of [
      [failure(404), undefined],
      [failure(503), 'POST'],
    ] as const) {
      const run = createRetryRun({ method });
      const query = watch(run, [answer], method);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(query.requests).toHaveLength(1);
      expect(query.state()).toEqual({ retryState: 'idle', attempt: 0, outcome: 'none' });
      query.end();
    }
  });

  it("a person's Try again after the retries ran out is the first of a fresh round of 3", async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const run = createRetryRun();
    const query = watch(run, [failure(500)]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(query.requests).toHaveLength(4);
    expect(query.state()).toEqual({ retryState: 'exhausted', attempt: 3 });
    run.tryAgain(() => query.observer.refetch());
    expect(query.state()).toEqual({ retryState: 'retrying', attempt: 1 });
    await settle();
    expect(query.requests).toHaveLength(5);
    expect(query.state()).toMatchObject({ retryState: 'scheduled', attempt: 2 });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(query.requests).toHaveLength(7);
    expect(query.state()).toEqual({ retryState: 'exhausted', attempt: 3 });
    query.end();
  });

  it('Retry now before the library began waiting keeps the count', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const run = createRetryRun();
    const query = watch(run, [failure(500)]);
    await vi.advanceTimersByTimeAsync(120_000);
    run.tryAgain(() => query.observer.refetch());
    // The person's try fails; the run schedules attempt 2 and, at once, is asked for it now.
    const scheduled = new Promise<void>((resolve) => {
      const stop = run.subscribe(() => {
        if (run.getState().retryState !== 'scheduled') return;
        stop();
        // After the question, before TanStack Query's 0 ms sleep ends and its function waits.
        queueMicrotask(() => {
          run.retryNow();
          resolve();
        });
      });
    });
    await settle();
    await scheduled;
    await settle();
    expect(query.requests).toHaveLength(6);
    expect(query.state()).toMatchObject({ retryState: 'scheduled', attempt: 3 });
    query.end();
  });

  it('a view that goes away stops the wait: no request nobody sees', async () => {
    const run = createRetryRun();
    const query = watch(run, [failure(503, { 'Retry-After': '2' })]);
    await settle();
    run.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(query.requests).toHaveLength(1);
    expect(query.state()).toEqual({ retryState: 'idle', attempt: 0, outcome: 'none' });
    query.end();
  });

  it('a refetch the library starts on its own begins a new round', async () => {
    const run = createRetryRun({ maxAttempts: 1 });
    const query = watch(run, [failure(500)]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(query.requests).toHaveLength(2);
    void query.observer.refetch();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(query.requests).toHaveLength(4);
    expect(query.state()).toEqual({ retryState: 'exhausted', attempt: 1 });
    query.end();
  });
});

describe('a retry run in SWR-style engines', () => {
  it('onErrorRetry waits, then revalidates with the options SWR gave', async () => {
    const run = createRetryRun();
    const revalidate = vi.fn();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    run.onErrorRetry(failure(503, { 'Retry-After': '2' }), '/x', {}, revalidate, { retryCount: 1 });
    expect(run.getState()).toMatchObject({ retryState: 'scheduled', attempt: 1, delayMs: 2000 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(revalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(revalidate).toHaveBeenCalledWith({ retryCount: 1 });
    expect(run.getState()).toEqual({ retryState: 'retrying', attempt: 1 });
    run.onErrorRetry(failure(503), '/x', {}, revalidate, { retryCount: 4 });
    expect(run.getState()).toEqual({ retryState: 'exhausted', attempt: 3 });
  });

  it('the wrapped fetcher tells a retry that worked', async () => {
    const run = createRetryRun();
    const fetcher = run.fetcher(async (url: string) => url);
    run.onErrorRetry(failure(503), '/x', {}, () => fetcher('/x'), { retryCount: 1 });
    run.retryNow();
    expect(run.getState()).toEqual({ retryState: 'retrying', attempt: 1 });
    await settle();
    expect(run.getState()).toEqual({ retryState: 'idle', attempt: 1, outcome: 'recovered' });
  });
});

describe('whatever a library passes', () => {
  it('never throws, and decides a retry only with a wait it can count down', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (count, error) => {
        const run = createRetryRun();
        const yes = run.query(() => 1).retry(count as number, error);
        expect(typeof yes).toBe('boolean');
        const state = run.getState();
        expect(state.retryState === 'scheduled').toBe(yes);
        if (state.retryState === 'scheduled') expect(Number.isFinite(state.retryInMs)).toBe(true);
        run.onErrorRetry(error, count, undefined, () => {}, { retryCount: count as number });
        run.stop();
      }),
    );
  });

  it('a count or options that cannot become a number count as none', () => {
    const run = createRetryRun();
    const busy = failure(503);
    expect(run.query(() => 1).retry({ toString: [] } as never, busy)).toBe(true);
    expect(run.getState()).toMatchObject({ retryState: 'scheduled', attempt: 1 });
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(() => run.onErrorRetry(busy, '/x', {}, () => {}, hostile as never)).not.toThrow();
    run.stop();
  });

  it('options that throw when read are options not given', async () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    const run = createRetryRun(hostile as never);
    expect(run.maxAttempts).toBe(3);
    const query = watch(run, [failure(503, { 'Retry-After': '1' })]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(query.requests).toHaveLength(4);
    query.end();
  });
});

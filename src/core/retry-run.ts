import { numberOf, read } from './guards';
import type { RetryPolicy } from './retry';
import {
  initialCycle,
  nextTickMs,
  type RetryAction,
  type RetryCycle,
  retryReducer,
} from './retry-cycle';
import { type RetryRulesOptions, rulesFor } from './retry-rules';

/*
 * The retries a data library runs (TanStack Query, SWR), with the alert's rules, told as they
 * happen so our components can show them: the countdown, the attempt, the end. The library keeps
 * its engine and its count; the run only decides, waits and tells. Its waits are its own timers,
 * so a person can cut one short (Retry now) or stop it (Cancel), which the libraries' own sleeps
 * do not allow. No React: the hook in hooks/use-retry-run adapts it.
 *
 * What the run knows it learns from the library, never guesses: a failure from the library's
 * retry question (TanStack Query's `retry`, SWR's `onErrorRetry`), a request starting and ending
 * from the wrapped fetcher. One run belongs to one query.
 */

/** What TanStack Query passes to a query function that the run's wrapper passes on: the
 * signal that aborts the request, and the query key. */
export interface QueryContext {
  signal: AbortSignal;
  queryKey: readonly unknown[];
}

/** The options TanStack Query's `useQuery` takes from the run. */
export interface RetryRunQueryOptions<Data> {
  queryFn: (context: QueryContext) => Promise<Data>;
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: () => number;
}

/** What SWR passes to `onErrorRetry` (the fourth argument revalidates, the fifth counts). */
type Revalidate = (options?: never) => unknown;

export interface RetryRun {
  /** Retries after the first failure, at most, after the rules' policy is applied. */
  readonly maxAttempts: number;
  /** The policy the rules apply, cleaned. */
  readonly policy: RetryPolicy;
  /**
   * For TanStack Query: the query function, wrapped so that a retry waits for the run's
   * countdown first, with `retry` and `retryDelay` (0: the wait is the run's). Spread it into
   * `useQuery`'s options.
   */
  query<Data>(queryFn: (context: QueryContext) => Data | Promise<Data>): RetryRunQueryOptions<Data>;
  /** For SWR (or any engine): the fetcher, wrapped so that the run sees each request end. */
  fetcher<Args extends unknown[], Data>(
    fetcher: (...args: Args) => Data | Promise<Data>,
  ): (...args: Args) => Promise<Data>;
  /** SWR's `onErrorRetry`: the rules decide, the run waits, then SWR revalidates. */
  onErrorRetry: (
    error: unknown,
    key: unknown,
    config: unknown,
    revalidate: Revalidate,
    options: { retryCount?: number },
  ) => void;
  /** Runs the scheduled retry now. */
  retryNow(): void;
  /** Stops the scheduled retry; the library gives up with the failure it has. */
  cancel(): void;
  /**
   * A person's retry once the library gave up: `start` asks it to load again (TanStack Query's
   * `refetch`, SWR's `mutate`). It counts as the first retry of a fresh round, as in the alert.
   */
  tryAgain(start: () => unknown): void;
  /** Stops every wait without a request, for good until `resume` (a view unmounting). */
  stop(): void;
  resume(): void;
  getState(): RetryCycle;
  /** Calls `listener` on each change and, while a retry is scheduled, once a second. */
  subscribe(listener: () => void): () => void;
}

/** A monotonic clock: a device clock set back or forward neither stalls nor rushes a retry. */
const clock = () => performance.now();

/**
 * A retry run with the alert's rules (the same options as `connectRetryRules`). Never throws:
 * what the library passes is read as the rules read any failure.
 */
export function createRetryRun(options?: RetryRulesOptions): RetryRun {
  const { policy, decide } = rulesFor(options);
  const listeners = new Set<() => void>();
  let state = initialCycle;
  /** Retries this round made before the library's own count began (a person's try). */
  let base = 0;
  /** The attempt the next request the library starts is: a person's try, SWR's revalidation. */
  let next: number | undefined;
  /** A TanStack retry waiting for the countdown; `go` runs the scheduled retry, `drop` ends it
   * without a request. */
  let waiting: Promise<void> | undefined;
  let go: (() => void) | undefined;
  let drop: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  /** Cancelled by a person, or stopped by the view: the library's next question gets a no. */
  let cancelled = false;
  let stopped = false;
  /** How many failures the library asked about. */
  let questions = 0;

  const set = (value: RetryCycle) => {
    if (value === state) return;
    state = value;
    for (const listener of listeners) {
      try {
        listener();
      } catch {
        // one listener's throw does not silence the others
      }
    }
    plan();
  };
  /** The alert's state machine (retry-cycle.ts) moves the run as it moves the alert's cycle. */
  const act = (action: RetryAction) => set(retryReducer(state, action));
  /** After a failure no retry follows: the count stays at the retries made. */
  const failed = (made: number) =>
    set({ retryState: 'idle', attempt: made, outcome: made > 0 ? 'failed' : 'none' });

  /** One timer: to the next whole second of the countdown (while someone is told), or to the
   * retry. */
  function plan() {
    clearTimeout(timer);
    timer = undefined;
    if (state.retryState !== 'scheduled' || stopped) return;
    const left = Math.max(0, Math.ceil(dueAt - clock()));
    timer = setTimeout(
      () => {
        timer = undefined;
        const leftMs = dueAt - clock();
        if (leftMs > 0) act({ type: 'tick', leftMs, wall: Date.now() });
        else run();
      },
      listeners.size ? nextTickMs(left) : left,
    );
  }

  /** The scheduled retry, now. */
  function run() {
    if (state.retryState !== 'scheduled') return;
    const start = go;
    go = drop = undefined;
    // The request the library starts next is this retry, even if it starts late (TanStack Query
    // paused offline) or the wait ended before its function began waiting.
    next = state.attempt;
    act({ type: 'start', attempt: next });
    start?.();
  }

  /**
   * The library's question after a failure, `count` the retries it made: on a yes, the retry is
   * scheduled, and `start` runs it (`onStop` ends it without a request).
   */
  function retry(count: unknown, error: unknown, start: () => void, onStop?: () => void) {
    questions++;
    if (cancelled || stopped) return false;
    const made = base + Math.max(0, Math.floor(numberOf(count) ?? 0));
    const { wait, spent } = decide(made, error);
    if (wait === undefined) {
      if (spent) set({ retryState: 'exhausted', attempt: made });
      else failed(made);
      return false;
    }
    dueAt = clock() + wait;
    go = start;
    drop = onStop;
    act({ type: 'schedule', attempt: made + 1, delayMs: wait, wall: Date.now() });
    return true;
  }

  function wrap<Args extends unknown[], Data>(fn: (...args: Args) => Data | Promise<Data>) {
    return async (...args: Args): Promise<Data> => {
      if (waiting) {
        const wait = waiting;
        waiting = undefined;
        await wait;
      } else if (next === undefined) {
        // A request the library started on its own (a refetch on focus, a new key): a new round.
        // A retry of the run's (`next`) was shown as running when the run started it.
        base = 0;
        cancelled = false;
      }
      next = undefined;
      try {
        const data = await fn(...args);
        // A retry that worked, or a request of the library's own: nothing left to show.
        set(
          state.retryState === 'retrying' ? retryReducer(state, { type: 'succeed' }) : initialCycle,
        );
        return data;
      } catch (error) {
        // The library asks about the failure before the next task (TanStack Query and SWR do);
        // one that never asks leaves a retry that failed, not one still running.
        const asked = questions;
        setTimeout(() => {
          if (questions === asked) act({ type: 'fail', exhausted: false });
        });
        throw error;
      }
    };
  }

  /** Ends the wait without a request: TanStack's retry fails with the failure it had. */
  function halt() {
    const end = drop;
    go = drop = undefined;
    end?.();
  }

  return {
    maxAttempts: policy.maxAttempts,
    policy,
    query: (queryFn) => ({
      queryFn: wrap(queryFn),
      retry(count, error) {
        // TanStack Query sleeps 0 ms (retryDelay), then calls the wrapped function, which waits
        // for this: the run's countdown, cut short by Retry now, ended by Cancel with the failure.
        let end: { resolve: () => void; reject: () => void } | undefined;
        const wait = new Promise<void>((resolve, reject) => {
          end = { resolve, reject: () => reject(error) };
        });
        wait.catch(() => {}); // ended by Cancel before the function waits: handled there
        const ends = end as NonNullable<typeof end>;
        const settle = (how: () => void) => () => {
          waiting = undefined;
          how();
        };
        const yes = retry(count, error, settle(ends.resolve), settle(ends.reject));
        if (yes) waiting = wait;
        return yes;
      },
      retryDelay: () => 0,
    }),
    fetcher: wrap,
    onErrorRetry: (error, _key, _config, revalidate, given) => {
      // SWR counts from 1, the rules from 0 (the retries already made).
      const count = (numberOf(read(given, 'retryCount')) ?? 1) - 1;
      retry(count, error, () => {
        try {
          revalidate(given as never);
        } catch {
          act({ type: 'fail', exhausted: false });
        }
      });
    },
    retryNow: run,
    cancel() {
      if (state.retryState !== 'scheduled') return;
      cancelled = true;
      act({ type: 'cancel' });
      halt();
    },
    tryAgain(start) {
      if (state.retryState === 'scheduled' || state.retryState === 'retrying') return;
      const fresh = state.retryState === 'exhausted' || state.outcome === 'recovered';
      const attempt = fresh ? 1 : state.attempt + 1;
      base = next = attempt;
      cancelled = false;
      act({ type: 'start', attempt });
      try {
        start();
      } catch {
        next = undefined;
        act({ type: 'fail', exhausted: false });
      }
    },
    stop() {
      stopped = true;
      // The scheduled retry will not run: the count stays at the retries made.
      if (state.retryState === 'scheduled') failed(state.attempt - 1);
      halt();
    },
    resume() {
      stopped = false;
      plan();
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      plan();
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

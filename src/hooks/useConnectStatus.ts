import { useCallback, useEffect, useMemo, useReducer, useRef, useSyncExternalStore } from 'react';
import { describeStatus } from '../core/describe';
import { isSafeToRepeat, type RetryPolicy, resolveRetryPolicy, retryDelay } from '../core/retry';
import type { StatusDescriptor } from '../core/types';
import { useMessages } from '../i18n/context';
import { initialCycle, nextTickMs, type RetryCycle, retryReducer } from './retry-cycle';

export interface UseConnectStatusOptions {
  /** Repeats the request. A returned promise settles the attempt: rejection is a failed try. */
  onRetry?: () => unknown;
  /** Retry on a schedule, without a click, where it is safe. Off by default. */
  autoRetry?: boolean;
  /** Retries (calls of `onRetry`), not counting the original request. Default 3. */
  maxAttempts?: number;
  /** The request method, for inputs that do not carry one (a code, a Response). */
  method?: string;
  /** Marks a POST or PATCH as safe to repeat (it carries an idempotency key, say). */
  idempotent?: boolean;
  /** Backoff base and caps; see `defaultRetryPolicy`. */
  policy?: Partial<RetryPolicy>;
}

export type ConnectStatus = RetryCycle & {
  descriptor: StatusDescriptor;
  /** No status yet (`null`/`undefined` input): components render nothing for it. */
  empty?: boolean;
  maxAttempts: number;
  /** Whether `retry()` does anything now: `onRetry` given and no retry running. */
  canRetry: boolean;
  /** Whether retries happen on their own for this state: opted in, retryable and safe. */
  autoRetry: boolean;
  /** Retries now, skipping any countdown. Starts a fresh cycle after exhaustion. */
  retry: () => void;
  /** Stops a scheduled retry (WCAG 2.2.1: people can stop a time limit). */
  cancel: () => void;
};

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

const subscribeToNothing = () => () => {};
const isClient = () => true;
const isServer = () => false;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * The descriptor of any input plus a retry controller. Timers start only after mount (never
 * during server rendering), one at a time, and are cleared on unmount and on every new state.
 * A new input of another state starts a fresh cycle; the same state arriving again while a
 * retry runs without a promise counts as that retry failing.
 */
export function useConnectStatus(
  input: unknown,
  options: UseConnectStatusOptions = {},
): ConnectStatus {
  const { onRetry, autoRetry = false, method, idempotent, policy: policyOverrides } = options;
  const messages = useMessages();
  // Server rendering and hydration use words that do not depend on the clock, so server and
  // browser write the same text; the browser re-renders with the exact wait right after.
  const hydrated = useSyncExternalStore(subscribeToNothing, isClient, isServer);
  const longCapMs = policyOverrides?.longCapMs;
  const descriptor = useMemo(
    () => describeStatus(input, { messages, method, longCapMs, timeless: !hydrated }),
    [input, messages, method, longCapMs, hydrated],
  );
  const policy = useMemo(
    () =>
      resolveRetryPolicy({
        ...policyOverrides,
        maxAttempts: options.maxAttempts ?? policyOverrides?.maxAttempts,
      }),
    [policyOverrides, options.maxAttempts],
  );
  const [cycle, dispatch] = useReducer(retryReducer, initialCycle);

  const auto =
    autoRetry &&
    onRetry !== undefined &&
    descriptor.retry.retryable &&
    descriptor.retry.notBefore === undefined &&
    isSafeToRepeat(descriptor.method, idempotent);

  // Everything the callbacks read lives in one ref, so `retry` and `cancel` stay stable.
  const latest = useRef({ onRetry, auto, policy, descriptor, cycle });
  latest.current = { onRetry, auto, policy, descriptor, cycle };
  // The retry in flight, by ticket (0: none). It settles once — by its promise, or without one by
  // the next input — and a reset drops it, so a stale promise steers nothing.
  const tickets = useRef(0);
  const inFlight = useRef(0);
  // Whether the retry in flight returned no promise, so that only the next input can settle it.
  const awaitingInput = useRef(false);

  const schedule = useCallback((attempt: number, afterMs: number | undefined): boolean => {
    const { policy, descriptor } = latest.current;
    const delayMs = retryDelay({ attempt: attempt - 1, code: descriptor.code, afterMs }, policy);
    if (delayMs === undefined) return false;
    dispatch({ type: 'schedule', attempt, delayMs, now: Date.now() });
    return true;
  }, []);

  const settle = useCallback(
    (ticket: number, ok: boolean, reason?: unknown) => {
      if (ticket === 0 || ticket !== inFlight.current) return;
      inFlight.current = 0;
      const { auto, policy, cycle } = latest.current;
      if (ok) return dispatch({ type: 'succeed' });
      const made = cycle.attempt;
      // A rejection that carries a Retry-After (a Response, an HTTP error) sets the next wait.
      const afterMs = reason === undefined ? undefined : describeStatus(reason).retry.afterMs;
      if (auto && made < policy.maxAttempts && schedule(made + 1, afterMs)) return;
      dispatch({ type: 'fail', exhausted: made >= policy.maxAttempts || auto });
    },
    [schedule],
  );

  const run = useCallback(
    (attempt: number) => {
      const { onRetry } = latest.current;
      if (!onRetry) return;
      tickets.current += 1;
      const ticket = tickets.current;
      inFlight.current = ticket;
      awaitingInput.current = false;
      dispatch({ type: 'start', attempt });
      latest.current.cycle = { retryState: 'retrying', attempt };
      let result: unknown;
      try {
        result = onRetry();
      } catch (error) {
        return settle(ticket, false, error);
      }
      if (!isThenable(result)) {
        awaitingInput.current = true; // the next input tells how it went
        return;
      }
      result.then(
        () => settle(ticket, true),
        (reason: unknown) => settle(ticket, false, reason),
      );
    },
    [settle],
  );

  // A new state starts a fresh cycle, scheduling the first retry when it may run on its own.
  const { key } = descriptor;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new state (its key) is the trigger.
  useEffect(() => {
    inFlight.current = 0;
    dispatch({ type: 'reset' });
    latest.current.cycle = initialCycle;
    if (auto && latest.current.policy.maxAttempts > 0) {
      schedule(1, latest.current.descriptor.retry.afterMs);
    }
  }, [key, auto, schedule]);

  // The same state again while a promise-less retry runs: that retry failed. The new input is the
  // reason, so its Retry-After sets the next wait. A promise, when given, alone settles its retry:
  // an input rebuilt on every render (`{ status }` inline) must not count as a failure.
  const previousInput = useRef(input);
  useEffect(() => {
    if (previousInput.current === input) return;
    previousInput.current = input;
    if (awaitingInput.current) settle(inFlight.current, false, input);
  }, [input, settle]);

  // The countdown: one timer to the next whole second or to the retry, whichever is first.
  const scheduled = cycle.retryState === 'scheduled' ? cycle : undefined;
  useEffect(() => {
    if (!scheduled || scheduled.waitingForConnection) return;
    const timer = setTimeout(
      () => {
        const left = scheduled.retryAt - Date.now();
        if (left > 0) return dispatch({ type: 'tick', now: Date.now() });
        if (isOffline()) return dispatch({ type: 'offline' });
        run(scheduled.attempt);
      },
      nextTickMs(Math.max(0, scheduled.retryAt - Date.now())),
    );
    return () => clearTimeout(timer);
  }, [scheduled, run]);

  // Offline: the retry waits for the connection and then runs at once.
  const waiting = scheduled?.waitingForConnection === true;
  const pendingAttempt = scheduled?.attempt;
  useEffect(() => {
    if (!waiting || pendingAttempt === undefined) return;
    const resume = () => run(pendingAttempt);
    window.addEventListener('online', resume);
    return () => window.removeEventListener('online', resume);
  }, [waiting, pendingAttempt, run]);

  const retry = useCallback(() => {
    const { cycle } = latest.current;
    if (cycle.retryState === 'retrying') return;
    // After exhaustion or a recovery, a person's retry starts a new count.
    const fresh =
      cycle.retryState === 'exhausted' ||
      (cycle.retryState === 'idle' && cycle.outcome === 'recovered');
    run(cycle.retryState === 'scheduled' ? cycle.attempt : fresh ? 1 : cycle.attempt + 1);
  }, [run]);

  const cancel = useCallback(() => {
    if (latest.current.cycle.retryState !== 'scheduled') return;
    dispatch({ type: 'cancel' });
  }, []);

  const hasOnRetry = onRetry !== undefined;
  const empty = input == null;
  return useMemo(
    () => ({
      ...cycle,
      descriptor,
      empty,
      maxAttempts: policy.maxAttempts,
      canRetry: hasOnRetry && cycle.retryState !== 'retrying',
      autoRetry: auto,
      retry,
      cancel,
    }),
    [cycle, descriptor, empty, policy.maxAttempts, hasOnRetry, auto, retry, cancel],
  );
}

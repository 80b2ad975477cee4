import { statusFacts } from './facts';
import { read } from './guards';
import { isSafeToRepeat, type RetryPolicy, resolveRetryPolicy, retryDelay } from './retry';

/*
 * The alert's retry rules for a retry engine an app already runs (TanStack Query, SWR,
 * axios-retry): whether to try again after a failure, and how long to wait first. The same
 * decisions and waits as `useConnectStatus` with `autoRetry`: retryable states only, methods
 * safe to repeat, Retry-After in seconds or as a date (a wait beyond `longCapMs` is no retry),
 * full jitter under an exponential cap, the quick first retry after a 503, `maxAttempts`.
 */

/** What the rules are told about the request, when its failure does not say. */
export interface RetryRulesOptions {
  /**
   * The request's HTTP method. Without it, the method the failure carries (a `ConnectError` or
   * an axios error does, a fetch `Response` does not); without either, the request is a read.
   */
  method?: string;
  /** The request is safe to repeat whatever its method (it carries an idempotency key). */
  idempotent?: boolean;
  /** Retries after the first failure, at most. @default 3 */
  maxAttempts?: number;
  /** Backoff, jitter, cap and the longest wait counted down (see `defaultRetryPolicy`). */
  policy?: Partial<RetryPolicy>;
}

/** The two functions a retry engine calls, with TanStack Query's names and arguments. */
export interface RetryRules {
  /**
   * Whether to try again: `failureCount` is the number of retries already made (0 after the
   * first failure), `error` what the request failed with (a `Response`, a `ConnectError`, a
   * fetch, axios or ky error, a status code).
   */
  retry: (failureCount: number, error: unknown) => boolean;
  /** Milliseconds to wait before that retry. */
  retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * The alert's retry rules as the two functions TanStack Query takes, so they spread into its
 * options: `useQuery({ queryKey, queryFn, ...connectRetryRules() })`. Both never throw.
 *
 * `retry` says no for what repeating cannot fix (a 400, a 404), for a method that is not safe to
 * repeat (a POST without `idempotent`), for a Retry-After beyond `policy.longCapMs` and once
 * `maxAttempts` retries were made. `retryDelay` is the wait the alert would count down; where
 * `retry` says no, it is the backoff cap, never 0, so an engine that asks for the wait alone
 * never hammers the service.
 */
export function connectRetryRules(options?: RetryRulesOptions): RetryRules {
  const { policy, decide } = rulesFor(options);
  return {
    retry: (failureCount, error) => decide(failureCount, error).wait !== undefined,
    retryDelay: (failureCount, error) => decide(failureCount, error).wait ?? policy.capMs,
  };
}

/** The rules' answer for one failure: the wait before the next retry, or none; `spent` when
 * the failure is one to retry but `maxAttempts` retries were made already. */
export interface RetryAnswer {
  wait?: number;
  spent?: boolean;
}

/** The rules as one function of the retries made and the failure, with the policy they use. */
export function rulesFor(options?: RetryRulesOptions) {
  // Read once, each field guarded: options from untyped code may be anything.
  const method = read(options, 'method') as string | undefined;
  const idempotent = read(options, 'idempotent') === true;
  const maxAttempts = read(options, 'maxAttempts') as number | undefined;
  const policy = resolveRetryPolicy(read(options, 'policy') as RetryPolicy, maxAttempts);
  const decide = (made: number, error: unknown): RetryAnswer => {
    const facts = statusFacts(error, { method, longCapMs: policy.longCapMs });
    // The hook's autoRetry condition (useConnectStatus), held to it by test/core/retry-rules.
    if (!facts.retryable || facts.notBefore !== undefined) return {};
    if (!isSafeToRepeat(facts.method, idempotent)) return {};
    const attempt = { attempt: made, code: facts.code, afterMs: facts.afterMs };
    const wait = retryDelay(attempt, policy);
    // Out of retries, unless the wait itself rules a retry out (a Retry-After beyond longCapMs).
    const spent =
      wait === undefined && retryDelay({ ...attempt, attempt: 0 }, policy) !== undefined;
    return { wait, spent };
  };
  return { policy, decide };
}

const rules = connectRetryRules();

/** `connectRetryRules().retry`: the alert's decision with the default policy, for GET requests. */
export const connectRetry = rules.retry;

/** `connectRetryRules().retryDelay`: the alert's wait with the default policy. */
export const connectRetryDelay = rules.retryDelay;

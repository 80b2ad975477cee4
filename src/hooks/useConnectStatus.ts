import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { describeStatus } from '../core/describe';
import { requestKeyOf } from '../core/request-key';
import { isSafeToRepeat, type RetryPolicy, resolveRetryPolicy } from '../core/retry';
import type { StatusDescriptor } from '../core/types';
import { useMessages } from '../i18n/context';
import { markController } from './brand';
import { initialCycle, type RetryCycle } from './retry-cycle';
import type { Member } from './retry-store';
import { useRetryStore } from './store-context';

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
  /**
   * What identifies the request, when its method and URL do not (a bare code, a mocked
   * `Response`) or say too little: a string, a number or an array such as a TanStack query key.
   * Failures with the same key share one retry count, whichever component shows them.
   */
  requestKey?: string | number | readonly unknown[];
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

type Bag = Record<string, unknown>;

/** An object literal such as `{ status: 503, headers: {…} }`; not a ConnectError (its identity
 * tells one failure from the next) and not a class instance (a Response, an Error). */
function isLiteral(value: unknown): value is Bag {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && (value as Bag).kind !== 'connect-error';
}

/** Same keys, each value the same, or (one level down) an equal literal. */
function sameLiteral(a: Bag, b: Bag, depth = 0): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const [x, y] = [a[key], b[key]];
    if (Object.is(x, y)) return true;
    return depth === 0 && isLiteral(x) && isLiteral(y) && sameLiteral(x, y, 1);
  });
}

/**
 * The input, except that a literal rebuilt on every render (`status={{ status: 503 }}`) stays the
 * same object while its fields do: it is neither described again nor taken for a new failure.
 */
function useStableInput(input: unknown): unknown {
  const last = useRef(input);
  let same = false;
  try {
    same = isLiteral(input) && isLiteral(last.current) && sameLiteral(input, last.current);
  } catch {
    // a proxy or a throwing getter: taken as it is
  }
  if (!same) last.current = input;
  return last.current;
}

const OPTION_NAMES = [
  'onRetry',
  'autoRetry',
  'maxAttempts',
  'method',
  'idempotent',
  'policy',
  'requestKey',
] as const;

/** The options as a plain object, read once: an app may hand over anything, a proxy included. */
function readOptions(given: unknown): UseConnectStatusOptions {
  const options: Record<string, unknown> = {};
  if (typeof given !== 'object' || given === null) return options;
  for (const name of OPTION_NAMES) {
    try {
      options[name] = (given as Record<string, unknown>)[name];
    } catch {
      // a throwing getter: that option is not given
    }
  }
  return options;
}

const subscribeToNothing = () => () => {};
const isClient = () => true;
const isServer = () => false;
const serverCycle = () => initialCycle;

/**
 * The descriptor of any input plus a retry controller. The retry cycle belongs to the request
 * (its method and URL, or `requestKey`), not to this component: it lives in a store outside
 * React, so a remount, a `null` in between or an `autoRetry` flip resumes the count, and an
 * always-failing service gets at most `1 + maxAttempts` requests however the app is wired.
 * Timers run only in the browser, only while someone shows the cycle, one per cycle.
 */
export function useConnectStatus(
  given: unknown,
  givenOptions?: UseConnectStatusOptions,
): ConnectStatus {
  const input = useStableInput(given);
  const options = readOptions(givenOptions);
  const { autoRetry, method, idempotent, policy: policyOverrides, maxAttempts } = options;
  const onRetry = typeof options.onRetry === 'function' ? options.onRetry : undefined;
  const messages = useMessages();
  const store = useRetryStore();
  // Server rendering and hydration use words that do not depend on the clock, so server and
  // browser write the same text; the browser re-renders with the exact wait right after.
  const hydrated = useSyncExternalStore(subscribeToNothing, isClient, isServer);
  const policy = useMemo(
    () => resolveRetryPolicy(policyOverrides, maxAttempts),
    [policyOverrides, maxAttempts],
  );
  const descriptor = useMemo(
    () =>
      describeStatus(input, { messages, method, longCapMs: policy.longCapMs, timeless: !hydrated }),
    [input, messages, method, policy.longCapMs, hydrated],
  );

  const empty = input == null;
  // Only a failure has a cycle to show; a success still tells the store the request works.
  const failing = descriptor.severity === 'error' || descriptor.severity === 'warning';
  // A few property reads: cheap enough for every render, and a string, so stable by value.
  const key = empty
    ? undefined
    : requestKeyOf(input, {
        state: descriptor.key,
        method: descriptor.method,
        requestKey: options.requestKey,
      });

  const auto =
    autoRetry === true &&
    onRetry !== undefined &&
    descriptor.retry.retryable &&
    descriptor.retry.notBefore === undefined &&
    isSafeToRepeat(descriptor.method, idempotent);

  // What the store reads when it acts: this instance's latest wishes (the "latest ref" pattern).
  const member = useRef<Member>(null as unknown as Member);
  member.current ??= { auto, onRetry, policy, code: 0 };
  Object.assign(member.current, {
    auto,
    onRetry,
    policy,
    code: descriptor.code,
    afterMs: descriptor.retry.afterMs,
  });

  const shownKey = failing ? key : undefined;
  const subscribe = useCallback(
    (notify: () => void) =>
      shownKey === undefined ? () => {} : store.join(shownKey, member.current, notify),
    [store, shownKey],
  );
  const read = useCallback(
    () => (shownKey === undefined ? initialCycle : store.read(shownKey)),
    [store, shownKey],
  );
  const cycle = useSyncExternalStore(subscribe, read, serverCycle);

  // After each commit, the store learns what this instance shows and what it wants.
  // biome-ignore lint/correctness/useExhaustiveDependencies: an autoRetry flip is a trigger too.
  useEffect(() => {
    if (key === undefined) {
      member.current.reported = undefined; // the next failure shown is news, even a bare 503
      return;
    }
    store.report(key, member.current, input, failing);
    // onRetry and the policy are read from the member when the store acts: not triggers.
  }, [store, key, input, failing, auto]);

  const keyRef = useRef(shownKey);
  keyRef.current = shownKey;
  const retry = useCallback(() => {
    if (keyRef.current !== undefined) store.retry(keyRef.current);
  }, [store]);
  const cancel = useCallback(() => {
    if (keyRef.current !== undefined) store.cancel(keyRef.current);
  }, [store]);

  const hasOnRetry = onRetry !== undefined;
  return useMemo(
    () =>
      markController({
        ...cycle,
        descriptor,
        empty,
        maxAttempts: policy.maxAttempts,
        canRetry: hasOnRetry && cycle.retryState !== 'retrying' && shownKey !== undefined,
        autoRetry: auto,
        retry,
        cancel,
      }),
    [cycle, descriptor, empty, policy.maxAttempts, hasOnRetry, shownKey, auto, retry, cancel],
  );
}

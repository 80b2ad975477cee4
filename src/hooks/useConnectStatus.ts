import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { redactUrl } from '../core/redact-url';
import { requestKeyOf, requestUrlOf } from '../core/request-key';
import { isSafeToRepeat, type RetryPolicy, resolveRetryPolicy } from '../core/retry';
import type { StatusDescriptor } from '../core/types';
import { describeStatus } from '../i18n/describe';
import { markController } from './brand';
import { useProviderListeners } from './events-context';
import { useHydrated } from './hydrated';
import { initialCycle, type RetryCycle } from './retry-cycle';
import type { Member } from './retry-store';
import type { StatusEvent, StatusListener } from './status-events';
import { useRetryStore } from './store-context';
import { useMessages } from './use-messages';

export interface UseConnectStatusOptions {
  /**
   * Repeats the failed request. Without it there is no retry button and no automatic retry.
   * Return a promise: its rejection counts as a failed try, and its resolution ends the cycle.
   */
  onRetry?: () => unknown;
  /**
   * Retries on its own after a countdown that people can stop, without waiting for a click.
   * Needs `onRetry`, and only acts where retrying is safe: a state that can recover, and a
   * method that can be repeated (GET, HEAD, OPTIONS, PUT, DELETE, or one marked `idempotent`).
   * @default false
   */
  autoRetry?: boolean;
  /**
   * How many retries (calls of `onRetry`) one cycle may make, not counting the original
   * request. It wins over `policy.maxAttempts`, and is rounded down to a whole number from 0
   * to 100.
   * @default 3
   */
  maxAttempts?: number;
  /**
   * The request's HTTP method, for inputs that do not carry one (a status code, a `Response`).
   * It decides whether `autoRetry` may repeat the request.
   */
  method?: string;
  /**
   * Marks a POST or PATCH as safe to repeat, for example because it sends an idempotency key,
   * so `autoRetry` may repeat it.
   * @default false
   */
  idempotent?: boolean;
  /**
   * Changes how long to wait between retries (backoff base and cap, the spread added to
   * `Retry-After`, the quick first retry after a 503). Fields you leave out keep their default.
   * @default defaultRetryPolicy
   */
  policy?: Partial<RetryPolicy>;
  /**
   * Names the request, so that its failures share one retry count, whichever component shows
   * them. By default the key is the method and URL the input carries, else its state (`503`).
   * Set it when those say too little (a bare status code, a mocked `Response`): a string, a
   * number or an array such as a TanStack query key.
   */
  requestKey?: string | number | readonly unknown[];
  /**
   * Called with what happens to the status this hook shows, for monitoring (breadcrumbs, span
   * events): `shown` once per failure, then `scheduled`, `retried`, `recovered`, `exhausted` or
   * `cancelled` once per event of its retry cycle, with the state key, code, operation id,
   * attempt, method and URL (no credentials, no query values, never body text). A provider's
   * `onStatus` hears the same events as well.
   */
  onStatus?: (event: StatusEvent) => void;
}

/** What `useConnectStatus` returns: the status described, and the state of its retry cycle. */
export type ConnectStatus = RetryCycle & {
  /** The status described, as `describeStatus` returns it: title, message, severity, advice. */
  descriptor: StatusDescriptor;
  /**
   * True when there is no status (`null` or `undefined`): components render nothing, except the
   * alert's "Back to normal" when the retry cycle this view showed last has just worked.
   */
  empty?: boolean;
  /** How many retries this cycle may make, after `maxAttempts` and `policy` are applied. */
  maxAttempts: number;
  /** Whether `retry()` does anything now: `onRetry` was given and no retry is running. */
  canRetry: boolean;
  /**
   * Whether retries happen on their own for this status: the `autoRetry` option is on, the state
   * can recover and the method is safe to repeat. (The option asks for it; this says it will.)
   */
  willAutoRetry: boolean;
  /** Retries now, skipping any countdown. After the retries ran out, it starts a fresh count. */
  retry: () => void;
  /** Stops a scheduled retry, so people stay in control of the time limit (WCAG 2.2.1). */
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

/** The options' names: a component that takes them as props keeps them off the DOM. */
export const OPTION_NAMES = [
  'onRetry',
  'autoRetry',
  'maxAttempts',
  'method',
  'idempotent',
  'policy',
  'requestKey',
  'onStatus',
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
  const providerListeners = useProviderListeners();
  // Server rendering and hydration use words that do not depend on the clock, so server and
  // browser write the same text; the browser re-renders with the exact wait right after.
  const hydrated = useHydrated();
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

  // Monitoring sees where the request went, never its query values or credentials.
  const url = useMemo(() => redactUrl(requestUrlOf(input)), [input]);
  const onStatus = options.onStatus;
  const listeners: readonly StatusListener[] =
    typeof onStatus === 'function' ? [onStatus, ...providerListeners] : providerListeners;

  // What the store reads when it acts: this instance's latest wishes (the "latest ref" pattern).
  const member = useRef<Member>(null as unknown as Member);
  member.current ??= { auto, onRetry, policy, code: 0 };
  Object.assign(member.current, {
    auto,
    onRetry,
    policy,
    code: descriptor.code,
    afterMs: descriptor.retry.afterMs,
    listeners,
    subject: {
      key: descriptor.key,
      code: descriptor.code,
      operationId: descriptor.details?.operationId,
      method: descriptor.method,
      url,
    },
  });

  const shownKey = failing ? key : undefined;
  // With no status, the cycle this instance showed last is watched (never driven): when the app
  // clears its error as the retry works, the view can still say so ("Back to normal").
  const lastShown = useRef<string>(undefined);
  const watchedKey = empty ? lastShown.current : undefined;
  const subscribe = useCallback(
    (notify: () => void) => {
      if (shownKey !== undefined) return store.join(shownKey, member.current, notify);
      return watchedKey === undefined ? () => {} : store.watch(watchedKey, notify);
    },
    [store, shownKey, watchedKey],
  );
  const read = useCallback(() => {
    if (shownKey !== undefined) return store.read(shownKey);
    const watched = watchedKey === undefined ? initialCycle : store.read(watchedKey);
    return watched.retryState === 'idle' && watched.outcome === 'recovered'
      ? watched
      : initialCycle;
  }, [store, shownKey, watchedKey]);
  const cycle = useSyncExternalStore(subscribe, read, serverCycle);

  // After each commit, the store learns what this instance shows and what it wants.
  // biome-ignore lint/correctness/useExhaustiveDependencies: an autoRetry flip is a trigger too.
  useEffect(() => {
    if (key === undefined) {
      member.current.reported = undefined; // the next failure shown is news, even a bare 503
      return;
    }
    lastShown.current = failing ? key : undefined;
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
        willAutoRetry: auto,
        retry,
        cancel,
      }),
    [cycle, descriptor, empty, policy.maxAttempts, hasOnRetry, shownKey, auto, retry, cancel],
  );
}

import {
  startTransition,
  useCallback,
  useEffect,
  useInsertionEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { read } from '../core/guards';
import { redactUrl } from '../core/redact-url';
import { likeOf, requestKeyOf, requestUrlOf } from '../core/request-key';
import { isSafeToRepeat, type RetryPolicy, resolveRetryPolicy } from '../core/retry';
import { initialCycle, type RetryCycle } from '../core/retry-cycle';
import { isPlain, sameValue } from '../core/same-value';
import type { StatusDescriptor } from '../core/types';
import { describeStatus } from '../i18n/describe';
import { markController } from './brand';
import { useProviderListeners } from './events-context';
import { useHydrated } from './hydrated';
import type { Shown, Target, View } from './retry-store';
import type { StatusEvent, StatusListener } from './status-events';
import { useRetryStore } from './store-context';
import { useMessages } from './use-messages';

export interface UseConnectStatusOptions {
  /**
   * Repeats the failed request. Without it there is no retry button and no automatic retry.
   * Return a promise that settles when the app has the answer: a rejection is a failed try; once
   * it resolves, what the view shows next decides (no status or a success: it worked; a failure
   * still shown: it failed, and the count goes on).
   */
  onRetry?: () => unknown;
  /**
   * Retries on its own after a countdown that people can stop, without waiting for a click.
   * Needs `onRetry`, and only acts where retrying is safe: a state that can recover, and a
   * method that can be repeated (GET, HEAD, OPTIONS, PUT, DELETE, TRACE, or one marked
   * `idempotent`).
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
   * Names the request, so that every view given the same key shares one retry count (a TanStack
   * Query or SWR key, say): a string, a number or an array. Without it, views share a count only
   * when they show the very same failure object or repeat it with the same `onRetry`, and a view
   * that mounts again takes over a count no one holds only for the same method and URL path. A
   * new key starts a new count.
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
  /** Whether `retry()` does anything now: a failure is shown, `onRetry` was given and no retry is
   * running. */
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

/**
 * The input, except that a literal rebuilt on every render (`status={{ status: 503 }}`) stays the
 * same object while its fields do: it is neither described again nor taken for a new failure.
 */
function useStableInput(input: unknown): unknown {
  const last = useRef(input);
  let same = false;
  try {
    same = isPlain(input) && !Array.isArray(input) && sameValue(input, last.current);
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

/** The options as a plain object, read once: an app may hand over anything, a proxy included
 * (a throwing getter: that option is not given). */
function readOptions(given: unknown): UseConnectStatusOptions {
  const options: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) options[name] = read(given, name);
  return options;
}

/**
 * The descriptor of any input plus a retry controller. The retry cycle belongs to the request,
 * not to this render: it lives in a store outside React, which learns what this view shows only
 * after each commit. The view keeps its cycle while it shows failures (whatever URL they carry),
 * shares it only through `requestKey`, and a remount takes over a cycle nobody holds only when
 * it is plainly the same request, so an always-failing service gets at most `1 + maxAttempts`
 * requests however the app is wired. Timers run only in the browser, while someone shows the
 * cycle, one per cycle.
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
  const shown: Shown = empty ? 'empty' : failing ? 'failing' : 'working';
  const key = requestKeyOf(options.requestKey);
  const own = key && `key ${key}`;
  const like = likeOf(input, descriptor.method);
  const target = useMemo<Target>(() => ({ own, like, onRetry }), [own, like, onRetry]);

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

  // This view, as the store knows it. A render React throws away (a suspended transition,
  // StrictMode's second render) writes nothing to it: its wishes are copied as React commits
  // (an insertion effect: before any event can reach the store, never on the server, and no
  // warning there as a layout effect would give).
  const [view] = useState<View>(() => ({ auto: false, policy, code: 0 }));
  // Each change of the store re-renders with a new mark; a retry's resolution is rendered (in a
  // transition) as the mark itself, so the commit that has it can judge the retry.
  const [mark, rerender] = useReducer((_: object, next?: object) => next ?? {}, {});
  useInsertionEffect(() => {
    Object.assign(view, {
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
  });
  useEffect(() => {
    store.connect(view, rerender);
    return () => store.disconnect(view);
  }, [store, view]);

  // Read, never written, during render; before hydration, the server's state (none).
  const stored = hydrated ? store.read(view, target, input, shown) : initialCycle;
  // "Back to normal" only where no failure is shown: with no status, nothing else of the cycle
  // this view showed last is worth showing; beside a failure, the failure is news (fresh cycle).
  const recovered = stored.retryState === 'idle' && stored.outcome === 'recovered';
  const cycle = recovered === empty ? stored : initialCycle;

  // After each commit (and each change of the cycle), the store learns what this view shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version and auto are triggers too.
  useEffect(() => {
    const resolution = store.report(view, target, input, shown, stored, mark);
    // A retry resolved: this view shows that in a transition, so that React renders it with any
    // update the app started before (it renders pending transitions together), and the store
    // judges the retry by what that commit shows.
    if (resolution && resolution !== mark) startTransition(() => rerender(resolution));
  }, [store, view, target, input, shown, stored, auto, mark]);

  const retry = useCallback(() => store.retry(view), [store, view]);
  const cancel = useCallback(() => store.cancel(view), [store, view]);

  const hasOnRetry = onRetry !== undefined;
  return useMemo(
    () =>
      markController({
        ...cycle,
        descriptor,
        empty,
        maxAttempts: policy.maxAttempts,
        canRetry: hasOnRetry && cycle.retryState !== 'retrying' && shown === 'failing',
        willAutoRetry: auto,
        retry,
        cancel,
      }),
    [cycle, descriptor, empty, policy.maxAttempts, hasOnRetry, shown, auto, retry, cancel],
  );
}

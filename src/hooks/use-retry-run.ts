import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { read } from '../core/guards';
import type { RetryRulesOptions } from '../core/retry-rules';
import { createRetryRun, type RetryRun } from '../core/retry-run';
import type { StatusDescriptor } from '../core/types';
import { describeStatus } from '../i18n/describe';
import { markController } from './brand';
import { useHydrated } from './hydrated';
import { useMessages } from './use-messages';
import type { ConnectStatus } from './useConnectStatus';

export type { RetryCycle } from '../core/retry-cycle';
export { createRetryRun, type RetryRun } from '../core/retry-run';

/** A retry run for one query, with the controller our components show. */
export interface RetryRunView extends RetryRun {
  /**
   * The controller for `<StatusAlert controller>` and `<StatusBadge controller>`: `failure` is
   * what the library holds now (TanStack Query's `failureReason ?? error`, SWR's `error`),
   * `tryAgain` loads again once the library gave up (`refetch`, `mutate`). Without `tryAgain`,
   * no Try again is offered. Call it while rendering: it reads, never changes.
   */
  status(failure: unknown, tryAgain?: () => unknown): ConnectStatus;
}

/**
 * A retry run for the query this component shows (see `createRetryRun`), re-rendering it as the
 * run changes and each second of a countdown. The rules are read once, on the first render.
 * Unmounting stops the run's waits: a retry nobody can see is not made.
 */
export function useRetryRun(options?: RetryRulesOptions): RetryRunView {
  const [run] = useState(() => createRetryRun(options));
  const [method] = useState(() => {
    const given = read(options, 'method'); // a getter that throws: no method given
    return typeof given === 'string' ? given : undefined;
  });
  const state = useSyncExternalStore(run.subscribe, run.getState, run.getState);
  const messages = useMessages();
  // Server rendering and hydration describe without the clock, as the alert does.
  const hydrated = useHydrated();
  // The last failure described, with the words and clock it was described with.
  const described = useRef<{ key: unknown[]; descriptor: StatusDescriptor } | undefined>(undefined);
  useEffect(() => {
    run.resume();
    return run.stop;
  }, [run]);

  return useMemo(() => {
    const { longCapMs } = run.policy;
    const describe = (failure: unknown) => {
      const key = [failure, messages, hydrated];
      const last = described.current;
      if (last?.key.every((part, at) => Object.is(part, key[at]))) return last.descriptor;
      const options = { messages, method, longCapMs, timeless: !hydrated };
      const descriptor = describeStatus(failure, options);
      described.current = { key, descriptor };
      return descriptor;
    };
    return {
      ...run,
      status(failure, tryAgain) {
        const scheduled = state.retryState === 'scheduled';
        const empty = failure == null;
        const again = typeof tryAgain === 'function' ? tryAgain : undefined;
        return markController({
          ...state,
          descriptor: describe(failure),
          empty,
          maxAttempts: run.maxAttempts,
          canRetry:
            !empty && (scheduled || (state.retryState !== 'retrying' && again !== undefined)),
          // The library retries on its own while a retry is scheduled or running.
          willAutoRetry: scheduled || state.retryState === 'retrying',
          retry: scheduled ? run.retryNow : () => again && run.tryAgain(again),
          cancel: run.cancel,
        } as ConnectStatus);
      },
    };
  }, [run, state, messages, method, hydrated]);
}

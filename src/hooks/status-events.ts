import type { StatusKey } from '../core/types';

/** What happened to a status a person saw, for monitoring: never any text from the body. */
export interface StatusEvent {
  /**
   * `shown`: a failure was shown, once per failure (not per render, not per view of the same
   * one); `scheduled`: a retry was set for later; `retried`: `onRetry` was called; `recovered`:
   * the request works again; `exhausted`: the last retry failed; `cancelled`: a person stopped a
   * scheduled retry.
   */
  type: 'shown' | 'scheduled' | 'retried' | 'recovered' | 'exhausted' | 'cancelled';
  /** The state, as `describeStatus` names it: `'503'`, `'offline'`, `'4xx'`… */
  key: StatusKey;
  /** The HTTP status; 0 when no response arrived. */
  code: number;
  /** The service's operation id, when the failure carried one. */
  operationId?: string;
  /** The retry this event is about, counting from 1 (`scheduled`, `retried`, `exhausted`…). */
  attempt?: number;
  /** How long until the scheduled retry, in milliseconds (`scheduled`). */
  delayMs?: number;
  /** The request's method, when known (upper case). */
  method?: string;
  /** The request's URL without credentials, fragment or query values (`?page=`). */
  url?: string;
}

/** A listener: `onStatus` on a provider or a hook. What it throws is reported, not rethrown. */
export type StatusListener = (event: StatusEvent) => void;

/** What every event of one failure says, whatever happens to its retries. */
export type EventSubject = Pick<StatusEvent, 'key' | 'code' | 'operationId' | 'method' | 'url'>;

/**
 * Calls each listener once (the same function reached twice, through two views or two
 * providers, hears it once). A listener's bug must not break the view or the retry cycle: its
 * error goes to the page's error reporting (window `error` event), as an uncaught one would.
 */
export function emit(listeners: Iterable<StatusListener>, event: StatusEvent): void {
  for (const listener of new Set(listeners)) {
    try {
      listener({ ...event });
    } catch (error) {
      report(error);
    }
  }
}

/** Reports an app's error as an uncaught one would be, without breaking what called it. */
export function report(error: unknown): void {
  const global = globalThis as { reportError?: (error: unknown) => void };
  if (typeof global.reportError === 'function') global.reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

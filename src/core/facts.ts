import { catalog } from './catalog';
import { classify } from './classify';
import { connectOf } from './connect-error';
import { isObject } from './guards';
import { instantOr, isLongWait, methodName, readRetryAfter } from './retry';
import { stateOf } from './state';
import type { ConnectError, StatusDetails, StatusFacts } from './types';

export interface FactsOptions {
  /** The request method, when the input does not carry it (a bare code or a Response). */
  method?: string;
  /** The clock, for Retry-After dates. Defaults to `Date.now()` (also for a value no Date holds). */
  now?: number;
  /**
   * A wait beyond this is too long to count down (default one hour), cleaned as the retry
   * policy cleans it: the hook passes its policy's, so the words and the countdown agree.
   */
  longCapMs?: number;
}

const detailKeys = [
  'operationId',
  'error',
  'reason',
  'resolution',
  'parameters',
  'location',
  'text',
] as const;

/** The server's own words and details the ConnectError holds, or undefined when none. */
function detailsOf(connect: ConnectError | undefined): StatusDetails | undefined {
  const details: Record<string, unknown> = {};
  for (const key of detailKeys) {
    if (connect?.[key] !== undefined) details[key] = connect[key];
  }
  return Object.keys(details).length > 0 ? (details as StatusDetails) : undefined;
}

function resolve(input: unknown, options: unknown): StatusFacts {
  const opts: FactsOptions = isObject(options) ? options : {};
  const now = instantOr(opts.now);
  const classified = classify(input);
  const connect = connectOf(classified);
  const { key, code, severity, nextStep, retryable, partial } = stateOf(
    classified,
    connect?.partial,
  );
  const method = methodName(opts.method ?? connect?.method);
  const details = detailsOf(connect);
  // Retry-After only means something where a retry can work (503, 429, …).
  const wait = retryable ? readRetryAfter(connect?.retryAfter, now) : undefined;
  const afterMs = wait?.afterMs;
  const long = isLongWait(afterMs, { longCapMs: opts.longCapMs });
  return {
    key,
    code,
    severity,
    nextStep,
    retryable,
    ...(afterMs !== undefined && { afterMs }),
    ...(long && { notBefore: now + (afterMs as number) }),
    // A date names a moment; delay-seconds a pause. The words say it the way the server did.
    ...(wait?.dated && { dated: true }),
    ...(method && { method }),
    ...(details && { details }),
    ...(partial && { partial }),
  };
}

// What any failure on the way comes down to: the unknown state, which has no response to read.
export const unknownFacts: StatusFacts = { key: 'unknown', code: 0, ...catalog.unknown };

/**
 * What an input comes down to, without a word of text: its state, code, severity, next step,
 * whether a retry can work and after how long, and the server's own details and partial
 * failures. Pure and synchronous; never throws: input it cannot read, and anything that goes
 * wrong on the way, is the `unknown` state. `describeStatus` turns these facts into words.
 */
export function statusFacts(input: unknown, options?: FactsOptions): StatusFacts {
  try {
    return resolve(input, options);
  } catch {
    return unknownFacts;
  }
}

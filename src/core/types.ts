/** Shared types of the pure core. No React, no DOM beyond the fetch types. */

export type Severity = 'success' | 'info' | 'warning' | 'error';

/**
 * Every state the library can describe. HTTP codes from the CONNECT table and the extra codes
 * real clients meet have their own key; `offline`, `timeout` and `aborted` are the client-side
 * states where no response arrived; `1xx`…`5xx` are the fallbacks for codes nobody listed;
 * `unknown` is for input that says nothing at all (garbage, a thrown value without a status).
 */
export type StatusKey =
  | '200'
  | '201'
  | '202'
  | '204'
  | '207'
  | '302'
  | '400'
  | '401'
  | '403'
  | '404'
  | '405'
  | '408'
  | '409'
  | '412'
  | '429'
  | '500'
  | '502'
  | '503'
  | '504'
  | 'offline'
  | 'timeout'
  | 'aborted'
  | '1xx'
  | '2xx'
  | '3xx'
  | '4xx'
  | '5xx'
  | 'unknown';

/**
 * What a person can do next, machine-readable so an app can wire the right button
 * (a sign-in link, a reload, a support form). The words for it are in `advice`.
 */
export type NextStep =
  | 'none' // success, nothing to do
  | 'wait' // work is queued, check back later
  | 'retry' // trying again can succeed
  | 'fix-input' // change what was sent, then resend
  | 'sign-in' // get a new token
  | 'request-access' // an administrator must grant a role
  | 'check-address' // wrong id, deleted item, other namespace
  | 'reload' // get the latest version, reapply the change
  | 'review-items' // some items failed: look at which
  | 'contact-support' // nothing the person can fix; support needs the operation id
  | 'check-connection'; // the device is offline

/** One catalog row: data only, the words live in the message catalog under the same key. */
export interface CatalogEntry {
  severity: Severity;
  /** Whether repeating the same request can succeed. */
  retryable: boolean;
  nextStep: NextStep;
}

/** A failed item inside a partial failure (207, or 200 with `Errors`). */
export interface ChildError {
  id?: string;
  /**
   * The item's 1-based place in the request, when the service named it only by place (ChildErrors
   * keyed "0", "1", … or a list of errors without ids) and it has no `id`.
   */
  position?: number;
  status?: number;
  error?: string;
  reason?: string;
  resolution?: string;
  operationId?: string;
  parameters?: Record<string, string>;
}

export interface PartialSummary {
  /** Items that worked, when the body says (length of `Data`/`Results`). */
  succeeded?: number;
  failed: number;
  /** At most a few hundred items are kept; `failed` still counts them all. */
  items: ChildError[];
  /** Failed items counted per status, most frequent first. */
  groups: { status: number; count: number }[];
  /** The body was cut by the size cap: `failed` is a lower bound ("at least 200 failed"). */
  truncated?: boolean;
}

/** RFC 9457 problem details, when a service answered `application/problem+json`. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  instance?: string;
}

/**
 * A CONNECT error response read into a plain object: JSON round-trips and `structuredClone`
 * keep it whole, so it can cross workers, be logged, cached or sent to support.
 */
export interface ConnectError {
  kind: 'connect-error';
  status: number;
  statusText?: string;
  method?: string;
  url?: string;
  operationId?: string;
  error?: string;
  reason?: string;
  resolution?: string;
  parameters?: Record<string, string>;
  childErrors?: ChildError[];
  partial?: PartialSummary;
  problem?: ProblemDetails;
  /** The raw `Retry-After` header; turned into milliseconds when described. */
  retryAfter?: string;
  /** The `Location` header (a 302 on create points at the existing item). */
  location?: string;
  /** The body as text when it was not JSON, trimmed and capped. */
  text?: string;
  /**
   * The body was cut by the size cap or the read time (or the connection broke while reading):
   * what is here is its beginning.
   */
  truncated?: true;
}

/** The server's own words, shown under our headline. All plain text, trimmed and capped. */
export interface StatusDetails {
  operationId?: string;
  error?: string;
  reason?: string;
  resolution?: string;
  parameters?: Record<string, string>;
  location?: string;
  text?: string;
}

export interface RetryGuidance {
  /** Whether repeating the same request can succeed. */
  retryable: boolean;
  /** Milliseconds to wait, when the server said (Retry-After). */
  afterMs?: number;
  /**
   * Epoch milliseconds before which a retry is pointless, when the server's wait is too long
   * to count down (beyond the long cap). The advice then names the time of day.
   */
  notBefore?: number;
  /** One sentence: what to do now. */
  advice: string;
}

/**
 * What an input comes down to before any words: `statusFacts` returns it, `describeStatus` writes
 * the words for it. Plain data, the same in every language.
 */
export interface StatusFacts {
  key: StatusKey;
  /** The HTTP status; 0 when no response arrived. */
  code: number;
  severity: Severity;
  nextStep: NextStep;
  /** Whether repeating the same request can succeed. */
  retryable: boolean;
  /** Milliseconds to wait, when the server said (Retry-After) and a retry can work. */
  afterMs?: number;
  /** Epoch ms before which a retry is pointless, when the wait is too long to count down. */
  notBefore?: number;
  /** The server named the moment as a date rather than a number of seconds. */
  dated?: true;
  /** The request method, when known (upper case). */
  method?: string;
  details?: StatusDetails;
  partial?: PartialSummary;
}

export interface StatusDescriptor {
  key: StatusKey;
  /** The HTTP status; 0 when no response arrived. */
  code: number;
  /** Short badge text, distinct for every CONNECT code. */
  label: string;
  title: string;
  message: string;
  severity: Severity;
  nextStep: NextStep;
  retry: RetryGuidance;
  /** The request method, when known (upper case). */
  method?: string;
  details?: StatusDetails;
  partial?: PartialSummary;
}

/** A headers source as apps hold them: a `Headers` object or a plain record. */
export type HeadersLike = Headers | Record<string, unknown> | null | undefined;

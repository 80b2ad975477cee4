import { numberOf, read } from './guards';
import { readHeader } from './headers';
import type { HeadersLike } from './types';

/*
 * Retry timing as pure functions: the hook owns the clock and the timers, this file only answers
 * "how long?" and "may we?". Everything here is total: junk in gives `undefined` or a default,
 * never an exception, because it runs on whatever a server or an app hands us.
 */

/**
 * The longest wait a Retry-After can ask for: 100 years (of 365.25 days), in ms. Farther waits,
 * in seconds or as a date, are clamped to it, so `now + wait` is always a real Date (whose range
 * ends at ±8.64e15 ms) and the advice can name it; no client waits that long anyway.
 */
const MAX_RETRY_AFTER_MS = 100 * 365.25 * 24 * 3600 * 1000;
/** The range of a JavaScript Date, in epoch ms either side of 1970. */
const MAX_INSTANT = 8.64e15;
/** setTimeout fires at once for delays above 2^31-1 ms, so no policy value may exceed it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const TIME = '(\\d\\d:\\d\\d:\\d\\d)';
/**
 * The three HTTP-date forms RFC 9110 §5.6.7 asks recipients to accept, one alternative each:
 *   IMF-fixdate  Sun, 06 Nov 1994 08:49:37 GMT   groups 1 day, 2 month, 3 year, 4 time
 *   RFC 850      Sunday, 06-Nov-94 08:49:37 GMT  groups 5 day, 6 month, 7 year, 8 time
 *   asctime      Sun Nov  6 08:49:37 1994        groups 9 month, 10 day, 11 time, 12 year
 * The RFC also asks for robustness, so case and runs of spaces are tolerated; the weekday must
 * be a real name but need not match the date (the date is what we act on).
 */
const HTTP_DATE = new RegExp(
  `^(?:${DAY}, +(\\d\\d?) +(${MONTHS}) +(\\d{4}) +${TIME} +GMT` +
    `|${WEEKDAY}, +(\\d\\d?)-(${MONTHS})-(\\d\\d) +${TIME} +GMT` +
    `|${DAY} +(${MONTHS}) +(\\d\\d?) +${TIME} +(\\d{4}))$`,
  'i',
);

/** RFC 9110: a two-digit year more than 50 years ahead means the most recent matching past year. */
function fullYear(yy: number, now: number): number {
  const current = new Date(now).getUTCFullYear();
  const year = current - (current % 100) + yy;
  return year > current + 50 ? year - 100 : year;
}

/** Epoch ms of an HTTP-date, or undefined when it is none or names no real moment (31 Nov). */
function parseHttpDate(text: string, now: number): number | undefined {
  const m = HTTP_DATE.exec(text);
  if (!m) return undefined;
  const day = Number(m[1] ?? m[5] ?? m[10]);
  const month = MONTHS.toLowerCase()
    .split('|')
    .indexOf((m[2] ?? m[6] ?? m[9] ?? '').toLowerCase());
  const year = m[7] ? fullYear(Number(m[7]), now) : Number(m[3] ?? m[12]);
  const [hh = 0, mm = 0, ss = 0] = (m[4] ?? m[8] ?? m[11] ?? '').split(':').map(Number);
  // Second 60 is a leap second, allowed by IMF-fixdate; Date rolls it into the next minute.
  if (hh > 23 || mm > 59 || ss > 60) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month, day);
  // A day the month lacks (00, 32, 31 Nov, 29 Feb 1995) rolls over into another: no real moment.
  if (date.getUTCDate() !== day) return undefined;
  return date.setUTCHours(hh, mm, ss, 0);
}

/** Whole seconds (or Infinity: digits past 1e308) → the wait, clamped to MAX_RETRY_AFTER_MS. */
function secondsToWait(seconds: number): RetryAfter | undefined {
  if (!(seconds >= 0)) return undefined;
  return { afterMs: Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) + 0 }; // + 0 turns -0 into 0
}

/** `now` as given when it is a real instant (a Date can hold it), else the clock. */
export function instantOr(now: unknown): number {
  return typeof now === 'number' && Math.abs(now) <= MAX_INSTANT ? now : Date.now();
}

/** A Retry-After as read: the wait, and `dated` when the server named a date, not a delay. */
export interface RetryAfter {
  afterMs: number;
  dated?: true;
}

/** The one reader of a Retry-After value: see parseRetryAfter, which gives its `afterMs`. */
export function readRetryAfter(value: unknown, now?: number): RetryAfter | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? secondsToWait(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // Digits only: '+5', '1e3', '0x10' and '1.5' all parse as numbers in JS but not in HTTP.
  // RFC 9111 §1.2.2: a delay too large to represent counts as the largest one we keep.
  if (/^\d+$/.test(text)) return secondsToWait(Number(text));
  const clock = instantOr(now);
  const at = parseHttpDate(text, clock);
  if (at === undefined) return undefined;
  // Round up: retrying a fraction of a millisecond early is retrying too early.
  return { afterMs: Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.ceil(at - clock))), dated: true };
}

/**
 * Milliseconds to wait from a Retry-After value: delay-seconds or an HTTP-date (IMF-fixdate,
 * RFC 850, asctime), relative to `now` (epoch ms, default `Date.now()`; a value outside the
 * range of a Date counts as missing). A past date gives 0. A wait beyond `MAX_RETRY_AFTER_MS`
 * (100 years) gives that maximum, in seconds (even past 2^53) or as a date. Anything invalid
 * gives `undefined`. Never throws.
 */
export function parseRetryAfter(value: unknown, now?: number): number | undefined {
  return readRetryAfter(value, now)?.afterMs;
}

/** Reads `Retry-After` case-insensitively from `Headers` or a plain object and parses it. */
export function retryAfterFromHeaders(headers: HeadersLike, now?: number): number | undefined {
  return parseRetryAfter(readHeader(headers, 'retry-after'), now);
}

export interface RetryPolicy {
  /** Backoff base, ms. Default 1000. */
  baseMs: number;
  /** Backoff cap, ms: computed delays without Retry-After lie in [0, capMs]. Default 30_000. */
  capMs: number;
  /** Retries (calls of onRetry), not counting the original request. Default 3. */
  maxAttempts: number;
  /** A Retry-After beyond this schedules nothing (the advice names a time instead). Default 1 h. */
  longCapMs: number;
  /** Spread added on top of Retry-After: delay in [afterMs, afterMs + jitterMs]. Default 1000. */
  jitterMs: number;
  /** Codes whose first retry comes quickly (CONNECT's guidance for 503). Default [503]. */
  quickFirstRetry: readonly number[];
  /** Upper bound of the quick first retry, ms (full jitter in [0, quickFirstMs]). Default 250. */
  quickFirstMs: number;
}

/*
 * quickFirstMs = 250: "immediate" to a person (well under a second), yet spread enough that a
 * fleet of clients hit by the same 503 does not come back in one synchronised wave — and a few
 * hundred ms is about what a load balancer needs to route around a restarting instance.
 */
export const defaultRetryPolicy: Readonly<RetryPolicy> = Object.freeze({
  baseMs: 1000,
  capMs: 30_000,
  maxAttempts: 3,
  longCapMs: 3_600_000,
  jitterMs: 1000,
  quickFirstRetry: Object.freeze([503]),
  quickFirstMs: 250,
});

const MS_FIELDS = ['baseMs', 'capMs', 'longCapMs', 'jitterMs', 'quickFirstMs'] as const;

/** Integer ms in [0, MAX_TIMER_MS]; integers keep retryDelay's bounds exact. */
function cleanMs(value: unknown, fallback: number): number {
  const ms = numberOf(value);
  return ms !== undefined && ms >= 0 ? Math.min(Math.floor(ms), MAX_TIMER_MS) : fallback;
}

/** Fills a partial policy from the defaults, replacing or clamping anything unusable. */
export function resolveRetryPolicy(
  overrides?: Partial<RetryPolicy>,
  maxAttempts?: number,
): RetryPolicy {
  const policy: RetryPolicy = { ...defaultRetryPolicy };
  for (const key of MS_FIELDS) policy[key] = cleanMs(read(overrides, key), defaultRetryPolicy[key]);
  const given = maxAttempts ?? read(overrides, 'maxAttempts');
  // NaN and non-numbers mean "not given"; Infinity means "many", so it clamps rather than resets.
  if (typeof given === 'number' && !Number.isNaN(given)) {
    policy.maxAttempts = Math.min(100, Math.max(0, Math.floor(given)));
  }
  const codes = read(overrides, 'quickFirstRetry');
  if (Array.isArray(codes)) {
    policy.quickFirstRetry = Object.freeze(codes.filter((c): c is number => Number.isInteger(c)));
  }
  return policy;
}

/** A request method as HTTP compares it: trimmed and upper case; '' for none or a non-string. */
export const methodName = (method: unknown): string =>
  typeof method === 'string' ? method.trim().toUpperCase() : '';

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/**
 * Whether a request may be repeated without the caller's say-so: the idempotent methods of
 * RFC 9110, anything marked `idempotent`, and an unknown method (the caller opted in to
 * auto-retry without telling us what it sent). `idempotent: false` does not veto a GET: it only
 * ever widens the set, so a defaulted `false` cannot silently switch retries off.
 */
export function isSafeToRepeat(method: string | undefined, idempotent?: boolean): boolean {
  if (idempotent === true) return true;
  const name = methodName(method);
  return name === '' || IDEMPOTENT_METHODS.has(name);
}

/**
 * The delay before retry number `attempt` (0-based), or `undefined` when nothing should be
 * scheduled: attempts used up, or a Retry-After beyond `longCapMs` (see `isLongWait`).
 * - Retry-After given: ceil(afterMs) + [0, jitterMs], even above capMs — the server knows best,
 *   and the jitter keeps clients that got the same header from arriving together.
 * - Quick-first code, attempt 0: [0, quickFirstMs].
 * - Otherwise full jitter in [0, min(capMs, baseMs·2^attempt)]. A quick-first code keeps the same
 *   index (attempt 1 → base·2), as if the quick retry had used step 0: a 503 means overload, so
 *   beyond its one quick retry it should press no harder than other codes.
 * An invalid afterMs (NaN, negative, Infinity) is ignored and backoff applies.
 */
export function retryDelay(
  args: { attempt: number; code: number; afterMs?: number },
  given: RetryPolicy = defaultRetryPolicy,
  random: () => number = Math.random,
): number | undefined {
  const policy = resolveRetryPolicy(given);
  const attempt = Math.floor(Number(read(args, 'attempt')));
  if (!(attempt >= 0) || attempt >= policy.maxAttempts) return undefined;
  let drawn = 0;
  try {
    drawn = typeof random === 'function' ? random() : Math.random();
  } catch {
    // a random source that throws draws 0: the shortest wait its bounds allow
  }
  // A misbehaving random source must not push a delay outside its bounds.
  const r = Math.min(1, Math.max(0, numberOf(drawn) ?? 0));
  const afterMs = numberOf(read(args, 'afterMs'));
  if (afterMs !== undefined && afterMs >= 0) {
    if (afterMs > policy.longCapMs) return undefined;
    return Math.ceil(afterMs) + Math.floor(r * policy.jitterMs);
  }
  const quick = policy.quickFirstRetry.includes(read(args, 'code') as number);
  if (quick && attempt === 0) return Math.floor(r * policy.quickFirstMs);
  // Capping the exponent keeps 2 ** n finite, so 0 · Infinity can never yield NaN.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 60));
  return Math.floor(r * ceiling);
}

/**
 * Whether a wait is too long to count down and should become "try again after HH:MM" advice:
 * longer than the policy's `longCapMs`, cleaned as resolveRetryPolicy cleans it.
 */
export function isLongWait(
  afterMs: number | undefined,
  policy: Partial<RetryPolicy> = defaultRetryPolicy,
): boolean {
  const cap = cleanMs(read(policy, 'longCapMs'), defaultRetryPolicy.longCapMs);
  return (numberOf(afterMs) ?? 0) > cap;
}

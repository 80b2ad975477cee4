import { en } from '../i18n/en';
import { formatMessage, formatNumber, type Messages, resolveMessages } from '../i18n/messages';
import { catalog, keyForCode } from './catalog';
import { classify } from './classify';
import { isObject } from './guards';
import { defaultRetryPolicy, instantOr, parseRetryAfter } from './retry';
import type {
  ConnectError,
  RetryGuidance,
  StatusDescriptor,
  StatusDetails,
  StatusKey,
} from './types';

export interface DescribeOptions {
  /** The message catalog; English by default. A provider passes the active locale's. */
  messages?: Messages;
  /** The request method, when the input does not carry it (a bare code or a Response). */
  method?: string;
  /** The clock, for Retry-After dates. Defaults to `Date.now()` (also for a value no Date holds). */
  now?: number;
  /** A wait beyond this is not counted down but named as a time of day. Default one hour. */
  longCapMs?: number;
  /**
   * Keeps the words independent of the clock and the time zone: a Retry-After date or a long
   * wait gets the state's own advice. For server rendering and hydration, where the server's
   * and the browser's clocks would otherwise write different text.
   */
  timeless?: boolean;
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

function detailsOf(connect: ConnectError | undefined): StatusDetails | undefined {
  if (!connect) return undefined;
  const details: Record<string, unknown> = {};
  let count = 0;
  for (const key of detailKeys) {
    const value = connect[key];
    if (value !== undefined) {
      details[key] = value;
      count++;
    }
  }
  return count > 0 ? (details as StatusDetails) : undefined;
}

/** How much of the date a far wait names, by how far away it is. */
type Shape = 'time' | 'weekday' | 'date' | 'year';

const shapes: Record<Shape, Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit' },
  weekday: { weekday: 'short', hour: 'numeric', minute: '2-digit' },
  date: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  year: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

// Intl formatters are costly to build (tens of microseconds): one per locale and shape, reused.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, shape: Shape, seconds: boolean): Intl.DateTimeFormat {
  const id = `${locale} ${shape} ${seconds}`;
  let format = dateFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...shapes[shape],
      ...(seconds && { second: '2-digit' }),
    });
    if (dateFormats.size >= 100) dateFormats.clear();
    dateFormats.set(id, format);
  }
  return format;
}

const MAX_INSTANT = 8.64e15;

/** Epoch ms of the local midnight that starts the day of `at`. */
function startOfDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/**
 * When a wait ends, in the reader's time zone: the time on the same day, the weekday and time
 * within the next six days, beyond that the date (with the year when it is another year) and
 * time, so a weekday never names the wrong week. `seconds` adds them (a retry due within the
 * hour). Undefined when `at` is no real instant.
 */
export function timeOfDay(
  at: number,
  now: number,
  locale: string,
  seconds = false,
): string | undefined {
  if (!(Math.abs(at) <= MAX_INSTANT && Math.abs(now) <= MAX_INSTANT)) return undefined;
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  const days = Math.round((startOfDay(at) - startOfDay(now)) / 86_400_000);
  let shape: Shape = 'time';
  if (days !== 0) {
    if (days > 0 && days < 7) shape = 'weekday';
    else shape = new Date(at).getFullYear() === new Date(now).getFullYear() ? 'date' : 'year';
  }
  try {
    return dateFormat(locale, shape, seconds).format(at);
  } catch {
    return undefined;
  }
}

function guidance(
  key: StatusKey,
  connect: ConnectError | undefined,
  messages: Messages,
  advice: string,
  now: number,
  longCapMs: number,
  timeless: boolean,
): RetryGuidance {
  const { retryable } = catalog[key];
  // Retry-After only means something where a retry can work (503, 429, …).
  const afterMs = retryable ? parseRetryAfter(connect?.retryAfter, now) : undefined;
  if (afterMs === undefined) return { retryable, advice };
  const fromClock = afterMs > longCapMs || !/^\s*\d+\s*$/.test(connect?.retryAfter ?? '');
  if (timeless && fromClock) {
    return { retryable, afterMs, ...(afterMs > longCapMs && { notBefore: now + afterMs }), advice };
  }
  if (afterMs > longCapMs) {
    const notBefore = now + afterMs;
    const time = timeOfDay(notBefore, now, messages.locale);
    if (time === undefined) return { retryable, afterMs, notBefore, advice };
    return { retryable, afterMs, notBefore, advice: formatMessage(messages.ui.tryAfter, { time }) };
  }
  if (afterMs < 1000) return { retryable, afterMs, advice };
  // Said as what the service asked for, so it stays true after a countdown stops or where none
  // runs: a date as the moment it names, to the second; delay-seconds as the pause it asked for.
  const time = fromClock && timeOfDay(now + afterMs, now, messages.locale, true);
  if (time) {
    return { retryable, afterMs, advice: formatMessage(messages.ui.tryAfter, { time }) };
  }
  const seconds = formatNumber(Math.ceil(afterMs / 1000), messages.locale);
  return { retryable, afterMs, advice: formatMessage(messages.ui.waitSeconds, { seconds }) };
}

function describe(input: unknown, options: unknown): StatusDescriptor {
  const opts: DescribeOptions = isObject(options) ? options : {};
  // Complete whatever catalog an app built (or forged): blank or missing words fall back to
  // English one by one, a locale Intl refuses to 'en'. Cached per catalog object.
  const messages = resolveMessages(opts.messages);
  const now = instantOr(opts.now);
  const cap = opts.longCapMs;
  const longCapMs = typeof cap === 'number' && cap >= 0 ? cap : defaultRetryPolicy.longCapMs;
  const { code, state, connect } = classify(input);
  const partial = connect?.partial && connect.partial.failed > 0 ? connect.partial : undefined;
  let key: StatusKey = state ?? keyForCode(code);
  // A 200 that lists failed items is a partial failure, whatever its code says.
  if (partial && code >= 200 && code < 300) key = '207';
  const entry = catalog[key];
  const words = messages.states[key];
  const rawMethod: unknown = opts.method ?? connect?.method;
  const method = typeof rawMethod === 'string' ? rawMethod.trim().toUpperCase() : '';
  const details = detailsOf(connect);
  const timeless = opts.timeless === true;
  return {
    key,
    code,
    label: words.label,
    title: words.title,
    message: words.message,
    severity: entry.severity,
    nextStep: entry.nextStep,
    retry: guidance(key, connect, messages, words.advice, now, longCapMs, timeless),
    ...(method && { method }),
    ...(details && { details }),
    ...(partial && { partial }),
  };
}

/** The `unknown` state in English: what any failure inside describeStatus comes down to. */
function unknownState(): StatusDescriptor {
  const { label, title, message, advice } = en.states.unknown;
  const { severity, nextStep, retryable } = catalog.unknown;
  return {
    key: 'unknown',
    code: 0,
    label,
    title,
    message,
    severity,
    nextStep,
    retry: { retryable, advice },
  };
}

/**
 * Turns anything an app holds after a request into what a person needs to read: a code, a
 * Response, a thrown error, a ConnectError, `{ status, headers, body }`. Pure, synchronous,
 * and never throws: input it cannot read becomes the `unknown` state, and so does anything
 * that goes wrong on the way (then in English). Words missing from `options.messages`, blank
 * or not strings, are taken from English one by one; a locale Intl rejects falls back to 'en'.
 */
export function describeStatus(input: unknown, options?: DescribeOptions): StatusDescriptor {
  let descriptor: StatusDescriptor;
  try {
    descriptor = describe(input, options);
  } catch {
    descriptor = unknownState();
  }
  described.add(descriptor);
  return descriptor;
}

// Descriptors this function made, so a controller an app builds around one can be trusted to
// hold well-typed words and details (see asController), and a forged one cannot.
const described = new WeakSet<object>();

/** Whether `value` is a descriptor returned by describeStatus. Never throws. */
export function isDescriptor(value: unknown): value is StatusDescriptor {
  return typeof value === 'object' && value !== null && described.has(value);
}

import { en } from '../i18n/en';
import { formatMessage, formatNumber, type Messages } from '../i18n/messages';
import { catalog, keyForCode } from './catalog';
import { classify } from './classify';
import { defaultRetryPolicy, parseRetryAfter } from './retry';
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
  /** The clock, for Retry-After dates. Defaults to `Date.now()`. */
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
  const details: StatusDetails = {};
  for (const key of detailKeys) {
    if (connect[key] !== undefined) Object.assign(details, { [key]: connect[key] });
  }
  return Object.keys(details).length > 0 ? details : undefined;
}

function timeOfDay(at: number, now: number, locale: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const format = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    ...(!sameDay && { weekday: 'short' }),
  });
  return format.format(at);
}

function guidance(
  key: StatusKey,
  connect: ConnectError | undefined,
  messages: Messages,
  now: number,
  longCapMs: number,
  timeless: boolean,
): RetryGuidance {
  const { retryable } = catalog[key];
  const advice = messages.states[key].advice;
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
    return { retryable, afterMs, notBefore, advice: formatMessage(messages.ui.tryAfter, { time }) };
  }
  if (afterMs < 1000) return { retryable, afterMs, advice };
  const seconds = formatNumber(Math.ceil(afterMs / 1000), messages.locale);
  return { retryable, afterMs, advice: formatMessage(messages.ui.waitSeconds, { seconds }) };
}

/**
 * Turns anything an app holds after a request into what a person needs to read: a code, a
 * Response, a thrown error, a ConnectError, `{ status, headers, body }`. Pure, synchronous,
 * and never throws: input it cannot read becomes the `unknown` state.
 */
export function describeStatus(input: unknown, options: DescribeOptions = {}): StatusDescriptor {
  const messages = options.messages ?? en;
  const now = Number.isFinite(options.now) ? (options.now as number) : Date.now();
  const { code, state, connect } = classify(input);
  const partial = connect?.partial && connect.partial.failed > 0 ? connect.partial : undefined;
  let key: StatusKey = state ?? keyForCode(code);
  // A 200 that lists failed items is a partial failure, whatever its code says.
  if (partial && code >= 200 && code < 300) key = '207';
  const entry = catalog[key];
  const words = messages.states[key];
  const rawMethod: unknown = options.method ?? connect?.method;
  const method = typeof rawMethod === 'string' ? rawMethod.trim().toUpperCase() : '';
  const details = detailsOf(connect);
  return {
    key,
    code,
    label: words.label,
    title: words.title,
    message: words.message,
    severity: entry.severity,
    nextStep: entry.nextStep,
    retry: guidance(
      key,
      connect,
      messages,
      now,
      options.longCapMs ?? defaultRetryPolicy.longCapMs,
      options.timeless === true,
    ),
    ...(method && { method }),
    ...(details && { details }),
    ...(partial && { partial }),
  };
}

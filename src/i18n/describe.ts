import { statusFacts, unknownFacts } from '../core/facts';
import { isObject } from '../core/guards';
import { instantOr } from '../core/retry';
import type { StatusDescriptor, StatusFacts } from '../core/types';
import { markDescribed } from './described';
import { en } from './locales/en';
import { type Messages, resolveMessages, type StateMessages } from './messages';
import { adviceFor } from './words';

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

/** The descriptor of a state's facts in its words: the one shape describeStatus returns. */
function descriptorOf(facts: StatusFacts, words: StateMessages, advice: string): StatusDescriptor {
  const { key, code, severity, nextStep, retryable, afterMs, notBefore } = facts;
  return {
    key,
    code,
    label: words.label,
    title: words.title,
    message: words.message,
    severity,
    nextStep,
    retry: {
      retryable,
      ...(afterMs !== undefined && { afterMs }),
      ...(notBefore !== undefined && { notBefore }),
      advice,
    },
    ...(facts.method && { method: facts.method }),
    ...(facts.details && { details: facts.details }),
    ...(facts.partial && { partial: facts.partial }),
  };
}

function describe(input: unknown, options: unknown): StatusDescriptor {
  const opts: DescribeOptions = isObject(options) ? options : {};
  // Complete whatever catalog an app built (or forged): blank or missing words fall back to
  // English one by one, a locale Intl refuses to 'en'. Cached per catalog object.
  const messages = resolveMessages(opts.messages);
  const now = instantOr(opts.now);
  const facts = statusFacts(input, { method: opts.method, now, longCapMs: opts.longCapMs });
  const words = messages.states[facts.key];
  const advice = adviceFor(facts, words.advice, messages, now, opts.timeless === true);
  return descriptorOf(facts, words, advice);
}

/** The `unknown` state in English: what any failure inside describeStatus comes down to. */
function unknownState(): StatusDescriptor {
  const words = en.states.unknown;
  return descriptorOf(unknownFacts, words, words.advice);
}

/**
 * Turns anything an app holds after a request into what a person needs to read: a code, a
 * Response, a thrown error, a ConnectError, `{ status, headers, body }`. Pure, synchronous,
 * and never throws: input it cannot read becomes the `unknown` state, and so does anything
 * that goes wrong on the way (then in English). Words missing from `options.messages`, blank
 * or not strings, are taken from English one by one; a locale Intl rejects falls back to 'en'.
 * The facts behind the words come from `statusFacts`.
 */
export function describeStatus(input: unknown, options?: DescribeOptions): StatusDescriptor {
  let descriptor: StatusDescriptor;
  try {
    descriptor = describe(input, options);
  } catch {
    descriptor = unknownState();
  }
  return markDescribed(descriptor);
}

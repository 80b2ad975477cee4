/**
 * Every sentence the library assembles, in one place: the advice for a wait, the time of day, the
 * retry line, the partial-failure counts and the names of failed items. The core hands over
 * facts; the components only place what is written here. Pure functions of facts and a catalog,
 * no React.
 */
import { numberOf, positionOf, read } from '../core/guards';
import type { StatusFacts } from '../core/types';
import { formatMessage, formatNumber, intlFormat, pluralOf } from './format';
import type { BriefMessages, Messages } from './messages';

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
function timeOfDay(at: number, now: number, locale: string, seconds = false): string | undefined {
  if (!(Math.abs(at) <= MAX_INSTANT && Math.abs(now) <= MAX_INSTANT)) return undefined;
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  const days = Math.round((startOfDay(at) - startOfDay(now)) / 86_400_000);
  // How much of the date it names, by how far away it is.
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  if (seconds) options.second = '2-digit';
  if (days > 0 && days < 7) options.weekday = 'short';
  else if (days !== 0) {
    options.month = 'short';
    options.day = 'numeric';
    if (new Date(at).getFullYear() !== new Date(now).getFullYear()) options.year = 'numeric';
  }
  // Each option has one value here, so their names tell one formatter from another.
  const id = `${locale} ${Object.keys(options)}`;
  return intlFormat(id, () => new Intl.DateTimeFormat(locale, options)).format(at);
}

/**
 * What to do now, given how long the server asked to wait: a wait too long to count down is the
 * time of day it ends; a date within the hour is that moment, to the second; delay-seconds are
 * the pause the server asked for, so the advice stays true after a countdown stops or where none
 * runs. `timeless` (server rendering, hydration) keeps the clock out of the words: a moment
 * gives the state's own advice, as the server's clock and time zone are not the reader's.
 */
export function adviceFor(
  facts: StatusFacts,
  advice: string,
  messages: Messages,
  now: number,
  timeless: boolean,
): string {
  const { afterMs, notBefore, dated } = facts;
  if (afterMs === undefined || (timeless && (notBefore !== undefined || dated))) return advice;
  const { ui, locale } = messages;
  const time =
    notBefore !== undefined
      ? timeOfDay(notBefore, now, locale)
      : dated && afterMs >= 1000 && timeOfDay(now + afterMs, now, locale, true);
  if (time) return formatMessage(ui.tryAfter, { time });
  // A moment no clock can name, or a wait too short to be worth saying.
  if (notBefore !== undefined || afterMs < 1000) return advice;
  const seconds = formatNumber(Math.ceil(afterMs / 1000), locale);
  return formatMessage(ui.waitSeconds, { seconds });
}

/** What the retry line reads of a retry cycle (the hook's result, or one an app built). */
export interface RetryLineInput {
  retryState: 'idle' | 'scheduled' | 'retrying' | 'exhausted';
  attempt: number;
  maxAttempts: number;
  retryInMs?: number;
  waitingForConnection?: boolean;
  outcome?: string;
}

/**
 * When the next try comes: while counting down it ticks every second ("Trying again in 12 s"),
 * offline it waits for the connection, while retrying it says so. Empty once no retry is ahead.
 * `countdown` is the ticking words; the badge has its own (`retryBrief`). The seconds are whole,
 * never 0 while a retry is still ahead (0.3 s reads as "1 s"); `retryInMs` is a checked number
 * (asController, or the retry store's).
 */
export function retryWhen(
  cycle: RetryLineInput,
  messages: BriefMessages,
  countdown = messages.ui.retryIn,
): string {
  const { ui } = messages;
  if (cycle.retryState === 'retrying') return ui.retrying;
  if (cycle.retryState !== 'scheduled') return '';
  if (cycle.waitingForConnection) return ui.waitingForConnection;
  const seconds = Math.max(1, Math.ceil((cycle.retryInMs ?? 0) / 1000));
  return formatMessage(countdown, { seconds: formatNumber(seconds, messages.locale) });
}

/**
 * The badge's countdown: the seconds alone ("12 s"), beside a glyph, so a table cell does not
 * reflow every second with a sentence. Every other state reads as in `retryWhen`, not ticking.
 */
export const retryBrief = (cycle: RetryLineInput, messages: BriefMessages): string =>
  retryWhen(cycle, messages, messages.ui.retryInShort);

/** "Attempt 2 of 3". */
export const attemptText = (cycle: RetryLineInput, messages: Messages): string =>
  formatMessage(messages.ui.attempt, { attempt: cycle.attempt, max: cycle.maxAttempts });

/**
 * The alert's retry line: `retryWhen` with the attempt ("Trying again in 12 s · Attempt 1 of
 * 3"), or what came of the cycle (worked, ran out, stopped). A badge shows `retryWhen` alone.
 */
export function retryLine(cycle: RetryLineInput, messages: Messages): string {
  const { ui } = messages;
  const when = retryWhen(cycle, messages);
  switch (cycle.retryState) {
    case 'scheduled':
      return cycle.waitingForConnection ? when : `${when} · ${attemptText(cycle, messages)}`;
    case 'retrying':
      return `${when} ${attemptText(cycle, messages)}`;
    case 'exhausted':
      return formatMessage(pluralOf(ui.exhausted, cycle.attempt, messages.locale), {
        max: cycle.attempt,
      });
    default:
      if (cycle.outcome === 'recovered') return ui.recovered;
      return cycle.outcome === 'cancelled' ? ui.cancelled : '';
  }
}

/**
 * The countdown's visually hidden twin, which a live region announces: the time of day the retry
 * is due ("Trying again at 10:32:15"). Fixed for the whole wait (the day is reckoned from when
 * the retry was scheduled), so it never holds a figure that went stale while the visible line
 * ticked. Empty unless `named` (before hydration no time is named).
 */
export function retryDueText(
  cycle: { retryAt: number; delayMs: number },
  messages: BriefMessages,
  named: boolean,
): string {
  const { retryAt, delayMs } = cycle;
  const time = named ? timeOfDay(retryAt, retryAt - delayMs, messages.locale, true) : undefined;
  return time ? formatMessage(messages.ui.retryAt, { time }) : '';
}

/** "Code 503": the numeric code beside a label or title, never the headline. */
export const codeText = (code: number, messages: BriefMessages): string =>
  formatMessage(messages.ui.code, { code });

/**
 * "3 of 5 failed" when the body says how many worked, "3 failed" otherwise, and "At least 3
 * failed" when the body was cut by the size cap, so a count we could not finish is never
 * presented as the whole story. Undefined for a summary without a count of failures (a forged
 * one has nothing to say).
 */
export function partialLabel(partial: unknown, messages: BriefMessages): string | undefined {
  const count = numberOf(read(partial, 'failed'));
  if (count === undefined) return undefined;
  const { ui, locale } = messages;
  const failed = formatNumber(count, locale);
  if (read(partial, 'truncated') === true)
    return formatMessage(ui.partialFailedAtLeast, { failed });
  const succeeded = numberOf(read(partial, 'succeeded'));
  return succeeded === undefined
    ? formatMessage(ui.partialFailed, { failed })
    : formatMessage(ui.partialFailedOf, { failed, total: formatNumber(succeeded + count, locale) });
}

/** "4 with code 409": one line of the counts per status. */
export const groupText = (count: number, status: number, messages: Messages): string =>
  formatMessage(messages.ui.partialGroup, { count: formatNumber(count, messages.locale), status });

/** "Show 12 more": the disclosure of the failed items past the first few. */
export const moreText = (count: number, messages: Messages): string =>
  formatMessage(messages.ui.partialMore, { count: formatNumber(count, messages.locale) });

/** A failed item with no name: "Item 2" by its place in the request, else "Item". */
export function itemLabel(position: unknown, messages: Messages): string {
  const { ui, locale } = messages;
  const place = positionOf(position);
  return place ? formatMessage(ui.itemAt, { position: formatNumber(place, locale) }) : ui.item;
}

import type { StatusDescriptor } from '../core/types';
import { formatMessage, formatNumber, type Messages } from '../i18n/messages';
import { numberOf, read } from './guards';

/**
 * "3 of 5 failed" when the body says how many worked, "3 failed" otherwise, and "At least 3
 * failed" when the body was cut by the size cap, so a count we could not finish is never
 * presented as the whole story.
 */
export function partialLabel(descriptor: StatusDescriptor, messages: Messages): string | undefined {
  const { partial } = descriptor;
  // Counts only: a forged summary without a finite count of failures has nothing to say.
  const count = numberOf(read(partial, 'failed'));
  if (count === undefined) return undefined;
  const failed = formatNumber(count, messages.locale);
  if (read(partial, 'truncated') === true) {
    return formatMessage(messages.ui.partialFailedAtLeast, { failed });
  }
  const succeeded = numberOf(read(partial, 'succeeded'));
  if (succeeded === undefined) return formatMessage(messages.ui.partialFailed, { failed });
  const total = formatNumber(succeeded + count, messages.locale);
  return formatMessage(messages.ui.partialFailedOf, { failed, total });
}

/** Whole seconds left, never 0 while a retry is still ahead (0.3 s reads as "1 s"). */
export function secondsLeft(retryInMs: number, messages: Messages): string {
  const ms = numberOf(retryInMs) ?? 0;
  return formatNumber(Math.max(1, Math.ceil(ms / 1000)), messages.locale);
}

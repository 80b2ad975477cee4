import type { StatusDescriptor } from '../core/types';
import { formatMessage, formatNumber, type Messages } from '../i18n/messages';

/**
 * "3 of 5 failed" when the body says how many worked, "3 failed" otherwise, and "At least 3
 * failed" when the body was cut by the size cap, so a count we could not finish is never
 * presented as the whole story.
 */
export function partialLabel(descriptor: StatusDescriptor, messages: Messages): string | undefined {
  const { partial } = descriptor;
  if (!partial) return undefined;
  const failed = formatNumber(partial.failed, messages.locale);
  if (partial.truncated) return formatMessage(messages.ui.partialFailedAtLeast, { failed });
  if (partial.succeeded === undefined) return formatMessage(messages.ui.partialFailed, { failed });
  const total = formatNumber(partial.succeeded + partial.failed, messages.locale);
  return formatMessage(messages.ui.partialFailedOf, { failed, total });
}

/** Whole seconds left, never 0 while a retry is still ahead (0.3 s reads as "1 s"). */
export function secondsLeft(retryInMs: number, messages: Messages): string {
  return formatNumber(Math.max(1, Math.ceil(retryInMs / 1000)), messages.locale);
}

import { timeOfDay } from '../core/describe';
import type { RetryCycle } from '../hooks/retry-cycle';
import { type ConnectStatus, useHydrated } from '../hooks/useConnectStatus';
import { formatMessage, type Messages } from '../i18n/messages';
import { secondsLeft } from './labels';

function attemptText(status: ConnectStatus, messages: Messages): string {
  return formatMessage(messages.ui.attempt, { attempt: status.attempt, max: status.maxAttempts });
}

/** The retry line as a sighted person reads it: while counting down, it ticks every second. */
export function retryText(status: ConnectStatus, messages: Messages): string {
  const { ui } = messages;
  switch (status.retryState) {
    case 'scheduled': {
      if (status.waitingForConnection) return ui.waitingForConnection;
      const when = formatMessage(ui.retryIn, { seconds: secondsLeft(status.retryInMs, messages) });
      return `${when} · ${attemptText(status, messages)}`;
    }
    case 'retrying':
      return `${ui.retrying} ${attemptText(status, messages)}`;
    case 'exhausted':
      return formatMessage(ui.exhausted, { max: status.attempt });
    case 'idle':
      if (status.outcome === 'recovered') return ui.recovered;
      if (status.outcome === 'cancelled') return ui.cancelled;
      return '';
  }
}

/**
 * The countdown's visually hidden twin, which a live region announces: the time of day the retry
 * is due ("Trying again at 10:32:15"), then `extra` (the attempt). Fixed for the whole wait, as
 * the cycle fixes `retryAt` when it schedules, so it is announced once per scheduled retry and
 * never holds a figure that went stale while the visible line ticked. The server render and
 * hydration name no time: the server's clock and time zone are not the reader's.
 */
export function RetryDue({
  cycle,
  messages,
  extra,
}: {
  cycle: Extract<RetryCycle, { retryState: 'scheduled' }>;
  messages: Messages;
  extra?: string;
}) {
  const { retryAt, delayMs } = cycle;
  // The day is reckoned from when the retry was scheduled, so the words cannot change mid-wait.
  const time = useHydrated()
    ? timeOfDay(retryAt, retryAt - delayMs, messages.locale, true)
    : undefined;
  const due = time && formatMessage(messages.ui.retryAt, { time });
  return <span className="rcs-visually-hidden">{[due, extra].filter(Boolean).join(' · ')}</span>;
}

/**
 * While counting down, the visible line is hidden from assistive technology and its twin
 * (RetryDue) is what the alert's live region announces: the schedule once, never each tick.
 * Every other retry state is one line, announced once.
 */
export function RetryStatus({ status, messages }: { status: ConnectStatus; messages: Messages }) {
  const visible = retryText(status, messages);
  if (!visible) return null;
  if (status.retryState !== 'scheduled' || status.waitingForConnection) {
    return <p className="rcs-alert__retry">{visible}</p>;
  }
  return (
    <>
      <RetryDue cycle={status} messages={messages} extra={attemptText(status, messages)} />
      <p className="rcs-alert__retry" aria-hidden="true">
        {visible}
      </p>
    </>
  );
}

import type { ConnectStatus } from '../hooks/useConnectStatus';
import { formatMessage, type Messages } from '../i18n/messages';
import { secondsLeft } from './labels';

function attemptText(status: ConnectStatus, messages: Messages): string {
  return formatMessage(messages.ui.attempt, { attempt: status.attempt, max: status.maxAttempts });
}

/**
 * The retry line in words. `live` gives the version a screen reader hears: it names the wait
 * as scheduled and so changes once per retry state, never once per second.
 */
export function retryText(status: ConnectStatus, messages: Messages, live: boolean): string {
  const { ui } = messages;
  switch (status.retryState) {
    case 'scheduled': {
      if (status.waitingForConnection) return ui.waitingForConnection;
      const ms = live ? status.delayMs : status.retryInMs;
      const when = formatMessage(ui.retryIn, { seconds: secondsLeft(ms, messages) });
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
 * While counting down, the visible line is hidden from assistive technology and a visually
 * hidden twin, fixed per scheduled retry, is what the alert's live region announces: the
 * schedule once, never each tick. Every other retry state is one line, announced once.
 */
export function RetryStatus({ status, messages }: { status: ConnectStatus; messages: Messages }) {
  const visible = retryText(status, messages, false);
  if (!visible) return null;
  const counting = status.retryState === 'scheduled' && !status.waitingForConnection;
  if (!counting) return <p className="rcs-alert__retry">{visible}</p>;
  return (
    <>
      <span className="rcs-visually-hidden">{retryText(status, messages, true)}</span>
      <p className="rcs-alert__retry" aria-hidden="true">
        {visible}
      </p>
    </>
  );
}

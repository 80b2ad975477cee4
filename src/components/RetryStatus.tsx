import { useHydrated } from '../hooks/hydrated';
import type { ConnectStatus } from '../hooks/useConnectStatus';
import type { BriefMessages, Messages } from '../i18n/messages';
import { attemptText, retryDueText, retryLine, retryWhen } from '../i18n/words';
import { offersRetry } from './RetryActions';

/**
 * The countdown's visually hidden twin, which a live region announces: the time of day the retry
 * is due, then `extra` (the alert's attempt). Fixed for the whole wait, as the cycle fixes
 * `retryAt` when it schedules, so it is announced once per scheduled retry and never holds a
 * figure that went stale while the visible line ticked. The server render and hydration name no
 * time: the server's clock and time zone are not the reader's.
 */
export function RetryDue({
  cycle,
  messages,
  extra,
}: {
  cycle: { retryAt: number; delayMs: number };
  messages: BriefMessages;
  extra?: string;
}) {
  const due = retryDueText(cycle, messages, useHydrated());
  return <span className="rcs-visually-hidden">{[due, extra].filter(Boolean).join(' · ')}</span>;
}

/**
 * While counting down, the visible line is hidden from assistive technology and its twin
 * (RetryDue) is what the alert's live region announces: the schedule once, never each tick.
 * Every other retry state is one line, announced once. While the retry runs beside its button
 * (offersRetry), the button's own label ("Trying again…") is not repeated on screen.
 */
export function RetryStatus({
  controller,
  messages,
}: {
  controller: ConnectStatus;
  messages: Messages;
}) {
  const visible = retryLine(controller, messages);
  if (!visible) return null;
  if (controller.retryState === 'retrying' && offersRetry(controller)) {
    // Screen readers still hear the whole line: the buttons' row is aria-live="off".
    return (
      <p className="rcs-alert__retry">
        <span className="rcs-visually-hidden">{retryWhen(controller, messages)} </span>
        {attemptText(controller, messages)}
      </p>
    );
  }
  if (controller.retryState !== 'scheduled' || controller.waitingForConnection) {
    return <p className="rcs-alert__retry">{visible}</p>;
  }
  return (
    <>
      <RetryDue cycle={controller} messages={messages} extra={attemptText(controller, messages)} />
      <p className="rcs-alert__retry" aria-hidden="true">
        {visible}
      </p>
    </>
  );
}

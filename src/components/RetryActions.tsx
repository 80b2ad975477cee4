import { type MouseEvent, type ReactNode, useRef } from 'react';
import type { ConnectStatus } from '../hooks/useConnectStatus';
import type { Messages } from '../i18n/messages';

/*
 * The retry buttons the alert and the status page share, so both offer the same retry, with the
 * same labels, the same Cancel and the same focus handling.
 */

/** Whether the retry button shows. It stays while busy, so focus is not lost. */
export function offersRetry({ canRetry, descriptor, retryState }: ConnectStatus): boolean {
  return (
    (canRetry || retryState === 'retrying') &&
    (descriptor.retry.retryable || retryState === 'exhausted')
  );
}

interface ActionsProps {
  controller: ConnectStatus;
  messages: Messages;
  action?: ReactNode;
}

/**
 * Retry, Cancel and the app's own actions. `aria-live="off"`: a button's label changing
 * ("Retry now" → "Trying again…") is not news; the retry line says what happened.
 */
export function Actions({ controller, messages, action }: ActionsProps) {
  const retryButton = useRef<HTMLButtonElement>(null);
  const { ui } = messages;
  const { retryState } = controller;
  const busy = retryState === 'retrying';
  const canOfferRetry = offersRetry(controller);
  // Cancel disappears once pressed; its focus moves to the retry button beside it.
  const cancel = (event: MouseEvent<HTMLButtonElement>) => {
    const hadFocus = event.currentTarget.ownerDocument.activeElement === event.currentTarget;
    controller.cancel();
    if (hadFocus) retryButton.current?.focus();
  };
  if (!canOfferRetry && retryState !== 'scheduled' && !action) return null;
  return (
    <div className="rcs-alert__actions" aria-live="off">
      {canOfferRetry && (
        <button
          ref={retryButton}
          type="button"
          className="rcs-button"
          data-variant="primary"
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
          onClick={busy ? undefined : controller.retry}
        >
          {busy ? ui.retrying : retryState === 'scheduled' ? ui.retryNow : ui.retry}
        </button>
      )}
      {retryState === 'scheduled' && (
        <button type="button" className="rcs-button" onClick={cancel}>
          {ui.cancel}
        </button>
      )}
      {action}
    </div>
  );
}

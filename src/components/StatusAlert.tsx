import { clsx } from 'clsx';
import { forwardRef, type HTMLAttributes, type ReactNode, useState } from 'react';
import {
  type ConnectStatus,
  type UseConnectStatusOptions,
  useConnectStatus,
} from '../hooks/useConnectStatus';
import { useMessages } from '../i18n/context';
import { formatMessage } from '../i18n/messages';
import { SeverityIcon } from './Icon';
import { RetryStatus } from './RetryStatus';
import { ServerDetails } from './ServerDetails';

export interface StatusAlertProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'children'>,
    UseConnectStatusOptions {
  /** Anything describeStatus reads: a code, a Response, an error, a ConnectError. */
  status?: unknown;
  /** The result of your own `useConnectStatus`, so alert and app never disagree. */
  controller?: ConnectStatus;
  /** Your own buttons or links (sign in, reload), shown after ours. */
  action?: ReactNode;
  /** Shows a dismiss button; called when it is pressed. */
  onDismiss?: () => void;
  /** Shows the numeric code next to the title. */
  showCode?: boolean;
  /** Heading level for the title, to fit the page outline; a paragraph by default. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * The full message: what happened, why, what to do, the server's own details, and a retry
 * prompt people control. Errors interrupt (`role="alert"`); everything else is polite.
 * Renders nothing when there is no status yet (`null`/`undefined`).
 */
export const StatusAlert = forwardRef<HTMLDivElement, StatusAlertProps>(
  function StatusAlert(props, ref) {
    const {
      status,
      controller,
      action,
      onDismiss,
      showCode = false,
      headingLevel,
      onRetry,
      autoRetry,
      maxAttempts,
      method,
      idempotent,
      policy,
      className,
      ...rest
    } = props;
    const messages = useMessages();
    // The hook always runs (hooks cannot be conditional); with a controller it stays idle.
    const own = useConnectStatus(controller ? null : status, {
      onRetry: controller ? undefined : onRetry,
      autoRetry: controller ? false : autoRetry,
      maxAttempts,
      method,
      idempotent,
      policy,
    });
    const state = controller ?? own;
    // Dismissal belongs to the status it hid: a new status shows again.
    const shown = controller ?? status;
    const [dismissedFor, setDismissedFor] = useState<unknown>(undefined);
    if (shown == null || dismissedFor === shown) return null;

    const { descriptor } = state;
    const { ui } = messages;
    const Title = headingLevel ? (`h${headingLevel}` as const) : 'p';
    const busy = state.retryState === 'retrying';
    // The button stays while busy, so keyboard focus is not lost mid-retry.
    const canOfferRetry =
      (state.canRetry || busy) && (descriptor.retry.retryable || state.retryState === 'exhausted');
    const dismiss = () => {
      setDismissedFor(shown);
      onDismiss?.();
    };

    return (
      <div
        ref={ref}
        {...rest}
        role={descriptor.severity === 'error' ? 'alert' : 'status'}
        className={clsx('rcs-alert', className)}
        data-severity={descriptor.severity}
        data-retry-state={state.retryState}
        data-status-key={descriptor.key}
      >
        <SeverityIcon severity={descriptor.severity} />
        <div className="rcs-alert__body">
          <Title className="rcs-alert__title">
            <span className="rcs-visually-hidden">{ui.severity[descriptor.severity]}: </span>
            {descriptor.title}
            {showCode && descriptor.code > 0 && (
              <span className="rcs-alert__code">
                {' '}
                {formatMessage(ui.code, { code: descriptor.code })}
              </span>
            )}
          </Title>
          <p className="rcs-alert__message">{descriptor.message}</p>
          <p className="rcs-alert__advice">{descriptor.retry.advice}</p>
          <RetryStatus status={state} messages={messages} />
          <ServerDetails descriptor={descriptor} messages={messages} />
          {(canOfferRetry || state.retryState === 'scheduled' || action) && (
            <div className="rcs-alert__actions">
              {canOfferRetry && (
                <button
                  type="button"
                  className="rcs-button"
                  data-variant="primary"
                  aria-disabled={busy || undefined}
                  aria-busy={busy || undefined}
                  onClick={busy ? undefined : state.retry}
                >
                  {busy ? ui.retrying : state.retryState === 'scheduled' ? ui.retryNow : ui.retry}
                </button>
              )}
              {state.retryState === 'scheduled' && (
                <button type="button" className="rcs-button" onClick={state.cancel}>
                  {ui.cancel}
                </button>
              )}
              {action}
            </div>
          )}
        </div>
        {onDismiss && (
          <button
            type="button"
            className="rcs-alert__dismiss"
            aria-label={ui.dismiss}
            onClick={dismiss}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    );
  },
);

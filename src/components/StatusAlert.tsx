import { clsx } from 'clsx';
import {
  forwardRef,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { asController } from '../hooks/brand';
import {
  type ConnectStatus,
  type UseConnectStatusOptions,
  useConnectStatus,
} from '../hooks/useConnectStatus';
import { useMessages } from '../i18n/context';
import { formatMessage, type Messages } from '../i18n/messages';
import { callbackOf, nativeProps, refOf, renderable } from './guards';
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
  /**
   * Heading level for the title, to fit the page outline; a paragraph by default, and for
   * anything but 2–6.
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Moves keyboard focus to the alert when an error appears, for errors that block the task
   * (a failed save). Off by default: without it the alert never moves focus.
   */
  focusOnError?: boolean;
}

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

/** The title's element: a heading for levels 2–6, a paragraph for anything else. */
function titleTag(level: unknown): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p' {
  return level === 2 || level === 3 || level === 4 || level === 5 || level === 6
    ? HEADINGS[level]
    : 'p';
}

/**
 * Focus goes to the alert when an error appears where none was shown, not when one error
 * replaces another (a failed retry must not pull focus off the retry button) and not when
 * focus is already inside.
 */
function useFocusOnError(root: RefObject<HTMLDivElement | null>, enabled: boolean, error: boolean) {
  const wasError = useRef(false);
  useEffect(() => {
    const arrived = error && !wasError.current;
    wasError.current = error;
    const node = root.current;
    if (enabled && arrived && node && !node.contains(node.ownerDocument.activeElement)) {
      node.focus();
    }
  }, [root, enabled, error]);
}

interface ActionsProps {
  state: ConnectStatus;
  messages: Messages;
  action?: ReactNode;
}

/**
 * Retry, Cancel and the app's own actions. `aria-live="off"`: a button's label changing
 * ("Retry now" → "Trying again…") is not news; the retry line says what happened.
 */
function Actions({ state, messages, action }: ActionsProps) {
  const retryButton = useRef<HTMLButtonElement>(null);
  const { ui } = messages;
  const { descriptor, retryState } = state;
  const busy = retryState === 'retrying';
  // The button stays while busy, so keyboard focus is not lost mid-retry.
  const canOfferRetry =
    (state.canRetry || busy) && (descriptor.retry.retryable || retryState === 'exhausted');
  // Cancel disappears once pressed; its focus moves to the retry button beside it.
  const cancel = (event: MouseEvent<HTMLButtonElement>) => {
    const hadFocus = event.currentTarget.ownerDocument.activeElement === event.currentTarget;
    state.cancel();
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
          onClick={busy ? undefined : state.retry}
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

/**
 * The full message: what happened, why, what to do, the server's own details, and a retry
 * prompt people control. Errors interrupt (`role="alert"`); everything else is polite.
 *
 * The root is a live region that stays mounted, empty and invisible while there is no status
 * (`null`/`undefined`, or dismissed): screen readers only announce changes inside a region
 * they already know, so a status arriving later is announced, once.
 */
export const StatusAlert = forwardRef<HTMLDivElement, StatusAlertProps>(
  function StatusAlert(props, ref) {
    const {
      status,
      controller: given,
      action: givenAction,
      onDismiss: givenOnDismiss,
      showCode: givenShowCode,
      headingLevel,
      focusOnError: givenFocusOnError,
      onRetry,
      autoRetry,
      maxAttempts,
      method,
      idempotent,
      policy,
      requestKey,
      className,
      ...native
    } = props;
    // Every prop is checked here, once: junk of any kind means "not given", never a throw.
    const controller = asController(given);
    const action = renderable(givenAction);
    const onDismiss = callbackOf<() => void>(givenOnDismiss);
    const showCode = givenShowCode === true;
    const focusOnError = givenFocusOnError === true;
    const rest = nativeProps(native);
    const messages = useMessages();
    // The hook always runs (hooks cannot be conditional); with a controller it stays idle.
    // The hook checks each option itself (a non-function onRetry, a non-true flag: not given).
    const own = useConnectStatus(controller ? null : status, {
      onRetry: controller ? undefined : onRetry,
      autoRetry: controller ? false : autoRetry,
      maxAttempts,
      method,
      idempotent,
      policy,
      requestKey,
    });
    const state = controller ?? own;
    // Dismissal belongs to the status it hid: a new status shows again. A controller is a new
    // object on every tick, so with one the status is its descriptor (one per input).
    const shown = controller ? (controller.empty === true ? null : controller.descriptor) : status;
    const [dismissedFor, setDismissedFor] = useState<unknown>(undefined);
    // Object.is, so a NaN status can be dismissed too.
    const visible = shown != null && !Object.is(dismissedFor, shown);
    const { descriptor } = state;
    const error = visible && descriptor.severity === 'error';

    const root = useRef<HTMLDivElement>(null);
    // The root never unmounts, so the forwarded ref always has the element.
    useImperativeHandle(refOf<HTMLDivElement>(ref), () => root.current as HTMLDivElement, []);
    useFocusOnError(root, focusOnError, error);

    const { ui } = messages;
    const Title = titleTag(headingLevel);
    const dismiss = () => {
      setDismissedFor(shown);
      onDismiss?.();
    };

    return (
      <div
        ref={root}
        tabIndex={focusOnError ? -1 : undefined}
        {...rest}
        // Explicit aria-live as well as the role, for assistive technology that reads only one.
        role={error ? 'alert' : 'status'}
        aria-live={error ? 'assertive' : 'polite'}
        // Only what changed is read: a retry line, not the whole alert again (both roles
        // default to atomic).
        aria-atomic="false"
        className={clsx('rcs-alert', className)}
        data-empty={visible ? undefined : ''}
        data-severity={visible ? descriptor.severity : undefined}
        data-retry-state={visible ? state.retryState : undefined}
        data-status-key={visible ? descriptor.key : undefined}
      >
        {visible && (
          <>
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
              {/* While a retry cycle runs, the retry line is the advice: a fixed "Try again in
                  5 s." beside a live countdown, or after the retries, would contradict it. */}
              {state.retryState === 'idle' && state.outcome !== 'recovered' && (
                <p className="rcs-alert__advice">{descriptor.retry.advice}</p>
              )}
              <RetryStatus status={state} messages={messages} />
              <ServerDetails descriptor={descriptor} messages={messages} />
              <Actions state={state} messages={messages} action={action} />
            </div>
            {onDismiss && (
              <button
                type="button"
                className="rcs-alert__dismiss"
                aria-label={ui.dismiss}
                aria-live="off"
                onClick={dismiss}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </>
        )}
      </div>
    );
  },
);

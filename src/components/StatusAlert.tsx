import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { useMessages } from '../hooks/use-messages';
import { useViewController } from '../hooks/use-view-controller';
import {
  type ConnectStatus,
  OPTION_NAMES,
  type UseConnectStatusOptions,
} from '../hooks/useConnectStatus';
import { CodeTag } from './CodeTag';
import type { ItemName } from './PartialSummary';
import { callbackOf, classNameOf, nativeProps, refOf, renderable } from './props';
import { Actions } from './RetryActions';
import { RetryStatus } from './RetryStatus';
import { ServerDetails } from './ServerDetails';

/** What every alert takes, whichever way it gets its status. */
export interface StatusAlertBaseProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'children'> {
  /** Your own buttons or links (sign in, reload), shown after the retry buttons. */
  action?: ReactNode;
  /**
   * Called when the person closes the alert; giving it adds a close button. The alert stays
   * hidden until the status changes.
   */
  onDismiss?: () => void;
  /**
   * Shows the numeric status code after the title ("Code 503").
   * @default false
   */
  showCode?: boolean;
  /**
   * Makes the title a heading of this level (`h2` to `h6`), to fit the page's outline. Without
   * it, or with any other value, the title is a paragraph.
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Moves keyboard focus to the alert when an error appears. Use it for errors that block the
   * task, such as a failed save. Without it the alert never moves focus.
   * @default false
   */
  focusOnError?: boolean;
  /**
   * Names the failed items of a partial failure from what you sent. Called for each item with
   * the service's `id`, or its `position` in your request (counted from 1) when the service
   * named it only by place, and its `status`: return, say, the stream id of your request's item
   * at `position`, or nothing to keep the default name ("Item 2", or the service's id). Shown as
   * plain text; a throw or anything but text keeps the default.
   */
  itemName?: (item: { id?: string; position?: number; status?: number }) => string | undefined;
}

/** Props that must not be given beside the others: each is a type error there. */
type Forbidden<T> = { [K in keyof T]?: never };

/** An alert that describes `status` and runs its own retry cycle with the hook's options. */
export interface StatusAlertStatusProps extends StatusAlertBaseProps, UseConnectStatusOptions {
  /**
   * What to show: a status code, a fetch `Response`, a thrown error, a `ConnectError`, or
   * anything else `describeStatus` reads. `null` or `undefined` shows nothing.
   */
  status?: unknown;
  controller?: never;
}

/** An alert that shows your own `useConnectStatus` controller. */
export interface StatusAlertControllerProps
  extends StatusAlertBaseProps,
    Forbidden<UseConnectStatusOptions> {
  /**
   * The result of your own `useConnectStatus` call, so that the alert and your code always
   * agree. Give it instead of `status` and the hook's options: the controller already holds
   * them, and passing both is a type error.
   */
  controller: ConnectStatus;
  status?: never;
}

/** Either `status` (and the hook's options) or a `controller`, never both. */
export type StatusAlertProps = StatusAlertStatusProps | StatusAlertControllerProps;

/** What an alert shows once the retry worked and the app cleared its error. */
const RECOVERED = Symbol('recovered');

const LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];

/** The title's element: a heading for levels 2–6, a paragraph for anything else. */
function titleTag(level: unknown) {
  return LEVELS.includes(level) ? (`h${level}` as `h${2 | 3 | 4 | 5 | 6}`) : 'p';
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
      itemName: givenItemName,
      className,
      ...native
    } = props;
    // Every prop is checked here, once: junk of any kind means "not given", never a throw.
    const action = renderable(givenAction);
    const onDismiss = callbackOf<() => void>(givenOnDismiss);
    const showCode = givenShowCode === true;
    const focusOnError = givenFocusOnError === true;
    const itemName = callbackOf<ItemName>(givenItemName);
    const rest = nativeProps(native, OPTION_NAMES);
    const messages = useMessages();
    const { controller, passed, recovered } = useViewController(given, status, props);
    // Dismissal belongs to the status it hid: a new status shows again. A controller is a new
    // object on every tick, so with one the status is its descriptor (one per input).
    const shown = recovered
      ? RECOVERED
      : passed
        ? passed.empty === true
          ? null
          : passed.descriptor
        : status;
    const [dismissedFor, setDismissedFor] = useState<unknown>(undefined);
    // Object.is, so a NaN status can be dismissed too.
    const visible = shown != null && !Object.is(dismissedFor, shown);
    // A dismissed recovery is forgotten once something else shows, so the next one shows.
    if (dismissedFor === RECOVERED && shown !== RECOVERED) setDismissedFor(undefined);
    const { ui } = messages;
    const descriptor = recovered
      ? {
          ...controller.descriptor,
          severity: 'success' as const,
          code: 0,
          title: ui.recoveredTitle,
          message: ui.recoveredMessage,
        }
      : controller.descriptor;
    const error = visible && descriptor.severity === 'error';

    const root = useRef<HTMLDivElement>(null);
    // The root never unmounts, so the forwarded ref always has the element.
    useImperativeHandle(refOf<HTMLDivElement>(ref), () => root.current as HTMLDivElement, []);
    useFocusOnError(root, focusOnError, error);

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
        className={classNameOf('rcs-alert', className)}
        data-empty={visible ? undefined : ''}
        {...(visible && {
          'data-severity': descriptor.severity,
          'data-retry-state': controller.retryState,
          'data-status-key': descriptor.key,
        })}
      >
        {visible && (
          <>
            <span className="rcs-icon" aria-hidden="true" />
            <div className="rcs-alert__body">
              <Title className="rcs-alert__title">
                <span className="rcs-visually-hidden">{ui.severity[descriptor.severity]}: </span>
                {descriptor.title}
                {showCode && descriptor.code > 0 && (
                  <CodeTag code={descriptor.code} messages={messages} className="rcs-alert__code" />
                )}
              </Title>
              <p className="rcs-alert__message">{descriptor.message}</p>
              {/* While a retry cycle runs, the retry line is the advice: the pause the service
                  asked for beside a live countdown, or after the retries, would muddle it. */}
              {controller.retryState === 'idle' && controller.outcome !== 'recovered' && (
                <p className="rcs-alert__advice">{descriptor.retry.advice}</p>
              )}
              {!recovered && (
                <>
                  <ServerDetails descriptor={descriptor} messages={messages} itemName={itemName} />
                  {/* The retry line beside the buttons it is about. Outside their row, which is
                      aria-live="off": the line must be announced, a button's label not. */}
                  <div className="rcs-alert__footer">
                    <Actions controller={controller} messages={messages} action={action} />
                    <RetryStatus controller={controller} messages={messages} />
                  </div>
                </>
              )}
            </div>
            {onDismiss && (
              <button
                type="button"
                className="rcs-alert__dismiss"
                aria-label={ui.dismiss}
                aria-live="off"
                onClick={dismiss}
              />
            )}
          </>
        )}
      </div>
    );
  },
);

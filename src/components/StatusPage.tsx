import { forwardRef, type HTMLAttributes } from 'react';
import type { StatusDescriptor } from '../core/types';
import { useMessages } from '../hooks/use-messages';
import { useViewController } from '../hooks/use-view-controller';
import {
  type ConnectStatus,
  OPTION_NAMES,
  type UseConnectStatusOptions,
} from '../hooks/useConnectStatus';
import { CodeTag } from './CodeTag';
import { PageActionButton, pageActionOf, type StatusPageActions } from './page-actions';
import { classNameOf, nativeProps, refOf } from './props';
import { Actions, offersRetry } from './RetryActions';
import { RetryStatus } from './RetryStatus';
import { ServerDetails } from './ServerDetails';

export type { StatusPageActions } from './page-actions';

/** What every status page takes, whichever way it gets its status. */
export interface StatusPageBaseProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'children'> {
  /**
   * Your action for each next step, keyed by the state's `nextStep`: a URL (relative, or http,
   * https or mailto) becomes a link, a function a button, called with no arguments. The page
   * shows the one for its state, named in the catalog's words ("Sign in", "Request access"); a
   * step without one shows none, and any other URL shows none either. Where the page retries
   * itself (`onRetry`, or a controller that can), its Try again replaces your `retry` and
   * `check-connection` actions, so every retry counts towards `maxAttempts`.
   */
  actions?: StatusPageActions;
  /**
   * Shows the numeric status code after the title ("Code 503").
   * @default false
   */
  showCode?: boolean;
}

/** Props that must not be given beside the others: each is a type error there. */
type Forbidden<T> = { [K in keyof T]?: never };

/** A page that describes `status` and runs its own retry cycle with the hook's options. */
export interface StatusPageStatusProps extends StatusPageBaseProps, UseConnectStatusOptions {
  /**
   * What went wrong: a status code, a fetch `Response`, a thrown error, a `ConnectError`, or
   * anything else `describeStatus` reads. A page always says something: `null`, `undefined` or
   * junk reads as "Something went wrong".
   */
  status?: unknown;
  controller?: never;
}

/** A page that shows your own `useConnectStatus` controller. */
export interface StatusPageControllerProps
  extends StatusPageBaseProps,
    Forbidden<UseConnectStatusOptions> {
  /**
   * The result of your own `useConnectStatus` call, so that the page and your code always
   * agree. Give it instead of `status` and the hook's options: the controller already holds
   * them, and passing both is a type error.
   */
  controller: ConnectStatus;
  status?: never;
}

/** Either `status` (and the hook's options) or a `controller`, never both. */
export type StatusPageProps = StatusPageStatusProps | StatusPageControllerProps;

/**
 * A full-page state for a route that cannot load: what happened as the page's `<h1>`, why, what
 * to do, the service's details with the operation id support asks for, and one main action
 * chosen by the state's `nextStep`. The same words as the alert.
 *
 * The page itself is no live region: it is what a person came to read, not news. Only what
 * changes in place (the retry line, "Copied") sits in a polite region, as in the alert. It never
 * moves focus.
 */
export const StatusPage = forwardRef<HTMLDivElement, StatusPageProps>(
  function StatusPage(props, ref) {
    const {
      status,
      controller: given,
      actions,
      showCode: givenShowCode,
      className,
      ...native
    } = props;
    // Every prop is checked here, once: junk of any kind means "not given", never a throw.
    const showCode = givenShowCode === true;
    const rest = nativeProps(native, OPTION_NAMES);
    const messages = useMessages();
    // The app cleared its error once a retry worked, and still shows the page: it says so.
    const { controller, recovered } = useViewController(given, status, props);
    const { ui } = messages;
    const descriptor: StatusDescriptor = recovered
      ? {
          ...controller.descriptor,
          severity: 'success',
          code: 0,
          title: ui.recoveredTitle,
          message: ui.recoveredMessage,
          label: ui.severity.success,
          nextStep: 'none',
        }
      : controller.descriptor;

    const retries = offersRetry(controller);
    const step = descriptor.nextStep;
    // Where the step's action is a retry, the page's own retry wins over the app's: it keeps the
    // count, the countdown and the budget.
    const action =
      retries && (step === 'retry' || step === 'check-connection')
        ? undefined
        : pageActionOf(actions, step);
    // While a retry cycle runs, the retry line is the advice, as in the alert.
    const idle = controller.retryState === 'idle' && controller.outcome !== 'recovered';

    return (
      <div
        ref={refOf<HTMLDivElement>(ref)}
        {...rest}
        className={classNameOf('rcs-page', className)}
        data-severity={descriptor.severity}
        data-retry-state={controller.retryState}
        data-status-key={descriptor.key}
      >
        {/* The alert's body, title and lines, so the page reads as the alert does, bigger. */}
        <div className="rcs-alert__body">
          {/* The state at a glance, as a badge: its icon and short label. Decorative here: the
              title below says the same, after the severity in words. */}
          <p aria-hidden="true">
            <span className="rcs-badge" data-severity={descriptor.severity} data-size="lg">
              {descriptor.label}
            </span>
          </p>
          <h1 className="rcs-alert__title">
            <span className="rcs-visually-hidden">{ui.severity[descriptor.severity]}: </span>
            {descriptor.title}
            {showCode && descriptor.code > 0 && (
              <CodeTag code={descriptor.code} messages={messages} className="rcs-alert__code" />
            )}
          </h1>
          <p className="rcs-alert__message">{descriptor.message}</p>
          {idle && <p className="rcs-alert__advice">{descriptor.retry.advice}</p>}
          {/* What changes in place, announced politely: the retry line that replaces the advice,
              and the copy button's "Copied". The buttons' row inside opts out: a label that
              changes is no news. */}
          <div role="status" aria-live="polite" aria-atomic="false">
            {!recovered && <ServerDetails descriptor={descriptor} messages={messages} />}
            <div className="rcs-alert__footer">
              <Actions
                controller={controller}
                messages={messages}
                action={
                  action && (
                    <PageActionButton
                      action={action}
                      label={ui.nextStep[step]}
                      primary={!retries}
                    />
                  )
                }
              />
              {/* Recovered, the title says it: no "Back to normal" line below it again. */}
              {!recovered && <RetryStatus controller={controller} messages={messages} />}
            </div>
          </div>
        </div>
      </div>
    );
  },
);

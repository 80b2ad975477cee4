import { clsx } from 'clsx';
import { forwardRef, type HTMLAttributes, useMemo } from 'react';
import { describeStatus } from '../core/describe';
import { asController } from '../hooks/brand';
import type { ConnectStatus } from '../hooks/useConnectStatus';
import { useMessages } from '../i18n/context';
import { formatMessage } from '../i18n/messages';
import { nativeProps, refOf } from './guards';
import { partialLabel, secondsLeft } from './labels';
import { RetryDue } from './RetryStatus';

export interface StatusBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /**
   * What to show: a status code, a fetch `Response`, a thrown error, a `ConnectError`, or
   * anything else `describeStatus` reads. `null` or `undefined` shows nothing.
   */
  status?: unknown;
  /**
   * The result of your own `useConnectStatus` call, so that the badge shows its retry countdown
   * and agrees with the alert and your code. The badge then ignores `status` and `method`.
   */
  controller?: ConnectStatus;
  /** The request's HTTP method, for inputs that do not carry one (a status code, a `Response`). */
  method?: string;
  /**
   * Shows the numeric status code after the label ("Code 404").
   * @default false
   */
  showCode?: boolean;
  /**
   * The badge's size. Any other value gives `md`.
   * @default 'md'
   */
  size?: 'sm' | 'md' | 'lg';
  /**
   * Makes the badge a polite live region, so screen readers announce its changes. Leave it off
   * for badges in a table, where many would speak at once.
   * @default false
   */
  live?: boolean;
}

/**
 * Compact state for tables and tiles: icon + short label, the full title as its tooltip and
 * accessible description. Renders nothing when there is no status yet (`null`/`undefined`).
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
  { status, controller: given, method, showCode, size, live, className, title, ...native },
  ref,
) {
  // Every prop is checked here, once: junk of any kind means "not given", never a throw.
  const controller = asController(given);
  const rest = nativeProps(native);
  const messages = useMessages();
  // A badge alone needs no retry machinery: describing is enough, and cheap for big tables.
  const described = useMemo(
    () => (controller ? undefined : describeStatus(status, { messages, method })),
    [controller, status, messages, method],
  );
  const descriptor = controller?.descriptor ?? described;
  if (!descriptor || (controller ? controller.empty === true : status == null)) return null;
  const { ui } = messages;
  const retryState = controller?.retryState ?? 'idle';
  const scheduled = controller?.retryState === 'scheduled' ? controller : undefined;
  // Offline, the retry waits for the connection: no seconds to count (retryInMs stays 0).
  const counting = scheduled !== undefined && !scheduled.waitingForConnection;
  const retryText = scheduled
    ? counting
      ? formatMessage(ui.retryIn, { seconds: secondsLeft(scheduled.retryInMs, messages) })
      : messages.states.offline.label
    : retryState === 'retrying'
      ? ui.retrying
      : undefined;
  return (
    <span
      ref={refOf<HTMLSpanElement>(ref)}
      {...rest}
      className={clsx('rcs-badge', className)}
      data-severity={descriptor.severity}
      data-size={size === 'sm' || size === 'lg' ? size : 'md'}
      data-retry-state={retryState}
      data-status-key={descriptor.key}
      // The full title is the badge's description: an app's own replaces it, a blank one does not.
      title={typeof title === 'string' && title.trim() !== '' ? title : descriptor.title}
      {...(live === true && { role: 'status' })}
    >
      {/* The icon is the badge's background image (styles.css): no <svg> in big tables. */}
      {partialLabel(descriptor, messages) ?? descriptor.label}
      {showCode === true && descriptor.code > 0 && (
        <span className="rcs-badge__code">{formatMessage(ui.code, { code: descriptor.code })}</span>
      )}
      {/* As in the alert: a live badge announces when the retry is due, once, never each second. */}
      {counting && <RetryDue cycle={scheduled} messages={messages} />}
      {retryText && (
        <span className="rcs-badge__retry" aria-hidden={counting || undefined}>
          {retryText}
        </span>
      )}
    </span>
  );
});

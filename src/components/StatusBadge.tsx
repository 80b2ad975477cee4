import { forwardRef, type HTMLAttributes, useMemo } from 'react';
import { isText } from '../core/guards';
import { type StatusState, statusState } from '../core/state';
import { asController } from '../hooks/brand';
import { useBriefMessages } from '../hooks/messages-context';
import { useShownEvent } from '../hooks/use-shown-event';
import type { ConnectStatus } from '../hooks/useConnectStatus';
import { partialLabel, retryBrief } from '../i18n/words';
import { CodeTag } from './CodeTag';
import { classNameOf, nativeProps, refOf } from './props';
import { RetryDue } from './RetryStatus';

/** What every badge takes, whichever way it gets its status. */
export interface StatusBadgeBaseProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
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

/** A badge that shows the state of `status`. */
export interface StatusBadgeStatusProps extends StatusBadgeBaseProps {
  /**
   * What to show: a status code, a fetch `Response`, a thrown error, a `ConnectError`, or
   * anything else `describeStatus` reads. `null` or `undefined` shows nothing.
   */
  status?: unknown;
  /**
   * The request's HTTP method, for inputs that do not carry one. Taken for the same props as the
   * alert; what a badge shows does not depend on it.
   */
  method?: string;
  controller?: never;
}

/** A badge that shows your own `useConnectStatus` controller, countdown included. */
export interface StatusBadgeControllerProps extends StatusBadgeBaseProps {
  /**
   * The result of your own `useConnectStatus` call, so that the badge shows its retry countdown
   * (a retry glyph and the seconds left, "↻ 12 s", at a width that does not change as it ticks)
   * and agrees with the alert and your code. Give it instead of `status` and `method`: passing
   * both is a type error.
   */
  controller: ConnectStatus;
  status?: never;
  method?: never;
}

/** Either `status` or a `controller`, never both. */
export type StatusBadgeProps = StatusBadgeStatusProps | StatusBadgeControllerProps;

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
  const messages = useBriefMessages();
  // A badge alone needs no retry machinery and no sentences: the state and its label are enough,
  // and cheap for big tables. `method` changes neither.
  const state = useMemo(() => (controller ? undefined : statusState(status)), [controller, status]);
  // A controller's own hook tells its events; a badge given `status` tells that it showed one.
  useShownEvent(state);
  if (controller ? controller.empty === true : status == null) return null;
  const { key, code, severity, partial } = controller?.descriptor ?? (state as StatusState);
  const words = controller?.descriptor ?? messages.states[key];
  const retryState = controller?.retryState ?? 'idle';
  const scheduled = controller?.retryState === 'scheduled' ? controller : undefined;
  // Offline, the retry waits for the connection: no seconds to count (retryInMs stays 0).
  const counting = scheduled !== undefined && !scheduled.waitingForConnection;
  // The alert's retry line, without the attempt: a badge has room for when, not how often,
  // and counts down in seconds alone ("12 s"), so it keeps its width in a table.
  const retryText = controller && retryBrief(controller, messages);
  return (
    <span
      ref={refOf<HTMLSpanElement>(ref)}
      {...rest}
      className={classNameOf('rcs-badge', className)}
      data-severity={severity}
      data-size={size === 'sm' || size === 'lg' ? size : 'md'}
      data-retry-state={retryState}
      data-status-key={key}
      // The full title is the badge's description: an app's own replaces it, a blank one does not.
      title={isText(title) ? title : words.title}
      {...(live === true && { role: 'status' })}
    >
      {/* The icon is the badge's background image (styles.css): no <svg> in big tables. */}
      {partialLabel(partial, messages) ?? words.label}
      {showCode === true && code > 0 && (
        <CodeTag code={code} messages={messages} className="rcs-badge__code" />
      )}
      {/* As in the alert: a live badge announces when the retry is due, once, never each second. */}
      {counting && <RetryDue cycle={scheduled} messages={messages} />}
      {retryText && (
        <span className="rcs-badge__retry" aria-hidden={counting || undefined}>
          {/* A retry is ahead: a glyph, not words, so "12 s" alone reads as a countdown. */}
          <span aria-hidden="true">↻ </span>
          {retryText}
        </span>
      )}
    </span>
  );
});

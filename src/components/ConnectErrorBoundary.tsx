import {
  Component,
  createRef,
  type ErrorInfo,
  type ReactNode,
  type RefObject,
  startTransition,
  useEffect,
  useState,
} from 'react';
import { listOf } from '../core/guards';
import { isRequestFailure } from '../core/request-failure';
import type { RetryPolicy } from '../core/retry';
import { sameValue } from '../core/same-value';
import type { StatusEvent } from '../hooks/status-events';
import { type ConnectStatus, useConnectStatus } from '../hooks/useConnectStatus';
import { callbackOf, renderable } from './props';
import { StatusAlert, type StatusAlertBaseProps } from './StatusAlert';

/** Why the boundary rendered its children again (`onReset`). */
export interface ConnectErrorBoundaryResetDetails {
  /**
   * `retry`: a retry of the failed request (**Try again**, **Retry now** or the automatic one),
   * counted against `maxAttempts`; `reset`: the fallback's own `reset()`; `keys`: `resetKeys`
   * changed.
   */
  reason: 'retry' | 'reset' | 'keys';
  /** The failure the boundary was showing. */
  error: unknown;
}

/** What a `fallback` render function gets. */
export interface ConnectErrorBoundaryFallbackProps {
  /** The failure the children threw. */
  error: unknown;
  /**
   * The failure described, with its retry cycle: render `<StatusAlert controller={controller} />`
   * or a `StatusBadge` from it, and call `controller.retry()` for a retry that counts.
   */
  controller: ConnectStatus;
  /**
   * Renders the children again now, without using up a retry (for your own "Go back" after you
   * changed what they show). For **Try again**, call `controller.retry()`: it keeps the budget.
   */
  reset: () => void;
}

export interface ConnectErrorBoundaryProps
  extends Pick<StatusAlertBaseProps, 'headingLevel' | 'showCode' | 'action'> {
  /**
   * What may fail while it renders: components that throw a request's failure, or suspend and
   * then throw it (`use(promise)`, `useSuspenseQuery`).
   */
  children?: ReactNode;
  /**
   * What to show instead of the children, in place of the default `StatusAlert`: any node, or a
   * function that gets `{ error, controller, reset }` and returns one.
   */
  fallback?: ReactNode | ((props: ConnectErrorBoundaryFallbackProps) => ReactNode);
  /**
   * Called just before the children render again: refetch, or clear what a cache remembers of
   * the failure (TanStack Query's `reset` from `QueryErrorResetBoundary`). Gets `{ reason, error }`,
   * `reason` being `'retry'`, `'reset'` or `'keys'`.
   */
  onReset?: (details: ConnectErrorBoundaryResetDetails) => void;
  /**
   * Renders the children again when any of these changes while a failure is shown (an id, a
   * namespace, a route), without using up a retry, and starts a new retry count. Compared by
   * value: arrays and plain objects by their content (as TanStack Query compares query keys),
   * anything else by identity, so a `filters` object rebuilt on each render resets nothing.
   */
  resetKeys?: readonly unknown[];
  /**
   * Called once for each request failure the boundary catches, with React's component stack:
   * for logging. Errors it passes on (programming errors) are not reported here.
   */
  onError?: (error: unknown, info: ErrorInfo) => void;
  /**
   * Retries on its own after a countdown that people can stop: a retry renders the children
   * again (after `onReset`). Only where retrying is safe: a state that can recover, and a method
   * that can be repeated.
   * @default false
   */
  autoRetry?: boolean;
  /**
   * How many retries one cycle may make, not counting the first render. A child that fails on
   * every render is rendered at most `1 + maxAttempts` times, then the alert says the retries
   * ran out.
   * @default 3
   */
  maxAttempts?: number;
  /** The request's HTTP method, for failures that do not carry one (a bare `Response`). */
  method?: string;
  /**
   * Marks a POST or PATCH as safe to repeat, so `autoRetry` may repeat it.
   * @default false
   */
  idempotent?: boolean;
  /**
   * Changes how long to wait between retries. Fields you leave out keep their default.
   * @default defaultRetryPolicy
   */
  policy?: Partial<RetryPolicy>;
  /**
   * Names the request, so that its failures share one retry count with every view given the
   * same key (a TanStack query key, say). By default the boundary keeps one count of its own,
   * whatever URL its failures carry, until `resetKeys` change or `reset()` is called; a boundary
   * that is mounted anew takes it over when its failure has the same method and URL path.
   */
  requestKey?: string | number | readonly unknown[];
  /**
   * Called with what happens to the failures the boundary shows, for monitoring: `shown`, then
   * `scheduled`, `retried`, `exhausted` or `cancelled`, as the hook's `onStatus`. The boundary
   * cannot see whether its children show content or a loading state, so it never tells
   * `recovered` itself: children that fail again, however late, continue the count.
   */
  onStatus?: (event: StatusEvent) => void;
}

/** Nothing caught; a request's failure (shown); anything else (passed on). */
type BoundaryState =
  | { caught: 'none'; error: null }
  | { caught: 'request'; error: unknown }
  | { caught: 'other'; error: unknown };

const NONE: BoundaryState = { caught: 'none', error: null };

/** A retry whose outcome the children have yet to show. */
interface Pending {
  resolve: () => void;
  reject: (reason: unknown) => void;
}

function keysChanged(before: unknown, after: unknown): boolean {
  try {
    return !sameValue(listOf(before), listOf(after));
  } catch {
    return before !== after; // a proxy or a throwing getter
  }
}

interface FallbackProps {
  /** The boundary's props: the hook's options (it reads only those) and the alert's. */
  options: ConnectErrorBoundaryProps;
  error: unknown;
  onRetry: () => Promise<void>;
  reset: () => void;
  /** Holds the default alert's element, so the boundary can tell whether focus was inside it. */
  node: RefObject<HTMLElement | null>;
  /** Focus was inside the last fallback when its retry began: the new one takes it. */
  takeFocus: boolean;
}

/** The boundary's fallback: the retry controller for the failure, and the alert or your UI. */
function Fallback({ options, error, onRetry, reset, node, takeFocus }: FallbackProps) {
  const controller = useConnectStatus(error, { ...options, onRetry });
  // Read once: focus moves when this fallback appears, never on a later render.
  const [focus] = useState(takeFocus);
  useEffect(() => {
    if (focus) node.current?.focus();
  }, [focus, node]);
  const { fallback } = options;
  if (typeof fallback === 'function') return renderable(fallback({ error, controller, reset }));
  if (fallback !== undefined) return renderable(fallback);
  return (
    <StatusAlert
      ref={node as RefObject<HTMLDivElement | null>}
      controller={controller}
      headingLevel={options.headingLevel}
      showCode={options.showCode}
      action={options.action}
      {...(focus && { tabIndex: -1 })}
    />
  );
}

/**
 * Catches a request's failure thrown while its children render (a `ConnectError`, a `Response`,
 * a fetch `TypeError`, an abort or a timeout, an axios or ky error, a router's error response),
 * Suspense included, and shows it in a `StatusAlert` whose **Try again** renders the children
 * again after `onReset`. Retries keep the request's budget: a child that fails on every render is
 * rendered at most `1 + maxAttempts` times. Anything else it catches (a programming error) goes
 * on to the error boundary above it. Renders no element of its own.
 */
export class ConnectErrorBoundary extends Component<ConnectErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = NONE;
  private pending: Pending | undefined;
  /** The default alert's element while it is shown. */
  private fallbackNode = createRef<HTMLElement>();
  private takeFocus = false;

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { caught: isRequestFailure(error) ? 'request' : 'other', error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (!isRequestFailure(error)) return;
    // The children failed again: that is the outcome of the retry that rendered them.
    this.settle(false, error);
    callbackOf<(error: unknown, info: ErrorInfo) => void>(this.props.onError)?.(error, info);
  }

  override componentDidMount(): void {
    this.takeFocus = false;
  }

  override componentDidUpdate(before: ConnectErrorBoundaryProps, was: BoundaryState): void {
    this.takeFocus = false;
    if (!keysChanged(before.resetKeys, this.props.resetKeys)) return;
    // The app moved on: another request, another count.
    this.moveOn();
    // Not on the update that caught the failure: a key that changed with it caused it.
    if (this.state.caught === 'request' && was.caught === 'request') this.reset('keys');
  }

  override componentWillUnmount(): void {
    this.settle(true);
  }

  /**
   * A retry's outcome is the children's: their next failure, however late (a request may take
   * minutes to fail while they show a loading state), is that retry's, so the count holds. The
   * children rendering is no proof that the request worked, so the retry stays out until then,
   * or until the app moves on (resetKeys, reset()) or the boundary unmounts.
   */
  private settle(worked: boolean, reason?: unknown): void {
    const { pending } = this;
    if (!pending) return;
    this.pending = undefined;
    if (worked) pending.resolve();
    else pending.reject(reason);
  }

  /** Ends this boundary's count: the retry in flight, if any, is no longer its business, and
   * a new retry function is a new request to the retry store. */
  private moveOn(): void {
    this.settle(true);
    this.retry = this.retrier();
  }

  /** onReset, then the children again. */
  private reset(reason: ConnectErrorBoundaryResetDetails['reason']): void {
    const { error } = this.state;
    const node = this.fallbackNode.current;
    // Focus inside the alert (on Try again, Retry now): if the children fail again, the new
    // alert takes it, so a keyboard user does not land on the page's start.
    this.takeFocus = node?.contains(node.ownerDocument.activeElement) === true;
    callbackOf<(details: ConnectErrorBoundaryResetDetails) => void>(this.props.onReset)?.({
      reason,
      error,
    });
    // A transition: where a Suspense above the boundary already shows content, the children
    // loading again keep this alert ("Trying again…") on screen instead of that Suspense's
    // fallback, and the boundary stays mounted while they load.
    startTransition(() => this.setState(NONE));
  }

  /**
   * The fallback's onRetry: resets the boundary and returns the retry's outcome, which the
   * children decide: it rejects with their next failure (see settle).
   */
  private retrier = () => (): Promise<void> => {
    if (this.state.caught !== 'request') return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.settle(true); // never left over, but a retry must not strand another
      this.pending = { resolve, reject };
      try {
        this.reset('retry');
      } catch (error) {
        this.settle(false, error); // onReset threw: the children were not rendered again
      }
    });
  };

  /** The fallback's onRetry; as long as it is the same function, its failures share one count
   * (see the retry store), whatever URL they carry. */
  private retry = this.retrier();

  private resetByApp = (): void => {
    if (this.state.caught !== 'request') return;
    this.moveOn();
    this.reset('reset');
  };

  override render(): ReactNode {
    const { state, props } = this;
    if (state.caught === 'none') return renderable(props.children);
    // Not a request's failure: the boundary above gets it, as if this one were not there.
    if (state.caught === 'other') throw state.error;
    return (
      <Fallback
        options={props}
        error={state.error}
        onRetry={this.retry}
        reset={this.resetByApp}
        node={this.fallbackNode}
        takeFocus={this.takeFocus}
      />
    );
  }
}

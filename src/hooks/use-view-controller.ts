import { asController } from './brand';
import {
  type ConnectStatus,
  type UseConnectStatusOptions,
  useConnectStatus,
} from './useConnectStatus';

/** What a component shows: the app's controller, or its own, and whether it is "Back to normal". */
export interface ViewController {
  controller: ConnectStatus;
  /** The app's own controller, checked; undefined when the component runs its own hook. */
  passed?: ConnectStatus;
  /** The app cleared its failure once a retry worked: the view says so until its next status. */
  recovered: boolean;
}

/**
 * The controller an alert or a page shows: the app's `controller` prop when it is one (checked:
 * junk means "not given"), else one from `status` and the hook's options, read from the
 * component's props. The hook always runs (hooks cannot be conditional); beside the app's
 * controller it gets no status and no options, so it stays idle and never retries.
 */
export function useViewController(
  given: unknown,
  status: unknown,
  props: UseConnectStatusOptions,
): ViewController {
  const passed = asController(given);
  // The hook reads and checks each option itself (a non-function onRetry: not given).
  const own = useConnectStatus(passed ? null : status, passed ? undefined : props);
  const controller = passed ?? own;
  const recovered =
    controller.empty === true &&
    controller.retryState === 'idle' &&
    controller.outcome === 'recovered';
  return { controller, passed, recovered };
}

import { useEffect, useRef } from 'react';
import type { StatusState } from '../core/state';
import { useProviderListeners } from './events-context';
import { emit } from './status-events';

/**
 * A `shown` event for a view that shows a status without a retry cycle (a badge given `status`):
 * once per failure it shows, to its providers' `onStatus`. `state` changes only with the input,
 * so re-renders are not news, nor is StrictMode's second run of the effect. The state and code
 * only: a badge reads no URL, method or operation id (that would weigh on every table of them;
 * the hook's events carry them).
 */
export function useShownEvent(state: StatusState | undefined) {
  const listeners = useProviderListeners();
  const told = useRef<StatusState>(undefined);
  useEffect(() => {
    if (!state || told.current === state || listeners.length === 0) return;
    told.current = state;
    if (state.severity === 'error' || state.severity === 'warning') {
      emit(listeners, { type: 'shown', key: state.key, code: state.code });
    }
  }, [state, listeners]);
}

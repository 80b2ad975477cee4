import { useEffect, useRef } from 'react';
import { redactUrl } from '../core/redact-url';
import { requestUrlOf } from '../core/request-key';
import type { StatusState } from '../core/state';
import { useProviderListeners } from './events-context';
import { emit } from './status-events';

/**
 * A `shown` event for a view that shows a status without a retry cycle (a badge given `status`):
 * once per failure it shows, to its providers' `onStatus`. `state` changes only with the input,
 * so re-renders are not news, nor is StrictMode's second run of the effect.
 */
export function useShownEvent(state: StatusState | undefined, input: unknown, method: unknown) {
  const listeners = useProviderListeners();
  const told = useRef<StatusState>(undefined);
  useEffect(() => {
    if (!state || told.current === state || listeners.length === 0) return;
    told.current = state;
    if (state.severity !== 'error' && state.severity !== 'warning') return;
    const url = redactUrl(requestUrlOf(input));
    emit(listeners, {
      type: 'shown',
      key: state.key,
      code: state.code,
      ...(typeof method === 'string' && method !== '' && { method: method.toUpperCase() }),
      ...(url && { url }),
    });
  }, [state, input, method, listeners]);
}

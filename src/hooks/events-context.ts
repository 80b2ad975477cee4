import { createContext, useContext } from 'react';
import type { StatusListener } from './status-events';

const none: readonly StatusListener[] = [];

/**
 * The `onStatus` of every provider above, outermost first: one stable function each, so two
 * views under different providers still call each provider's listener once per event.
 */
export const EventsContext = createContext<readonly StatusListener[]>(none);

export function useProviderListeners(): readonly StatusListener[] {
  return useContext(EventsContext);
}

import { createContext } from 'react';
import type { RetryStore } from './retry-store';

/**
 * The retry memory of the outermost ConnectStatusProvider, empty until a view below needs it
 * (store-context.ts fills it): the provider carries no store of its own, so an app that wraps
 * itself in one for words or onStatus and shows only badges never loads it.
 */
export interface StoreBox {
  store?: RetryStore;
}

export const StoreBoxContext = createContext<StoreBox | undefined>(undefined);

import { createContext, useContext } from 'react';
import { defaultRetryStore, type RetryStore } from './retry-store';

/** The retry memory below a ConnectStatusProvider; the module's own store elsewhere. */
export const RetryStoreContext = createContext<RetryStore>(defaultRetryStore);

export function useRetryStore(): RetryStore {
  return useContext(RetryStoreContext);
}

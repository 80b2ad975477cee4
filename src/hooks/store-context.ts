import { useContext } from 'react';
import { defaultRetryStore, RetryStore } from './retry-store';
import { StoreBoxContext } from './store-box';

/**
 * The retry memory below a ConnectStatusProvider, made by the first view that needs it (the
 * same one for every view below, however many renders race to make it); the module's own store
 * outside any provider.
 */
export function useRetryStore(): RetryStore {
  const box = useContext(StoreBoxContext);
  if (!box) return defaultRetryStore;
  box.store ??= new RetryStore();
  return box.store;
}

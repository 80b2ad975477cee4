import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};
const isClient = () => true;
const isServer = () => false;

/**
 * False in the server render and while hydrating, true from then on: words that depend on the
 * clock or the time zone wait for it, so the server's HTML and the browser's first render agree.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, isClient, isServer);
}

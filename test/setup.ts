import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { defaultRetryStore } from '../src/hooks/retry-store';

// Unit tests drive React through act() (fake timers, the retry store's updates): tell React this
// is an act environment, as Jest's would, so it does not warn on every act(). Not in Chromium,
// where the browser tests run on real timers and wrap nothing in act().
const inRealBrowser =
  typeof window !== 'undefined' &&
  typeof navigator !== 'undefined' &&
  !navigator.userAgent.includes('jsdom');
if (!inRealBrowser) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
}

// Retry cycles belong to requests and outlive components (the point of them); each test starts
// with none remembered, as a fresh page would: once the test's views are gone (below; Vitest
// runs afterEach hooks last registered first).
afterEach(() => {
  defaultRetryStore.clear();
});

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

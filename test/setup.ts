import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { defaultRetryStore } from '../src/hooks/retry-store';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// Retry cycles belong to requests and outlive components (the point of them); each test starts
// with none remembered, as a fresh page would.
afterEach(() => {
  defaultRetryStore.clear();
});

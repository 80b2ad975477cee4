import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'react-connect-status/styles.css';
import { App } from './App.tsx';

const queryClient = new QueryClient();

// biome-ignore lint/style/noNonNullAssertion: index.html has the root, as in create-vite's template
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);

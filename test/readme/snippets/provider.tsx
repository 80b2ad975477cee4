import type { ReactNode } from 'react';
import { ConnectStatusProvider } from 'react-connect-status';
import { de } from 'react-connect-status/locales/de';
import 'react-connect-status/styles.css';

// Wrap your app once, e.g. in main.tsx or a layout: every badge and alert below speaks German.
export function Providers({ children }: { children: ReactNode }) {
  return <ConnectStatusProvider messages={de}>{children}</ConnectStatusProvider>;
}

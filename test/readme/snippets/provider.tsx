import type { ReactNode } from 'react';
import { ConnectStatusProvider } from 'react-connect-status';
import { de } from 'react-connect-status/locales/de';

// Wrap your app once (main.tsx, a layout): every badge and alert below speaks German (fr, es
// and ja likewise; docs/languages.md has your own words), and a word a locale lacks is English.
export function Providers({ children }: { children: ReactNode }) {
  return <ConnectStatusProvider messages={de}>{children}</ConnectStatusProvider>;
}

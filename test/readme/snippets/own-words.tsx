import type { ReactNode } from 'react';
import { ConnectStatusProvider, type MessageOverrides } from 'react-connect-status';
import { de } from 'react-connect-status/locales/de';

// Your own words on top of a locale. A message with a count has a form for each plural
// category the language uses (Intl.PluralRules names them): `other` always, here `one` too.
const overrides: MessageOverrides = {
  states: { 503: { title: 'Wartung läuft' } },
  ui: {
    exhausted: {
      one: 'Nach einem Versuch geht es noch immer nicht. Bitte melden Sie sich beim Support.',
      other: 'Nach {max} Versuchen geht es noch immer nicht. Bitte melden Sie sich beim Support.',
    },
  },
};

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ConnectStatusProvider messages={de} overrides={overrides}>
      {children}
    </ConnectStatusProvider>
  );
}

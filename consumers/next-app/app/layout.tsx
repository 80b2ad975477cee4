import type { Metadata } from 'next';
import { ConnectStatusProvider } from 'react-connect-status';
import { de } from 'react-connect-status/locales/de';
import 'react-connect-status/styles.css';

export const metadata: Metadata = {
  title: 'react-connect-status consumer (Next.js)',
};

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang="de">
      <body>
        <ConnectStatusProvider messages={de}>{children}</ConnectStatusProvider>
      </body>
    </html>
  );
}

import { StatusPage } from 'react-connect-status';
import 'react-connect-status/styles.css';

/** What a route renders when its data cannot load: the whole page says what happened. */
export function StreamRouteFailed({
  error,
  reload,
  openAccessRequest,
}: {
  error: unknown;
  reload: () => Promise<unknown>;
  openAccessRequest: () => void;
}) {
  return (
    <StatusPage
      status={error}
      // A 503 or offline page gets Try again, with the countdown and the retry budget.
      onRetry={reload}
      // One per next step; the page shows the one its state asks for, in the catalog's words.
      actions={{
        'sign-in': '/login?next=%2Fstreams', // a URL: a link
        'request-access': openAccessRequest, // a function: a button
        'check-address': () => window.history.back(),
        'contact-support': 'mailto:support@example.com',
      }}
    />
  );
}

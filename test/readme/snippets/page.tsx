import { StatusPage } from 'react-connect-status';

type Props = { error: unknown; reload: () => Promise<unknown>; openAccessRequest: () => void };

/** What a route renders when its data cannot load: the whole page says what happened. */
export function StreamRouteFailed({ error, reload, openAccessRequest }: Props) {
  return (
    <StatusPage
      status={error}
      onRetry={reload} // a 503 or offline page gets Try again, with the countdown and the budget
      // One per next step: the page shows the one its state asks for, in the catalog's words.
      actions={{
        'sign-in': '/login?next=%2Fstreams', // a URL: a link
        'request-access': openAccessRequest, // a function: a button
        'contact-support': 'mailto:support@example.com',
      }}
    />
  );
}

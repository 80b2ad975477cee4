'use client';
// app/streams/[id]/error.tsx in the Next.js App Router: what a failed render can still say
import { describeStatus, StatusPage, useMessages } from 'react-connect-status';

export default function StreamError({ error, retry }: { error: unknown; retry: () => void }) {
  const { ui } = useMessages();
  // In production an error thrown in a Server Component arrives as an Error with a digest and
  // nothing else: the page says "Something went wrong", which is all it knows. A value thrown in
  // a Client Component arrives whole, and the page reads it as usual.
  const retryable = describeStatus(error).retry.retryable;
  return (
    <div>
      <StatusPage
        status={error}
        onRetry={retry} // fetches the segment again (Next.js 16.3+; `unstable_retry` in 16.2)
        actions={{ 'contact-support': 'mailto:support@example.com' }}
      />
      {/* The page offers Try again only where it knows a retry helps; after a failed render,
          rendering again is always worth a try. */}
      {!retryable && (
        <button type="button" className="rcs-button" data-variant="primary" onClick={retry}>
          {ui.retry}
        </button>
      )}
    </div>
  );
}

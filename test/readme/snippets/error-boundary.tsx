import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ConnectErrorBoundary } from 'react-connect-status';
import { fetchStream } from './stream';

function StreamTitle({ id }: { id: string }) {
  // Suspends while it loads, and throws a failure to the boundary.
  const { data } = useSuspenseQuery({
    queryKey: ['stream', id],
    queryFn: () => fetchStream(id),
    retry: false, // the boundary retries, with a countdown people can stop
  });
  return <h2>{data.Name}</h2>;
}

export function StreamPage({ id }: { id: string }) {
  // reset() lets the failed query fetch again when the boundary renders it again.
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ConnectErrorBoundary onReset={reset} resetKeys={[id]} autoRetry>
          <Suspense fallback={<p>Loading…</p>}>
            <StreamTitle id={id} />
          </Suspense>
        </ConnectErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

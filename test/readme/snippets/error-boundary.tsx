import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ConnectErrorBoundary } from 'react-connect-status';
import { fetchStream } from './stream';

function StreamTitle({ id }: { id: string }) {
  const { data } = useSuspenseQuery({
    queryKey: ['stream', id],
    queryFn: () => fetchStream(id),
    retry: false, // the boundary retries, with a countdown people can stop
  });
  return <h2>{data.Name}</h2>;
}

export function StreamPage({ id }: { id: string }) {
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

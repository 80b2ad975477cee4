import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ConnectErrorBoundary, readConnectError } from 'react-connect-status';

interface Stream {
  Id: string;
  Name: string;
}

async function fetchStream(id: string): Promise<Stream> {
  const response = await fetch(`/api/v1/tenants/t/namespaces/n/streams/${id}`);
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return response.json();
}

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

import { useQuery } from '@tanstack/react-query';
import { StatusAlert, StatusBadge } from 'react-connect-status';
import { useRetryRun } from 'react-connect-status/retry-run';
import { fetchStream } from './stream';

export function StreamPanel({ id }: { id: string }) {
  const retries = useRetryRun(); // the alert's rules, for this query
  const query = useQuery({
    queryKey: ['stream', id],
    ...retries.query(() => fetchStream(id)), // queryFn, retry and retryDelay
  });
  // What TanStack Query holds now, with its retry shown: countdown, Retry now, Cancel, the end.
  const status = retries.status(query.failureReason ?? query.error, () => query.refetch());
  return (
    <section>
      <h2>
        {query.data?.Name ?? id} <StatusBadge controller={status} />
      </h2>
      <StatusAlert controller={status} />
    </section>
  );
}

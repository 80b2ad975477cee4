import { useQuery } from '@tanstack/react-query';
import { StatusAlert } from 'react-connect-status';
import { connectRetryRules } from 'react-connect-status/retry-rules';
import { fetchStream } from './stream';

export function StreamSummary({ id }: { id: string }) {
  const { data, error, refetch, isFetching } = useQuery({
    queryKey: ['stream', id],
    queryFn: () => fetchStream(id),
    ...connectRetryRules(), // retry and retryDelay: the alert's rules, Retry-After included
  });
  return (
    <section>
      {/* Once TanStack Query's retries ran out; Try again starts another round. */}
      {error != null && !isFetching && <StatusAlert status={error} onRetry={() => refetch()} />}
      {data && <h2>{data.Name}</h2>}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { StatusAlert } from 'react-connect-status';
import { fetchStream } from './stream';

export function StreamPanel({ id }: { id: string }) {
  const queryKey = ['stream', id]; // the alert's requestKey too: one retry count per query
  const { data, error, refetch } = useQuery({
    queryKey,
    queryFn: () => fetchStream(id),
    retry: false, // the alert retries, with a countdown people can stop
  });
  const retry = () => refetch({ throwOnError: true }); // rejects when the retry fails
  return (
    <section>
      <StatusAlert status={error} onRetry={retry} requestKey={queryKey} autoRetry />
      {data && <h2>{data.Name}</h2>}
    </section>
  );
}

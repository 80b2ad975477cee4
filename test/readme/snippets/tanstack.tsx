import { useQuery } from '@tanstack/react-query';
import { readConnectError, StatusAlert } from 'react-connect-status';

interface Stream {
  Id: string;
  Name: string;
}

async function fetchStream(id: string): Promise<Stream> {
  const response = await fetch(`/api/v1/tenants/t/namespaces/n/streams/${id}`);
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return response.json();
}

export function StreamPanel({ id }: { id: string }) {
  const { data, error, refetch } = useQuery({
    queryKey: ['stream', id],
    queryFn: () => fetchStream(id),
    retry: false, // the alert retries, with a countdown people can stop
  });
  return (
    <section>
      <StatusAlert status={error} onRetry={() => refetch({ throwOnError: true })} autoRetry />
      {data && <h2>{data.Name}</h2>}
    </section>
  );
}

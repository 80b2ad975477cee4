import { readConnectError, StatusAlert } from 'react-connect-status';
import useSWR from 'swr';

interface Stream {
  Id: string;
  Name: string;
}

async function fetchStream(url: string): Promise<Stream> {
  const response = await fetch(url);
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return response.json();
}

export function StreamPanel({ id }: { id: string }) {
  const { data, error, mutate } = useSWR(
    `/api/v1/tenants/t/namespaces/n/streams/${id}`,
    fetchStream,
    { shouldRetryOnError: false }, // the alert retries, with a countdown people can stop
  );
  // mutate() resolves even when the request fails again. SWR shows the new error at once, and the
  // alert counts a failure shown while its retry runs as that retry failing.
  return (
    <section>
      <StatusAlert status={error} onRetry={() => mutate()} autoRetry />
      {data && <h2>{data.Name}</h2>}
    </section>
  );
}

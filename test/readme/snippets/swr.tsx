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
  const key = `/api/v1/tenants/t/namespaces/n/streams/${id}`;
  const { data, error, mutate } = useSWR(key, fetchStream, {
    shouldRetryOnError: false, // the alert retries, with a countdown people can stop
  });
  // mutate() resolves even when the request fails again: SWR shows the new error, and the alert
  // counts a failure still shown as a failed try. requestKey: views of this key share one count.
  return (
    <section>
      <StatusAlert status={error} onRetry={() => mutate()} requestKey={key} autoRetry />
      {data && <h2>{data.Name}</h2>}
    </section>
  );
}

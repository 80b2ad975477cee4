import { StatusAlert } from 'react-connect-status';
import useSWR from 'swr';
import { fetchStream, streamUrl } from './stream';

export function StreamPanel({ id }: { id: string }) {
  const key = streamUrl(id);
  const { data, error, mutate } = useSWR(key, () => fetchStream(id), {
    shouldRetryOnError: false, // the alert retries, with a countdown people can stop
  });
  return (
    <section>
      <StatusAlert status={error} onRetry={() => mutate()} requestKey={key} autoRetry />
      {data && <h2>{data.Name}</h2>}
    </section>
  );
}

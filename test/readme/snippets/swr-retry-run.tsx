import { StatusAlert } from 'react-connect-status';
import { useRetryRun } from 'react-connect-status/retry-run';
import useSWR from 'swr';
import { fetchStream, streamUrl } from './stream';

export function StreamCard({ id }: { id: string }) {
  const retries = useRetryRun();
  const { data, error, mutate } = useSWR(
    streamUrl(id),
    retries.fetcher(() => fetchStream(id)),
    {
      onErrorRetry: retries.onErrorRetry,
    },
  );
  return (
    <section>
      {/* Mounted throughout: nothing without a failure, "Back to normal" once a retry worked. */}
      <StatusAlert controller={retries.status(error, () => mutate())} />
      {data && <p>{data.Name}</p>}
    </section>
  );
}

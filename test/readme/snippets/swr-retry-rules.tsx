import { StatusBadge } from 'react-connect-status';
import { connectRetryRules } from 'react-connect-status/retry-rules';
import useSWR from 'swr';
import { fetchStream, streamUrl } from './stream';

const { retry, retryDelay } = connectRetryRules();

export function StreamCell({ id }: { id: string }) {
  const { data, error } = useSWR(streamUrl(id), () => fetchStream(id), {
    // SWR counts from 1, the rules from 0 (the retries already made).
    onErrorRetry: (failure, _key, _config, revalidate, options) => {
      const made = options.retryCount - 1;
      if (retry(made, failure)) setTimeout(revalidate, retryDelay(made, failure), options);
    },
  });
  return data ? <span>{data.Name}</span> : <StatusBadge status={error} />;
}

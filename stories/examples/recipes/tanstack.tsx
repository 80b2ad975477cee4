import { QueryClient, useQuery } from '@tanstack/react-query';
import { StatusAlert, useConnectStatus } from '../../../src';
import { getJson } from './fetch';

interface Stream {
  Id: string;
  Name: string;
}

// TanStack's own retry off: one retry policy (the status controller's) decides, with Retry-After.
export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false } } });

export function StreamListQuery({ url }: { url: string }) {
  const query = useQuery({
    queryKey: ['streams', url],
    queryFn: ({ signal }) => getJson<Stream[]>(url, signal),
  });
  const controller = useConnectStatus(query.error, {
    // Rejects when the refetch fails, so each attempt counts.
    onRetry: () => query.refetch({ throwOnError: true }),
    autoRetry: true,
    method: 'GET',
  });

  if (query.error) return <StatusAlert controller={controller} />;
  if (!query.data) return <p>Loading…</p>;
  return (
    <ul>
      {query.data.map((stream) => (
        <li key={stream.Id}>{stream.Name}</li>
      ))}
    </ul>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { readConnectError, StatusAlert, useConnectStatus } from '../../../src';

interface Stream {
  Id: string;
  Name: string;
}

/** GET JSON. A failed response becomes a plain ConnectError: status, Retry-After, CONNECT body. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return (await response.json()) as T;
}

export function StreamList({ url }: { url: string }) {
  const [streams, setStreams] = useState<Stream[]>();
  const [error, setError] = useState<unknown>(null);

  // Resolves when the load works and rejects when it fails: that is how a retry is counted.
  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setStreams(await getJson<Stream[]>(url, signal));
        setError(null);
      } catch (caught) {
        if (signal?.aborted) return;
        setError(caught);
        throw caught;
      }
    },
    [url],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).catch(() => {}); // the error is in state
    return () => controller.abort();
  }, [load]);

  const controller = useConnectStatus(error, {
    onRetry: () => load(),
    autoRetry: true,
    method: 'GET',
  });

  if (error) return <StatusAlert controller={controller} />;
  if (!streams) return <p>Loading…</p>;
  return (
    <ul>
      {streams.map((stream) => (
        <li key={stream.Id}>{stream.Name}</li>
      ))}
    </ul>
  );
}

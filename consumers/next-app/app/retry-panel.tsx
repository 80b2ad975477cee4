'use client';

import { useCallback, useEffect, useState } from 'react';
import { readConnectError, StatusAlert } from 'react-connect-status';

interface Stream {
  Id: string;
  Name: string;
}

/** Loads a stream in the browser through this app's /api proxy, and retries when it fails. */
export function RetryPanel({ id }: { id: string }) {
  const [stream, setStream] = useState<Stream>();
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const response = await fetch(`/api/v1/tenants/t/namespaces/n/streams/${id}`);
      if (!response.ok) throw await readConnectError(response, { method: 'GET' });
      setStream(await response.json());
      setError(null);
    } catch (caught) {
      setError(caught);
      throw caught;
    }
  }, [id]);

  useEffect(() => {
    reload().catch(() => {});
  }, [reload]);

  return (
    <section id="client-panel">
      <StatusAlert status={error} onRetry={reload} autoRetry />
      {stream ? <h2>{stream.Name}</h2> : !error && <p>Lädt…</p>}
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { StatusAlert } from 'react-connect-status';
import 'react-connect-status/styles.css';
import { fetchStream, type Stream } from './stream';

export function StreamPanel({ id }: { id: string }) {
  const [stream, setStream] = useState<Stream>();
  const [error, setError] = useState<unknown>(null);

  // Resolves when the stream loads and rejects when it fails: that is how the alert counts a try.
  const reload = useCallback(async () => {
    try {
      setStream(await fetchStream(id));
      setError(null);
    } catch (caught) {
      setError(caught); // a ConnectError, a TypeError from fetch (offline), an AbortError…
      throw caught;
    }
  }, [id]);

  useEffect(() => {
    reload().catch(() => {}); // the error is in state: the alert shows it
  }, [reload]);

  return (
    <section>
      {/* Keep the alert mounted: it shows nothing for null, and "Back to normal" after a retry worked */}
      <StatusAlert status={error} onRetry={reload} autoRetry />
      {stream ? <h2>{stream.Name}</h2> : !error && <p>Loading…</p>}
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { readConnectError, StatusAlert } from 'react-connect-status';

/*
 * Not a README snippet: the app's own page for the most ordinary CONNECT read, a stream's data
 * window ending now. Its URL differs on every attempt (endIndex is the moment of the request),
 * while the alert is wired exactly as the README's "Use" recipe wires it: kept mounted, and a
 * reload that rejects when it fails.
 */

interface DataEvent {
  Timestamp: string;
  Value: number;
}

/** Midnight UTC today: the window's start, the same for every attempt within a day. */
function startOfToday(): string {
  const start = new Date();
  start.setUTCHours(0, 0, 0, 0);
  return start.toISOString();
}

async function loadWindow(id: string): Promise<DataEvent[]> {
  const range = new URLSearchParams({
    startIndex: startOfToday(),
    endIndex: new Date().toISOString(),
  });
  const response = await fetch(`/api/v1/tenants/t/namespaces/n/streams/${id}/Data?${range}`);
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return response.json();
}

export function StreamWindow({ id }: { id: string }) {
  const [values, setValues] = useState<DataEvent[]>();
  const [error, setError] = useState<unknown>(null);

  // Resolves when the window loads and rejects when it fails: that is how the alert counts a try.
  const reload = useCallback(async () => {
    try {
      setValues(await loadWindow(id));
      setError(null);
    } catch (caught) {
      setError(caught);
      throw caught;
    }
  }, [id]);

  useEffect(() => {
    reload().catch(() => {}); // the error is in state: the alert shows it
  }, [reload]);

  return (
    <section>
      <StatusAlert status={error} onRetry={reload} autoRetry />
      {values ? (
        <p>
          Stream {id}: {values.length} values since {values[0]?.Timestamp ?? 'today'}
        </p>
      ) : (
        !error && <p>Loading…</p>
      )}
    </section>
  );
}

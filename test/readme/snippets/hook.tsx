import { useCallback, useEffect, useState } from 'react';
import { StatusAlert, StatusBadge, useConnectStatus } from 'react-connect-status';
import { fetchStream, type Stream } from './stream';

function useStream(id: string) {
  const [stream, setStream] = useState<Stream>();
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setStream(await fetchStream(id));
      setError(null);
    } catch (caught) {
      setError(caught);
      throw caught; // so a failed retry rejects
    }
  }, [id]);
  useEffect(() => {
    reload().catch(() => {});
  }, [reload]);
  return { stream, error, reload };
}

export function StreamStatus({ id }: { id: string }) {
  const { stream, error, reload } = useStream(id);
  const controller = useConnectStatus(error, {
    onRetry: reload, // return a promise that rejects when the retry fails
    autoRetry: true, // only where it is safe: retryable state, and GET/HEAD/OPTIONS/PUT/DELETE
    maxAttempts: 3, // retries, not counting the original request
  });
  // `retryInMs` exists only while a retry is scheduled: check `retryState` first.
  const seconds =
    controller.retryState === 'scheduled' ? Math.ceil(controller.retryInMs / 1000) : 0;
  // The panel's own refresh button skips the countdown: one controller, so everything agrees.
  const refresh = () => (controller.canRetry ? controller.retry() : void reload().catch(() => {}));

  return (
    <section aria-busy={controller.retryState === 'retrying'}>
      <h2>
        {stream?.Name ?? id} <StatusBadge controller={controller} />
      </h2>
      <button type="button" onClick={refresh} disabled={controller.retryState === 'retrying'}>
        {seconds > 0 ? `Refresh (automatic in ${seconds} s)` : 'Refresh'}
      </button>
      <StatusAlert controller={controller} />
    </section>
  );
}

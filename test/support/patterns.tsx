import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { readConnectError, StatusAlert } from '../../src';

/*
 * Ordinary app glue around a failing request, as people write it: the retry budget must hold
 * under each (test/hooks/retry-budget.test.tsx in jsdom, test/browser/ in Chromium).
 */

/** The README's fetch helper: a failed response becomes a ConnectError. */
export async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return response.json();
}

/**
 * TanStack Query with the alert rendered only while there is an error, as the README's recipe was
 * before #9 (`throwOnError: false`: the usual slip). The README's recipe itself, which keeps the
 * alert mounted, runs in test/browser/readme-recipes.test.tsx.
 */
export function QueryAlertOnError({
  url,
  throwOnError = true,
}: {
  url: string;
  throwOnError?: boolean;
}) {
  const { data, error, refetch } = useQuery({
    queryKey: ['stream', url],
    queryFn: () => getJson(url),
    retry: false,
  });
  if (error) {
    return <StatusAlert status={error} onRetry={() => refetch({ throwOnError })} autoRetry />;
  }
  return <pre>{JSON.stringify(data, null, 2)}</pre>;
}

/**
 * Clears the error when a reload starts. `load` swallows its error unless `rethrow`, so its
 * promise resolves either way; `code` passes the bare status, which carries no URL.
 */
export function ClearsOnReload({
  url,
  rethrow = false,
  code = false,
}: {
  url: string;
  rethrow?: boolean;
  code?: boolean;
}) {
  const [error, setError] = useState<{ status: number } | null>(null);
  const load = useCallback(async () => {
    setError(null);
    try {
      await getJson(url);
    } catch (caught) {
      setError(caught as { status: number });
      if (rethrow) throw caught;
    }
  }, [url, rethrow]);
  useEffect(() => {
    load().catch(() => {});
  }, [load]);
  if (!error) return <p>Loading…</p>;
  return <StatusAlert status={code ? error.status : error} onRetry={load} autoRetry />;
}

/**
 * A busy flag beside the error: the alert hidden while loading (`hide`), auto-retry paused
 * while loading (`pause`), or the error kept on screen while reloading (`keep`).
 */
export function WithBusyFlag({
  url,
  variant,
}: {
  url: string;
  variant: 'hide' | 'pause' | 'keep';
}) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(true);
  const load = useCallback(async () => {
    setBusy(true);
    try {
      await getJson(url);
      setError(null);
    } catch (caught) {
      setError(caught);
      if (variant === 'keep') throw caught;
    } finally {
      setBusy(false);
    }
  }, [url, variant]);
  useEffect(() => {
    load().catch(() => {});
  }, [load]);
  if (variant === 'hide') {
    return error && !busy ? <StatusAlert status={error} onRetry={load} autoRetry /> : <p>…</p>;
  }
  if (variant === 'pause') return <StatusAlert status={error} onRetry={load} autoRetry={!busy} />;
  return <StatusAlert status={error} onRetry={load} autoRetry />;
}

/** A parent that remounts the alert for every new error (a `key` per error). */
export function RemountsPerError({ url }: { url: string }) {
  const [error, setError] = useState<unknown>(null);
  const [count, setCount] = useState(0);
  const load = useCallback(async () => {
    try {
      await getJson(url);
    } catch (caught) {
      setError(caught);
      setCount((n) => n + 1);
      throw caught;
    }
  }, [url]);
  useEffect(() => {
    load().catch(() => {});
  }, [load]);
  return <StatusAlert key={count} status={error} onRetry={load} autoRetry />;
}

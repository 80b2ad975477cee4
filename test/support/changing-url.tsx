import { useCallback, useEffect, useState } from 'react';
import { StatusAlert } from '../../src';
import { getJson } from './patterns';

/*
 * The most ordinary CONNECT read: a stream's data window ending "now". Its URL differs on every
 * attempt (the query's endIndex), yet it is one request to the person looking at it, and its
 * retry budget must hold: 1 request of its own + maxAttempts retries against a service that
 * is down (test/browser/changing-url.test.tsx in Chromium).
 */

/** Where every window in these tests starts (any fixed instant does). */
export const WINDOW_START = '2026-12-06T00:00:00Z';

/**
 * `<stream>/Data?startIndex=…&endIndex=<now>`: a new URL on every call, as a time-series view
 * that reloads "the last N hours" makes. `stream` is the stream's URL, e.g.
 * `/api/v1/tenants/t/namespaces/n/streams/s1`.
 */
export const windowUrl = (stream: string) =>
  `${stream}/Data?startIndex=${WINDOW_START}&endIndex=${new Date().toISOString()}`;

/** Reads a stream's data window ending now with the README's fetch helper (a ConnectError on failure). */
export const readWindow = (stream: string) => getJson(windowUrl(stream));

/** A fixed window (the same URL every time), to tell a changing failure kind from a changing URL. */
export const readFixedWindow = (stream: string) =>
  getJson(`${stream}/Data?startIndex=${WINDOW_START}&endIndex=2026-12-07T00:00:00Z`);

/**
 * A URL that fails at the network level: fetch rejects with a TypeError ("Failed to fetch"), as
 * it does offline. Chromium refuses port 9 (discard) outright, so no request leaves the browser.
 */
export const UNREACHABLE = 'http://127.0.0.1:9/';

/**
 * A read whose failures alternate between the service's 503 (odd attempts: the window read) and a
 * network failure (even attempts: a fetch of UNREACHABLE that rejects with a TypeError).
 * `networkFailures()` says how many attempts failed that way; the endpoint counts the others.
 */
export function alternatingRead(read: (stream: string) => Promise<unknown> = readWindow) {
  let attempts = 0;
  let networkFailures = 0;
  return {
    read: async (stream: string): Promise<unknown> => {
      attempts += 1;
      if (attempts % 2 === 1) return read(stream);
      try {
        return await getJson(UNREACHABLE);
      } catch (caught) {
        if (caught instanceof TypeError) networkFailures += 1;
        throw caught;
      }
    },
    networkFailures: () => networkFailures,
  };
}

/** The README "Use" recipe's state, with a busy flag beside it; `reload` rejects on failure. */
function useWindow(stream: string, read: (stream: string) => Promise<unknown>) {
  const [data, setData] = useState<unknown>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(true);
  const reload = useCallback(async () => {
    setBusy(true);
    try {
      setData(await read(stream));
      setError(null);
    } catch (caught) {
      setError(caught); // a ConnectError, a TypeError from fetch (offline)…
      throw caught;
    } finally {
      setBusy(false);
    }
  }, [stream, read]);
  useEffect(() => {
    reload().catch(() => {}); // the error is in state: the alert shows it
  }, [reload]);
  return { data, error, busy, reload };
}

interface WindowProps {
  /** The stream's URL; each read appends `/Data?startIndex=…&endIndex=<now>`. */
  stream: string;
  /** How a window is read; `readWindow` unless a test mixes in other failures. */
  read?: (stream: string) => Promise<unknown>;
}

const shown = (data: unknown) => (Array.isArray(data) ? `${data.length} values` : 'No values');

/** The README "Use" recipe, reading a window ending now: the alert stays mounted. */
export function WindowPanel({ stream, read = readWindow }: WindowProps) {
  const { data, error, reload } = useWindow(stream, read);
  return (
    <section>
      <StatusAlert status={error} onRetry={reload} autoRetry />
      {data !== undefined ? <p>{shown(data)}</p> : !error && <p>Loading…</p>}
    </section>
  );
}

/**
 * The same read with the alert rendered only while there is an error and hidden while loading,
 * so every failure mounts a new alert.
 */
export function WindowPanelWhileFailed({ stream, read = readWindow }: WindowProps) {
  const { data, error, busy, reload } = useWindow(stream, read);
  return (
    <section>
      {error != null && !busy && <StatusAlert status={error} onRetry={reload} autoRetry />}
      {busy ? <p>Loading…</p> : data !== undefined && <p>{shown(data)}</p>}
    </section>
  );
}

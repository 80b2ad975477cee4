/**
 * The data layer with plain fetch: a small resource hook (load on mount and on a new key, abort
 * the old request, keep the error) and an action hook. Failed responses arrive as ConnectErrors
 * from the API client; `reload` rejects on failure so `useConnectStatus` counts the attempt.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Action, type DataLayer, type Resource, shown, useApi } from './layer';

type Loaded<T> = { key: string; data?: T; error: unknown; loading: boolean };

function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<Loaded<T>>({ key, error: null, loading: true });
  const loader = useRef(load);
  loader.current = load;
  const currentKey = useRef(key);
  currentKey.current = key;
  const inFlight = useRef<AbortController | null>(null);

  const run = useCallback(async (forKey: string) => {
    inFlight.current?.abort();
    const own = new AbortController();
    inFlight.current = own;
    setState((s) =>
      s.key === forKey ? { ...s, loading: true } : { key: forKey, error: null, loading: true },
    );
    try {
      const data = await loader.current(own.signal);
      if (!own.signal.aborted) setState({ key: forKey, data, error: null, loading: false });
      return data;
    } catch (error) {
      // Replaced by a newer load (or unmounted): not this request's failure to report.
      if (own.signal.aborted) return undefined;
      setState((s) => ({ key: forKey, data: s.data, error, loading: false }));
      throw error;
    }
  }, []);

  useEffect(() => {
    run(key).catch(shown);
    return () => inFlight.current?.abort();
  }, [key, run]);

  const reload = useCallback(() => run(currentKey.current), [run]);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : null,
    loading: !current || state.loading,
    reload,
  };
}

function useAction<A, R>(perform: (args: A) => Promise<R>): Action<A, R> {
  const [state, setState] = useState<{ data?: R; error: unknown; pending: boolean }>({
    error: null,
    pending: false,
  });
  const performer = useRef(perform);
  performer.current = perform;
  const run = useCallback(async (args: A) => {
    setState((s) => ({ ...s, pending: true }));
    try {
      const data = await performer.current(args);
      setState({ data, error: null, pending: false });
      return data;
    } catch (error) {
      setState({ error, pending: false });
      throw error;
    }
  }, []);
  const reset = useCallback(() => setState({ error: null, pending: false }), []);
  return { data: state.data, error: state.error, pending: state.pending, run, reset };
}

export const fetchLayer: DataLayer = {
  Provider: ({ children }) => children,
  useNamespaces() {
    const api = useApi();
    return useResource('namespaces', (signal) => api.listNamespaces(signal));
  },
  useStreams(ns) {
    const api = useApi();
    return useResource(ns, (signal) => api.listStreams(ns, signal));
  },
  useLatest(ns, id) {
    const api = useApi();
    return useResource(`${ns}/${id}`, (signal) => api.latestValue(ns, id, signal));
  },
  useStream(ns, id) {
    const api = useApi();
    return useResource(`${ns}/${id}`, (signal) => api.getStream(ns, id, signal));
  },
  useRange(ns, id, range) {
    const api = useApi();
    return useResource(`${ns}/${id}/${range}`, (signal) => api.readRange(ns, id, range, signal));
  },
  useSave(ns) {
    const api = useApi();
    return useAction(({ stream, etag }) => api.saveStream(ns, stream, etag));
  },
  useCreate(ns) {
    const api = useApi();
    return useAction((def) => api.createStream(ns, def));
  },
  useImport(ns) {
    const api = useApi();
    return useAction((batch) => api.importStreams(ns, batch));
  },
};

/**
 * The data layer with TanStack Query. Its own retry is off (`retry: false`), so the library's
 * retry controller is the only one deciding when to try again; `reload` is
 * `refetch({ throwOnError: true })`, which rejects when the refetch fails, so each attempt counts.
 */
import {
  QueryClient,
  QueryClientProvider,
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { type Action, type DataLayer, type Resource, useApi } from './layer';

/** A client per mounted dashboard, so every story starts with an empty cache. */
function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: false, refetchOnWindowFocus: false },
          mutations: { retry: false },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function resource<T>(query: UseQueryResult<T>): Resource<T> {
  return {
    data: query.data,
    error: query.error,
    loading: query.isPending || query.isFetching,
    reload: () => query.refetch({ throwOnError: true }),
  };
}

function action<A, R>(mutation: UseMutationResult<R, Error, A>): Action<A, R> {
  return {
    run: mutation.mutateAsync,
    data: mutation.data,
    error: mutation.error,
    pending: mutation.isPending,
    reset: mutation.reset,
  };
}

export const queryLayer: DataLayer = {
  Provider: QueryProvider,
  useNamespaces() {
    const api = useApi();
    return resource(
      useQuery({ queryKey: ['namespaces'], queryFn: ({ signal }) => api.listNamespaces(signal) }),
    );
  },
  useStreams(ns) {
    const api = useApi();
    return resource(
      useQuery({ queryKey: ['streams', ns], queryFn: ({ signal }) => api.listStreams(ns, signal) }),
    );
  },
  useLatest(ns, id) {
    const api = useApi();
    return resource(
      useQuery({
        queryKey: ['latest', ns, id],
        queryFn: ({ signal }) => api.latestValue(ns, id, signal),
      }),
    );
  },
  useStream(ns, id) {
    const api = useApi();
    return resource(
      useQuery({
        queryKey: ['stream', ns, id],
        queryFn: ({ signal }) => api.getStream(ns, id, signal),
      }),
    );
  },
  useRange(ns, id, range) {
    const api = useApi();
    return resource(
      useQuery({
        queryKey: ['range', ns, id, range],
        queryFn: ({ signal }) => api.readRange(ns, id, range, signal),
      }),
    );
  },
  useSave(ns) {
    const api = useApi();
    return action(
      useMutation({ mutationFn: ({ stream, etag }) => api.saveStream(ns, stream, etag) }),
    );
  },
  useCreate(ns) {
    const api = useApi();
    return action(useMutation({ mutationFn: (def) => api.createStream(ns, def) }));
  },
  useImport(ns) {
    const api = useApi();
    return action(useMutation({ mutationFn: (batch) => api.importStreams(ns, batch) }));
  },
};

/**
 * What the dashboard needs from a data layer. Built twice: with plain fetch (fetch-layer) and
 * with TanStack Query (query-layer). The panels are the same; only how requests run differs.
 */
import { createContext, type ReactNode, useContext } from 'react';
import type {
  Api,
  CreateResult,
  ImportResult,
  Namespace,
  Range,
  Stream,
  StreamDef,
  Versioned,
} from './api';

export interface Resource<T> {
  data: T | undefined;
  /** What the last load threw (a ConnectError, a TypeError when offline…); null when none. */
  error: unknown;
  loading: boolean;
  /** Loads again and rejects when that fails, so a retry controller can count the attempt. */
  reload: () => Promise<unknown>;
}

export interface Action<A, R> {
  /** Rejects when it fails; the error is also kept in `error` for the UI. */
  run: (args: A) => Promise<R>;
  data: R | undefined;
  error: unknown;
  pending: boolean;
  reset: () => void;
}

export type Reading = { Timestamp: string; Value: number };

export interface DataLayer {
  Provider: (props: { children: ReactNode }) => ReactNode;
  useNamespaces(): Resource<Namespace[]>;
  useStreams(ns: string): Resource<Stream[]>;
  useLatest(ns: string, id: string): Resource<Reading>;
  useStream(ns: string, id: string): Resource<Versioned<Stream>>;
  useRange(ns: string, id: string, range: Range): Resource<Reading[]>;
  useSave(ns: string): Action<{ stream: Stream; etag: string }, string>;
  useCreate(ns: string): Action<StreamDef, CreateResult>;
  useImport(ns: string): Action<StreamDef[], ImportResult>;
}

export const ApiContext = createContext<Api | null>(null);
export const LayerContext = createContext<DataLayer | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs <Dashboard>');
  return api;
}

export function useLayer(): DataLayer {
  const layer = useContext(LayerContext);
  if (!layer) throw new Error('useLayer needs <Dashboard>');
  return layer;
}

/** Ignores a rejection whose error the UI already shows from state. */
export const shown = () => undefined;

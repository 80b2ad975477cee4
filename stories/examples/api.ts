/**
 * The example app's API client: plain fetch, and every failed response turned into a plain
 * ConnectError by `readConnectError`, so both the fetch and the TanStack Query dashboards
 * throw the same thing and the status components read it the same way.
 */
import { type ConnectError, readConnectError } from '../../src';
import { API, type Namespace, type Range, type Stream, type StreamDef, TOKEN_URL } from '../mocks';

export type { Namespace, Range, Stream, StreamDef };

export interface Versioned<T> {
  item: T;
  /** The version tag to send back in If-Match when saving. */
  etag: string;
}

export interface CreateResult {
  /** 201 created; 302 when an identical stream was there (fetch followed the redirect to it). */
  status: 201 | 302;
  stream: Stream;
}

export interface ImportResult {
  created: Stream[];
  /** The 207 answer read into a ConnectError: failed items, counts, operation id. */
  partial?: ConnectError;
}

const path = (ns: string, id?: string) =>
  `${API}/namespaces/${encodeURIComponent(ns)}/streams${id ? `/${encodeURIComponent(id)}` : ''}`;

/** One client per app (per story), holding its sign-in. */
export function createApi() {
  let token = 'token-1';

  async function send(url: string, init: RequestInit = {}): Promise<Response> {
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    if (init.body) headers.set('Content-Type', 'application/json');
    const response = await fetch(url, { ...init, method, headers });
    // Read the error body once, size-capped, into a plain object the UI can describe.
    if (!response.ok) throw await readConnectError(response, { method });
    return response;
  }

  const json = async <T>(url: string, init?: RequestInit) =>
    (await (await send(url, init)).json()) as T;

  return {
    async signIn(): Promise<void> {
      const response = await fetch(TOKEN_URL, { method: 'POST' });
      if (!response.ok) throw await readConnectError(response, { method: 'POST' });
      token = ((await response.json()) as { access_token: string }).access_token;
    },

    listNamespaces: (signal?: AbortSignal) => json<Namespace[]>(`${API}/namespaces`, { signal }),

    getNamespace: (ns: string, signal?: AbortSignal) =>
      json<Namespace>(`${API}/namespaces/${encodeURIComponent(ns)}`, { signal }),

    listStreams: (ns: string, signal?: AbortSignal) => json<Stream[]>(path(ns), { signal }),

    latestValue: (ns: string, id: string, signal?: AbortSignal) =>
      json<{ Timestamp: string; Value: number }>(`${path(ns, id)}/data/last`, { signal }),

    readRange: (ns: string, id: string, range: Range, signal?: AbortSignal) =>
      json<{ Timestamp: string; Value: number }[]>(`${path(ns, id)}/data?range=${range}`, {
        signal,
      }),

    async getStream(ns: string, id: string, signal?: AbortSignal): Promise<Versioned<Stream>> {
      const response = await send(path(ns, id), { signal });
      return { item: (await response.json()) as Stream, etag: response.headers.get('ETag') ?? '' };
    },

    /** Saves with If-Match, so a change made elsewhere meanwhile answers 412, not a lost update. */
    async saveStream(ns: string, stream: Stream, etag: string): Promise<string> {
      const response = await send(path(ns, stream.Id), {
        method: 'PUT',
        headers: { 'If-Match': etag },
        body: JSON.stringify(stream),
      });
      return response.headers.get('ETag') ?? '';
    },

    async createStream(ns: string, def: StreamDef): Promise<CreateResult> {
      const response = await send(path(ns, def.Id), { method: 'POST', body: JSON.stringify(def) });
      const stream = (await response.json()) as Stream;
      // Browsers follow a 302 on their own; `redirected` is how the page learns it happened.
      return { status: response.redirected ? 302 : 201, stream };
    },

    async importStreams(ns: string, batch: StreamDef[]): Promise<ImportResult> {
      const response = await send(path(ns), { method: 'POST', body: JSON.stringify(batch) });
      if (response.status !== 207) return { created: (await response.json()) as Stream[] };
      // A 207 is a success with failed items in it: keep both lists.
      const body = (await response.clone().json()) as { Data?: Stream[] };
      return {
        created: body.Data ?? [],
        partial: await readConnectError(response, { method: 'POST' }),
      };
    },
  };
}

export type Api = ReturnType<typeof createApi>;

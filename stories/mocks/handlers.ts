import { HttpResponse, http } from 'msw';
import { importStreams } from './bulk';
import {
  API,
  latest,
  namespaces,
  type Range,
  ranges,
  type StreamDef,
  streams,
  TOKEN_URL,
  valuesPerRange,
} from './data';
import { refuse } from './errors';
import { etag, latency } from './respond';
import type { Scenario } from './scenarios';

const NS = `${API}/namespaces/:ns`;
const STREAM = `${NS}/streams/:id`;
const VALID_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The mock CONNECT API for one story run. State (sign-ins, versions, counters) lives in this
 * closure, so every call starts from the same known place.
 */
export function createHandlers(scenario: Scenario = {}) {
  const known = new Map(streams.map((stream) => [stream.Id, { ...stream }]));
  let version = 1;
  let unavailable = scenario.unavailableTimes ?? 0;
  let serverErrors = scenario.serverErrorTimes ?? 0;
  let online = !scenario.offlineUntilRetry;
  const failedWhileOffline = new Set<string>();
  let tokens = 1;
  const expired = new Set<string>();

  /** Runs before every API answer: the network, then the sign-in. */
  function gate(request: Request): HttpResponse<never> | HttpResponse<object> | undefined {
    if (!online) {
      const key = `${request.method} ${request.url}`;
      // A request seen before is a retry: by then the connection is back.
      if (!failedWhileOffline.has(key)) {
        failedWhileOffline.add(key);
        return HttpResponse.error();
      }
      online = true;
    }
    // No Authorization header stands for a same-origin session cookie, so the short recipes
    // need no sign-in code; an expired bearer token is refused.
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '');
    if (token !== undefined && expired.has(token)) {
      return refuse.signedOut();
    }
    return undefined;
  }

  /** The stream, or the answer that says why not (403 for the restricted namespace, 404). */
  function find(ns: string, id: string) {
    if (ns !== 'plant-a') return { answer: refuse.noRole(ns) };
    const stream = known.get(id);
    if (!stream || scenario.deleted?.includes(id)) return { answer: refuse.notFound(ns, id) };
    return { stream };
  }

  return [
    http.post(TOKEN_URL, async () => {
      await latency();
      tokens += 1;
      return HttpResponse.json({ access_token: `token-${tokens}`, expires_in: 3600 });
    }),

    http.get(`${API}/namespaces`, async ({ request }) => {
      await latency();
      return gate(request) ?? HttpResponse.json(namespaces);
    }),

    // One namespace, for a page that needs a role in it (its settings): 403 for plant-b.
    http.get(NS, async ({ request, params }) => {
      await latency();
      const stop = gate(request);
      if (stop) return stop;
      const namespace = namespaces.find((item) => item.Id === params.ns);
      if (params.ns !== 'plant-a' || !namespace) return refuse.noRole(String(params.ns));
      return HttpResponse.json(namespace);
    }),

    http.get(`${NS}/streams`, async ({ request, params }) => {
      await latency();
      const stop = gate(request);
      if (stop) return stop;
      if (params.ns !== 'plant-a') return refuse.noRole(String(params.ns));
      if (unavailable > 0) {
        unavailable -= 1;
        return refuse.unavailable(scenario.retryAfterSeconds ?? 1);
      }
      return HttpResponse.json([...known.values()]);
    }),

    http.get(`${STREAM}/data/last`, async ({ request, params }) => {
      await latency();
      const id = String(params.id);
      const found = gate(request) ?? find(String(params.ns), id).answer;
      return found ?? HttpResponse.json({ Timestamp: '2025-01-01T12:00:00Z', Value: latest[id] });
    }),

    http.get(`${STREAM}/data`, async ({ request, params }) => {
      await latency();
      const id = String(params.id);
      const stop = gate(request) ?? find(String(params.ns), id).answer;
      if (stop) return stop;
      const range = new URL(request.url).searchParams.get('range') as Range;
      if (!ranges.includes(range)) return HttpResponse.json([], { status: 400 });
      if (range === '30d') {
        return refuse.timedOut();
      }
      const values = Array.from({ length: valuesPerRange[range] }, (_, i) => ({
        Timestamp: new Date(Date.UTC(2025, 0, 1, 12) - i * 60_000).toISOString(),
        Value: latest[id],
      }));
      return HttpResponse.json(values);
    }),

    http.get(STREAM, async ({ request, params }) => {
      await latency();
      const token = request.headers.get('Authorization')?.replace(/^Bearer /, '');
      // The first sign-in runs out while the person works: opening a stream finds it expired.
      if (scenario.tokenExpires && token === 'token-1') expired.add(token);
      const stop = gate(request);
      if (stop) return stop;
      if (serverErrors > 0) {
        serverErrors -= 1;
        return refuse.serverError();
      }
      const { stream, answer } = find(String(params.ns), String(params.id));
      if (!stream) return answer;
      const response = HttpResponse.json(stream, { headers: { ETag: etag(version) } });
      if (scenario.editedElsewhere && version === 1) {
        // A colleague saves a moment after this person opened the stream.
        version = 2;
        stream.Description = 'Calibrated on Monday by J. Ortiz';
      }
      return response;
    }),

    http.put(STREAM, async ({ request, params }) => {
      await latency();
      const stop = gate(request);
      if (stop) return stop;
      const { stream, answer } = find(String(params.ns), String(params.id));
      if (!stream) return answer;
      if (request.headers.get('If-Match') !== etag(version)) {
        return refuse.changed(etag(version));
      }
      const body = (await request.json()) as Partial<StreamDef>;
      stream.Description = body.Description ?? '';
      version += 1;
      return new HttpResponse(null, { status: 204, headers: { ETag: etag(version) } });
    }),

    http.post(STREAM, async ({ request, params }) => {
      await latency();
      const stop = gate(request);
      if (stop) return stop;
      const ns = String(params.ns);
      if (ns !== 'plant-a') return refuse.noRole(ns);
      const id = String(params.id);
      const body = (await request.json()) as StreamDef;
      const existing = known.get(id);
      // CONNECT's "get or create": identical → 302 to the item, different → 409.
      if (existing && existing.Name === body.Name) {
        return new HttpResponse(null, {
          status: 302,
          headers: { Location: `${API}/namespaces/${ns}/streams/${encodeURIComponent(id)}` },
        });
      }
      if (existing) {
        return refuse.conflict(id, existing.Name, body.Name);
      }
      if (!VALID_ID.test(id)) return HttpResponse.json({ Error: 'Invalid ID.' }, { status: 400 });
      const created = { ...body, TypeId: 'float', Unit: '' };
      known.set(id, created);
      return HttpResponse.json(created, { status: 201 });
    }),

    http.post(`${NS}/streams`, async ({ request, params }) => {
      await latency();
      const stop = gate(request);
      if (stop) return stop;
      const ns = String(params.ns);
      if (ns !== 'plant-a') return refuse.noRole(ns);
      return importStreams((await request.json()) as StreamDef[], known, VALID_ID);
    }),
  ];
}

/**
 * A simulated CONNECT streams API, as plain Node middleware: the README recipes run against it
 * in the browser tests (through a Vite plugin) and in the consumer apps (through their own
 * server). Each stream id is its own scenario, so tests never share counts:
 *
 * - `down-<anything>`: every request fails;
 * - `fail<N>-<anything>`: the first N requests fail, then it works;
 * - anything else works at once.
 *
 * Optional tokens in the id: `-ra<N>` adds `Retry-After: N` to failures, `-s<code>` fails with
 * that status instead of 503. A failure carries a CONNECT error body with an operation ID.
 *
 * Routes:
 * - `GET|DELETE /api/v1/tenants/t/namespaces/n/streams/<id>`: the stream (`{ Id, Name }`) or
 *   204 for DELETE, or the failure;
 * - `GET /api/v1/tenants/t/namespaces/n/streams/<id>/Data?startIndex=…&endIndex=…`: the stream's
 *   data window (two events, at its start and end), or the failure. It is the same stream: the
 *   same scenario and the same count, whatever the query (a window ending now has a new URL on
 *   every attempt);
 * - `POST /api/v1/tenants/t/namespaces/n/streams/bulk`: a 207 with two failed items, keyed by
 *   position in the request as CONNECT does;
 * - `GET /sim/count/<id>`: `{ count }`, the requests that id has had.
 */

const STREAMS = '/api/v1/tenants/t/namespaces/n/streams/';

/** What a stream id asks the simulation to do. */
export function scenarioOf(id) {
  const always = id.startsWith('down');
  const failures = always ? Number.POSITIVE_INFINITY : Number(/^fail(\d+)/.exec(id)?.[1] ?? 0);
  const retryAfter = /-ra(\d+)/.exec(id)?.[1];
  const status = Number(/-s(\d{3})/.exec(id)?.[1] ?? 503);
  return { failures, retryAfter, status };
}

const REASONS = {
  503: 'The service is restarting.',
  500: 'An unexpected error occurred while reading the stream.',
  404: 'No stream with this ID exists in namespace n.',
};

export function createConnectSim() {
  const counts = new Map();
  const send = (res, status, body, headers = {}) => {
    const json = body === undefined ? undefined : JSON.stringify(body);
    res.writeHead(status, {
      ...(json !== undefined && { 'Content-Type': 'application/json' }),
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(json);
  };

  /** Answers the request if it is the simulation's; returns whether it did. */
  function handle(req, res) {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname.startsWith('/sim/count/')) {
      const id = decodeURIComponent(pathname.slice('/sim/count/'.length));
      send(res, 200, { count: counts.get(id) ?? 0 });
      return true;
    }
    if (!pathname.startsWith(STREAMS)) return false;
    const path = pathname.slice(STREAMS.length);
    const data = path.endsWith('/Data');
    const id = decodeURIComponent(data ? path.slice(0, -'/Data'.length) : path);
    const count = (counts.get(id) ?? 0) + 1;
    counts.set(id, count);

    if (id === 'bulk' && req.method === 'POST') {
      send(res, 207, {
        Data: [{ Id: 'stream-a' }],
        ChildErrors: {
          1: { Error: 'Conflict', Reason: 'A stream with this name exists.', StatusCode: 409 },
          2: { Error: 'Bad request', Reason: 'The name is empty.', StatusCode: 400 },
        },
        OperationId: `op-bulk-${count}`,
      });
      return true;
    }

    const { failures, retryAfter, status } = scenarioOf(id);
    if (count <= failures) {
      send(
        res,
        status,
        {
          Error: 'Request failed',
          Reason: REASONS[status] ?? 'The request failed.',
          OperationId: `op-${id}-${count}`,
        },
        retryAfter ? { 'Retry-After': retryAfter } : {},
      );
      return true;
    }
    if (req.method === 'DELETE') send(res, 204);
    else if (data) {
      const end = searchParams.get('endIndex') ?? new Date().toISOString();
      const start = searchParams.get('startIndex') ?? end;
      send(res, 200, [
        { Timestamp: start, Value: 1 },
        { Timestamp: end, Value: 2 },
      ]);
    } else send(res, 200, { Id: id, Name: `Stream ${id}` });
    return true;
  }

  return { handle, counts };
}

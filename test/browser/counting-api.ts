import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { createConnectSim } from '../support/connect-sim.mjs';

/**
 * A simulated CONNECT service on the test server itself (a real HTTP endpoint the browser
 * fetches): everything under `/sim/<run>/` answers 503 with a CONNECT error body, and
 * `GET /sim/<run>/count` says how many requests that run has made. `?retryAfter=N` adds the
 * header. Each test uses its own run id, so counts never mix. The README recipes' own URLs
 * are served by connect-sim.mjs, the same simulation the consumer apps use.
 */
export function countingApi(): Plugin {
  const counts = new Map<string, number>();
  const send = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  return {
    name: 'connect-status:counting-api',
    configureServer(server) {
      // The streams API the README recipes call (relative URLs), scenario by stream id.
      const sim = createConnectSim();
      server.middlewares.use((req, res, next) => {
        if (!sim.handle(req, res)) next();
      });
      server.middlewares.use('/sim', (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const [run = '', what] = url.pathname.split('/').filter(Boolean);
        if (what === 'count') return send(res, 200, { count: counts.get(run) ?? 0 });
        const count = (counts.get(run) ?? 0) + 1;
        counts.set(run, count);
        const retryAfter = url.searchParams.get('retryAfter');
        send(
          res,
          503,
          { OperationId: `op-${run}-${count}`, Reason: 'The service is restarting.' },
          retryAfter ? { 'Retry-After': retryAfter } : {},
        );
      });
    },
  };
}

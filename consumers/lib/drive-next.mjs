/**
 * Drives the built Next.js app (`next start`) in Chromium. The CONNECT simulation runs on a
 * server of its own; the app reaches it through CONNECT_API, from Server Components and from its
 * /api/v1 route handler (which the browser calls). Checks, each page with no console error or
 * warning (hydration mismatches are console errors) and no page error:
 *
 * - `/?down=down-*&retry=fail1-*`: the server HTML has describeStatus(503) in German and the
 *   server-made alert for the failed request; in the browser the client panel counts down in
 *   German, retries, and shows the stream;
 * - `/streams/ok-*` and `/streams/down-*`: the README's Server Component page (the snippet).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  expectRecovery,
  newContext,
  pageChecker,
  sleep,
  streamId,
  withoutScripts,
} from './browser.mjs';
import { freePort, serve } from './serve.mjs';

/** `next start` runs in a process group of its own; whatever happens, it ends with this run. */
const running = new Set();
const stop = (pid) => {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
  running.delete(pid);
};
process.on('exit', () => {
  for (const pid of running) stop(pid);
});

async function waitUntilUp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s`);
}

export async function driveNext({ app, dir, browser, words, check, env }) {
  const api = await serve();
  const context = await newContext(browser);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const output = [];
  const next = spawn(
    process.execPath,
    [join(dir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: dir, env: { ...env, CONNECT_API: api.url }, detached: true },
  );
  running.add(next.pid);
  for (const stream of [next.stdout, next.stderr]) {
    stream.on('data', (chunk) => output.push(chunk.toString()));
  }
  const count = async (id) => (await (await fetch(`${api.url}/sim/count/${id}`)).json()).count;
  const { de } = words;

  const checkedPage = pageChecker({
    app,
    context,
    check,
    problemsLabel: 'no console errors or warnings (hydration included), no page errors',
  });
  /** Opens `path`; `body` also gets the server's HTML without its scripts, and the status. */
  const onPage = (name, path, body) =>
    checkedPage(name, `${base}${path}`, async (p, response) => {
      const html = withoutScripts((await response?.text()) ?? '');
      return body(p, html, response?.status());
    });

  const started = Date.now();
  try {
    await waitUntilUp(`${base}/streams/ok-ready`, next, 60_000);
    const startMs = Date.now() - started;

    const downId = streamId('down');
    const retryId = streamId('fail1');
    const home = onPage('home', `/?down=${downId}&retry=${retryId}`, async (p, html) => {
      check(
        app,
        `home: server HTML has describeStatus(503, { messages: de }) "${de.unavailable}"`,
        html.includes(`<h1>${de.unavailable}</h1>`),
        '',
      );
      check(
        app,
        'home: server HTML has the alert for the failed server-side request (its reason)',
        /id="server-alert".*The service is restarting\./s.test(html),
        '',
      );
      return expectRecovery({
        check,
        app,
        name: 'home: client panel',
        p,
        id: retryId,
        words: de,
        requests: count,
        extra: ` (server-side down request: ${await count(downId)})`,
      });
    });

    const okId = streamId('ok');
    const okPage = onPage('streams/[id] ok', `/streams/${okId}`, async (_p, html, status) => {
      check(
        app,
        `streams/[id] (README snippet): /streams/${okId} renders "Stream ${okId}" on the server`,
        status === 200 && html.includes(`<h1>Stream ${okId}</h1>`),
        `HTTP ${status}`,
      );
    });
    const failedId = streamId('down');
    const failedPage = onPage('streams/[id] down', `/streams/${failedId}`, async (p, html) => {
      check(
        app,
        `streams/[id] (README snippet): /streams/${failedId} renders the German alert "${de.unavailable}"`,
        html.includes(de.unavailable) && (await p.seen(de.unavailable)),
        '',
      );
    });
    const [result] = await Promise.all([home, okPage, failedPage]);

    const serverErrors = output
      .join('')
      .split('\n')
      .filter((line) => /error|⨯|warn/i.test(line));
    check(
      app,
      'next start logged no errors or warnings',
      serverErrors.length === 0,
      serverErrors.join('\n    '),
    );
    return {
      startMs,
      rows: [
        {
          app,
          recipe: 'client panel (de)',
          backToNormal: result?.backToNormal,
          recoverRequests: result?.requests,
        },
      ],
    };
  } catch (error) {
    error.message += `\n    next start said:\n${output.join('').slice(-3000)}`;
    throw error;
  } finally {
    stop(next.pid);
    await context.close();
    await api.close();
  }
}

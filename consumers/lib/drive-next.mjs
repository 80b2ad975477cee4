/**
 * Drives the built Next.js app (`next start`) in Chromium. The CONNECT simulation runs on a
 * server of its own; the app reaches it through CONNECT_API, from Server Components and from its
 * /api/v1 route handler (which the browser calls). Checks, each page with no console error or
 * warning (hydration mismatches are console errors) and no page error:
 *
 * - `/?down=down-*&retry=fail1-*`: the server HTML has describeStatus(503) in German and the
 *   server-made alert for the failed request; in the browser the client panel counts down in
 *   German, retries, and shows the stream;
 * - `/streams/ok-*` and `/streams/down-*`: the README's Server Component page (the snippet);
 * - `/error-routes/*` (README "Error routes"): a failure returned as a StatusPage keeps its
 *   status, reason and operation id in the server HTML, and its Try again link loads the stream;
 *   `notFound()` answers 404 with not-found.tsx's StatusPage; a ConnectError thrown instead
 *   reaches error.tsx as a digest only, which says "Something went wrong" and whose Try again
 *   (`retry`) renders the stream. Each checks the server HTML, the document's HTTP status, the
 *   hydrated page's h1 (the same words) and the requests the simulation got.
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

/** Text of server HTML without tags and React's `<!-- -->` separators, entities decoded. */
const textOf = (html) =>
  html
    .replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The text of the server HTML's first h1. */
const h1Of = (html) => {
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return inner === undefined ? undefined : textOf(inner);
};

/** What the server HTML shows: its h1, or Next.js's error shell, which React fills in the browser. */
const serverH1 = (html) => {
  const h1 = h1Of(html);
  if (h1 !== undefined) return `h1 "${h1}"`;
  return html.includes('id="__next_error__"') ? "Next.js's error shell, no h1" : 'no h1';
};

/** The h1's text once React has hydrated it (its fiber is on the node), or why not. */
async function hydratedH1(page) {
  try {
    await page.waitForFunction(
      () => {
        const h1 = document.querySelector('h1');
        return h1 !== null && Object.keys(h1).some((key) => key.startsWith('__reactFiber$'));
      },
      null,
      { timeout: 20_000, polling: 50 },
    );
    return await page.evaluate(() => document.querySelector('h1')?.textContent);
  } catch {
    return '(not hydrated)';
  }
}

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
  const onPage = (name, path, body, options) =>
    checkedPage(
      name,
      `${base}${path}`,
      async (p, response) => {
        const raw = (await response?.text()) ?? '';
        return body(p, withoutScripts(raw), response?.status(), raw);
      },
      options,
    );

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
    const routes = errorRoutes({ app, check, onPage, count, de });
    const [result, , , thrown] = await Promise.all([home, okPage, failedPage, routes]);

    // The thrown route's error is logged on purpose: under the digest its page got.
    const logged = output.join('');
    const thrownLine = (line) => line.includes(`"operationId":"op-${thrown.id}-1"`);
    check(
      app,
      'error-routes: thrown: next start logged the ConnectError under the digest the browser got',
      logged.split('\n').some(thrownLine) &&
        thrown.digests.some((digest) => logged.includes(`digest: '${digest}'`)),
      `digests in the page: ${thrown.digests.join(', ') || 'none'}`,
    );
    const serverErrors = logged
      .split('\n')
      .filter((line) => /error|⨯|warn/i.test(line) && !thrownLine(line));
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

/**
 * The error routes (consumers/next-app/app/error-routes, README "Error routes"), side by side.
 * Resolves to the thrown route's stream id and the digests its page got, which the server log
 * should name.
 */
async function errorRoutes({ app, check, onPage, count, de }) {
  const name = (route) => `error-routes: ${route}`;
  /** What Chromium logs for a document that answered `status`: the status itself, not a fault. */
  const documentStatus = (status) => ({
    pattern: new RegExp(`^console\\.error: Failed to load resource: .*status of ${status}\\b`),
    why: `the document's own ${status}`,
  });

  const okId = streamId('ok');
  const ok = onPage(name('ok'), `/error-routes/${okId}`, async (_p, html, status) => {
    check(
      app,
      `${name('ok')}: HTTP 200, "Stream ${okId}"`,
      status === 200 && h1Of(html) === `Stream ${okId}`,
      `HTTP ${status}, h1 "${h1Of(html)}"`,
    );
  });

  // A 503 returned as data: the status, reason and operation id survive to the page, whose h1
  // React hydrates as the server wrote it.
  const busyId = streamId('fail1');
  const busy = onPage(name('503 returned'), `/error-routes/${busyId}`, async (p, html, status) => {
    const title = de.pageTitle(503);
    const server = h1Of(html);
    const hydrated = await hydratedH1(p.page);
    const text = textOf(html);
    check(
      app,
      `${name('503 returned')}: h1 "${title}", the reason and the operation id in the server HTML; the same h1 hydrated (HTTP ${status}: a page cannot set it)`,
      server === title &&
        hydrated === title &&
        text.includes('The service is restarting.') &&
        text.includes(`op-${busyId}-1`) &&
        status === 200,
      `HTTP ${status}, server h1 "${server}", hydrated "${hydrated}"`,
    );
    const link = p.page.getByRole('link', { name: de.step.retry });
    const href = await link.getAttribute('href', { timeout: 5_000 }).catch(() => null);
    await link.click();
    const loaded = await p.waitForText(`Stream ${busyId}`, 20_000);
    const made = await count(busyId);
    check(
      app,
      `${name('503 returned')}: "${de.step.retry}" links to the page itself and loads the stream, 2 requests`,
      href === `/error-routes/${busyId}` && loaded && made === 2,
      `href ${href}, stream ${loaded ? 'shown' : 'NOT shown'}, ${made} requests`,
    );
  });

  // notFound(): HTTP 404 and noindex. Next.js 16 sends an empty shell for it and renders
  // not-found.tsx's StatusPage in the browser; the body's details stay on the server.
  const goneId = streamId('down-s404');
  const gone = onPage(
    name('404 notFound()'),
    `/error-routes/${goneId}`,
    async (p, html, status) => {
      const title = de.pageTitle(404);
      const shown = await hydratedH1(p.page);
      const back = await p.page
        .getByRole('link', { name: de.step['check-address'] })
        .getAttribute('href', { timeout: 5_000 })
        .catch(() => null);
      const page = await p.page.content();
      check(
        app,
        `${name('404 notFound()')}: HTTP 404, noindex; h1 "${title}" rendered by React, "${de.step['check-address']}" to /, no service details; 1 request`,
        status === 404 &&
          /<meta name="robots" content="noindex"\/?>/.test(html) &&
          [undefined, title].includes(h1Of(html)) &&
          shown === title &&
          back === '/' &&
          !page.includes('No stream with this ID') &&
          (await count(goneId)) === 1,
        `HTTP ${status}, server HTML: ${serverH1(html)}, h1 "${shown}", link ${back}`,
      );
    },
    { expected: [documentStatus(404)] },
  );

  // Thrown: error.tsx gets a digest only. It says what it knows, and its Try again renders anew.
  const thrownId = streamId('fail1');
  const thrown = onPage(
    name('thrown'),
    `/error-routes/thrown/${thrownId}`,
    async (p, html, status, raw) => {
      const digests = [...raw.matchAll(/digest\\?":\\?"(\d+)\\?"/g)].map((m) => m[1]);
      const title = de.pageTitle(new Error('a digest only'));
      const shown = await hydratedH1(p.page);
      const page = await p.page.content();
      const lost = [raw, page].every(
        (text) => !text.includes('The service is restarting.') && !text.includes(`op-${thrownId}`),
      );
      check(
        app,
        `${name('thrown')}: HTTP ${status}, a digest in the payload, error.tsx's h1 "${title}" rendered by React; the 503's reason and operation id nowhere`,
        status === 500 &&
          digests.length > 0 &&
          [undefined, title].includes(h1Of(html)) &&
          shown === title &&
          lost,
        `server HTML: ${serverH1(html)}, h1 "${shown}", details ${lost ? 'lost' : 'FOUND'}`,
      );
      await p.page.getByRole('button', { name: de.retry }).click({ timeout: 5_000 });
      const loaded = await p.waitForText(`Stream ${thrownId}`, 20_000);
      const made = await count(thrownId);
      check(
        app,
        `${name('thrown')}: "${de.retry}" (retry) renders the stream, 2 requests`,
        loaded && made === 2,
        `stream ${loaded ? 'shown' : 'NOT shown'}, ${made} requests`,
      );
      return digests;
    },
    {
      expected: [
        documentStatus(500),
        {
          // Next.js logs what an error.tsx catches (console.error, also in production): here,
          // React's production stand-in for a Server Component's error (#441, digest only).
          pattern: /^console\.error: Error: Minified React error #441;/,
          why: "Next.js's console.error of the error error.tsx caught",
        },
      ],
    },
  );
  const [, , , digests] = await Promise.all([ok, busy, gone, thrown]);
  return { id: thrownId, digests: digests ?? [] };
}

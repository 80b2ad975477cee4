/**
 * Drives a built Vite app (vite-app/dist) in Chromium, served with the CONNECT simulation on
 * one server. Every README recipe that retries gets two pages at once:
 *
 * - `fail1-*` (one 503, then the stream): the countdown shows, then the stream's name; whether
 *   "Back to normal" shows afterwards is recorded (it does where the alert stays mounted);
 * - `down-*` (503 every time): the retries run out, and 1.5 s later the simulation has had
 *   exactly 1 + maxAttempts = 4 requests.
 *
 * The app's own `timeseries` page gets the same two: a stream's data window ending now, whose URL
 * (its endIndex) differs on every attempt, with the alert wired as the `use` recipe wires it; the
 * simulation counts its requests per stream id, whatever the query, so the view's one retry cycle
 * must hold there too.
 *
 * Plus the German provider around the `use` recipe, the README's plain functions (axios, ky,
 * DELETE, the bulk POST) on a page of their own, and on another the retry rules in axios-retry
 * and ky and the toast recipe. No page may log an error or a warning.
 */
import { expectRecovery, newContext, pageChecker, sleep, streamId } from './browser.mjs';
import { serve } from './serve.mjs';

/** README recipes, then the app's own `timeseries` page (App.tsx). */
export const RECIPES = [
  'use',
  'hook',
  'tanstack',
  'swr',
  'retry-run',
  'swr-retry-run',
  'timeseries',
];
const MAX_ATTEMPTS = 3;

/**
 * The calls a page lists (`data-call` → its text), once `count` of them ended or after `timeout`
 * ms (`settled` says which).
 */
async function callResults(p, count, timeout) {
  await p.page
    .waitForFunction((n) => document.querySelectorAll('[data-call]').length >= n, count, {
      timeout,
    })
    .catch(() => {});
  const results = Object.fromEntries(
    await p.page.$$eval('[data-call]', (nodes) =>
      nodes.map((node) => [node.getAttribute('data-call'), node.textContent ?? '']),
    ),
  );
  // Settled by what the page shows, not by the wait: a busy machine may render the last one late.
  return { settled: Object.keys(results).length >= count, results };
}

export async function driveVite({ app, dist, browser, words, check }) {
  const server = await serve({ root: dist });
  const context = await newContext(browser);
  const count = async (id) => (await (await fetch(`${server.url}/sim/count/${id}`)).json()).count;
  const { en, de } = words;

  const checkedPage = pageChecker({
    app,
    context,
    check,
    problemsLabel: 'no console errors or warnings, no page errors',
  });
  /** Opens `query` in a page of its own, runs `body`, then checks the console and errors. */
  const onPage = (name, query, body) => checkedPage(name, `${server.url}/?${query}`, body);

  async function recover(recipe, lang = 'en') {
    const id = streamId('fail1');
    const t = lang === 'de' ? de : en;
    const name = `${recipe}${lang === 'de' ? ' (German provider)' : ''} fail1`;
    return onPage(
      name,
      `recipe=${recipe}&id=${id}${lang === 'de' ? '&lang=de' : ''}`,
      async (p) => {
        return expectRecovery({ check, app, name, p, id, words: t, requests: count });
      },
    );
  }

  async function down(recipe) {
    const id = streamId('down');
    return onPage(`${recipe} down`, `recipe=${recipe}&id=${id}`, async (p) => {
      const start = Date.now();
      const exhausted = await p.waitForText(en.exhausted, 30_000);
      const took = ((Date.now() - start) / 1000).toFixed(1);
      await sleep(1_500);
      const requests = await count(id);
      const attempts = [];
      for (let n = 1; n <= MAX_ATTEMPTS; n++) if (await p.seen(en.attempt(n))) attempts.push(n);
      const ok = exhausted && requests === 1 + MAX_ATTEMPTS;
      check(
        app,
        `${recipe} down: "${en.exhausted}", then exactly ${1 + MAX_ATTEMPTS} requests`,
        ok,
        `${requests} requests 1.5 s after ${exhausted ? `it ran out (${took} s after the page loaded)` : 'waiting 30 s IN VAIN'}; ` +
          `attempts shown: ${attempts.join(', ') || 'none'}` +
          (ok ? '' : await p.history()),
      );
      return { requests };
    });
  }

  async function calls() {
    const id = streamId('ok');
    return onPage('plain functions', `recipe=calls&id=${id}`, async (p) => {
      const { settled, results } = await callResults(p, 7, 30_000);
      const expect = {
        axios: (text) => text.includes(`Stream ${id}`),
        ky: (text) => text.includes(`Stream ${id}`),
        delete: (text) => text.startsWith('deleteok'),
        'axios-down': (text) => text.includes('failed: 503'),
        'ky-down': (text) => text.includes('failed: 503'),
        'delete-down': (text) => text.includes('failed: 503'),
        bulk: (text) => text.includes(en.partial),
      };
      for (const [call, ok] of Object.entries(expect)) {
        const text = results[call] ?? '(nothing rendered)';
        check(app, `${call}`, settled && ok(text), text.slice(0, 160));
      }
    });
  }

  /** axios-retry and ky with the rules (1 + 3 requests each), and the toast's Try again. */
  async function retryCalls() {
    const id = streamId('ok');
    return onPage('retry rules and toast', `recipe=retry-calls&id=${id}`, async (p) => {
      await p.page.getByRole('button', { name: 'Save' }).click();
      // The toast itself: the failed retry calls below say "unavailable" too.
      const item = p.page.locator('[data-sonner-toast]', { hasText: en.unavailable });
      const tryAgain = item.getByRole('button', { name: en.retry });
      const toast = await tryAgain.waitFor({ timeout: 20_000 }).then(
        () => true,
        () => false,
      );
      if (toast) await tryAgain.click();
      const saved = toast && (await p.waitForText('Saved', 20_000));
      const saves = await count(`fail1-${id}`);
      check(
        app,
        `toast: a failed save says "${en.unavailable}", its "${en.retry}" saves (2 requests)`,
        saved && saves === 2,
        `toast ${toast ? 'shown' : 'NOT shown'}, "Saved" ${saved ? 'shown' : 'NOT shown'}, ${saves} requests` +
          (saved ? '' : await p.history()),
      );
      // Backoff without Retry-After: 0–250 ms, 0–2 s, 0–4 s, so at most about 6.5 s each.
      const { settled, results } = await callResults(p, 2, 30_000);
      for (const [call, stream] of [
        ['axios-retry-down', `down-${id}`],
        ['ky-retry-down', `down-ky-${id}`],
      ]) {
        const text = results[call] ?? '(nothing rendered)';
        const requests = await count(stream);
        check(
          app,
          `${call}: 1 + ${MAX_ATTEMPTS} requests, then a 503`,
          settled && text.includes('failed: 503') && requests === 1 + MAX_ATTEMPTS,
          `${text.slice(0, 120)}; ${requests} requests`,
        );
      }
    });
  }

  try {
    const jobs = RECIPES.flatMap((recipe) => [recover(recipe), down(recipe)]);
    jobs.push(recover('use', 'de'), calls(), retryCalls());
    const results = await Promise.all(jobs);
    const rows = RECIPES.map((recipe, index) => ({
      app,
      recipe,
      backToNormal: results[2 * index]?.backToNormal,
      recoverRequests: results[2 * index]?.requests,
      downRequests: results[2 * index + 1]?.requests,
    }));
    const german = results[2 * RECIPES.length];
    rows.push({
      app,
      recipe: 'use + de',
      backToNormal: german?.backToNormal,
      recoverRequests: german?.requests,
    });
    return rows;
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * Headless Chromium through Playwright (the repository's own devDependency), always the
 * system's browser: scripts/find-chromium.mjs finds it and gives the flags. Each page records
 * every console message, every uncaught error and every text the page ever showed.
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/find-chromium.mjs';

const STREAMS = '/api/v1/tenants/t/namespaces/n/streams/';

export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Runs in the page before its own scripts: keeps each distinct text the page shows, in order,
 * so a countdown that is on screen for a few milliseconds is still seen afterwards. Scripts,
 * styles and hidden elements are left out: Next.js pages carry their props (the whole German
 * catalog, here) as script text, which would otherwise "show" every message.
 */
function recordTexts() {
  const texts = [];
  Object.defineProperty(window, '__consumerTexts', { value: texts });
  const skip = 'script, style, template, noscript, [hidden]';
  const shown = () => {
    if (!document.body) return '';
    let text = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    while (walker.nextNode()) text += walker.currentNode.data;
    return text;
  };
  const record = () => {
    const text = shown();
    if (text && texts[texts.length - 1] !== text) texts.push(text);
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden'],
  });
}

/** Server HTML without its scripts (Next.js inlines props there), to search for rendered text. */
export const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

/**
 * Chromium itself logs "Failed to load resource: … 503" for every failed fetch: that is the
 * simulation doing its job, not the app misbehaving, so it is counted apart. Everything else
 * of type error or warning fails the check.
 */
function isSimFailure(message) {
  const { url = '' } = message.location();
  return (
    message.type() === 'error' &&
    message.text().startsWith('Failed to load resource: the server responded with a status of') &&
    /^(down|fail\d+)/.test(
      decodeURIComponent(new URL(url, 'http://x').pathname.split(STREAMS)[1] ?? ''),
    )
  );
}

/**
 * Chromium asks for /favicon.ico on its own when a document names no icon in time (Next.js's
 * error shell for a 500 may stream its head after Chromium looked): the browser's request, not
 * the app's, and not every run makes it.
 */
function isFaviconProbe(message) {
  const { url = '' } = message.location();
  return (
    message.type() === 'error' &&
    message.text().startsWith('Failed to load resource:') &&
    new URL(url, 'http://x').pathname === '/favicon.ico'
  );
}

/**
 * One browser context per app, its pages side by side (a context per page costs seconds each on
 * two busy cores). The pages share nothing the apps use: each has its own JavaScript realm.
 */
export async function newContext(browser) {
  const context = await browser.newContext();
  await context.addInitScript(recordTexts);
  return context;
}

/** A page with the recorders attached. */
export async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  const simFailures = [];
  page.on('console', (message) => {
    if (isSimFailure(message)) simFailures.push(message.text());
    else if (isFaviconProbe(message)) return;
    else if (['error', 'warning', 'assert'].includes(message.type())) {
      const { url } = message.location();
      problems.push(`console.${message.type()}: ${message.text()}${url ? ` (${url})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on('crash', () => problems.push('page crashed'));
  return {
    page,
    problems,
    simFailures,
    /** Whether the page has shown `text` at any moment so far. */
    seen: (text) => page.evaluate((t) => window.__consumerTexts.some((s) => s.includes(t)), text),
    /** Waits until the page has shown `text` (at any moment); false after `timeout` ms. */
    waitForText: (text, timeout) =>
      page
        .waitForFunction((t) => window.__consumerTexts.some((s) => s.includes(t)), text, {
          timeout,
          polling: 50,
        })
        .then(
          () => true,
          () => false,
        ),
    /** `; the page showed, last first:` and its last texts, whitespace squeezed: for failures. */
    history: async (limit = 8) => {
      const texts = await page.evaluate(
        (n) => window.__consumerTexts.slice(-n).map((t) => t.replace(/\s+/g, ' ').slice(0, 240)),
        limit,
      );
      return `; the page showed, last first:\n      ${texts.reverse().join('\n      ')}`;
    },
    /** What the page shows now, for failure messages. */
    text: () => page.evaluate(() => window.__consumerTexts.at(-1) ?? '').catch(() => '(page gone)'),
    close: () => page.close(),
  };
}

/**
 * A checker for pages of one app: `onPage(name, url, body)` opens `url` in a page of its own, runs
 * `body(page, response)`, reports a thrown error as a failed check (with what the page showed),
 * then checks that nothing was logged as an error or warning and no page error was thrown. A page
 * that fails on purpose names what it expects to see logged (`expected`: patterns, each with why);
 * those lines are counted apart, like the simulation's 503s.
 */
export function pageChecker({ app, context, check, problemsLabel }) {
  return async function onPage(name, url, body, { expected = [] } = {}) {
    const start = Date.now();
    const p = await openPage(context);
    try {
      const response = await p.page.goto(url);
      return await body(p, response);
    } catch (error) {
      check(
        app,
        name,
        false,
        `${error.message}\n    page shows: ${(await p.text()).slice(0, 400)}`,
      );
    } finally {
      const isExpected = (line) => expected.find(({ pattern }) => pattern.test(line));
      const unexpected = p.problems.filter((line) => !isExpected(line));
      const why = [...new Set(p.problems.map(isExpected).filter(Boolean))].map((e) => e.why);
      const clean = unexpected.length === 0;
      check(
        app,
        `${name}: ${problemsLabel}`,
        clean,
        clean
          ? `${((Date.now() - start) / 1000).toFixed(1)} s; Chromium's "Failed to load resource" for the sim's own 503s: ${p.simFailures.length}${why.length ? `; expected here: ${why.join(', ')}` : ''}`
          : unexpected.join('\n    '),
      );
      await p.close();
    }
  };
}

/**
 * A stream that fails once: the countdown in the page's language, then the stream, then "Back to
 * normal" (every recipe keeps its alert mounted, as the README shows). Checks all three and the
 * request count (1 + 1 retry); `extra` adds to the check's detail line.
 */
export async function expectRecovery({ check, app, name, p, id, words, requests, extra = '' }) {
  const loaded = await p.waitForText(`Stream ${id}`, 20_000);
  const countdown = await p.seen(words.countdown);
  // A 503's quick first retry waits 0–250 ms: on a machine so busy that the page waits for the
  // CPU, the retry can start before a countdown is ever painted. "Retrying…" is then what the
  // person saw, and still proves the alert told them.
  const retrying = !countdown && (await p.seen(words.retrying));
  // It shows in the commit that shows the stream, or one right after; the margin is for a CI
  // machine so busy that a page waits seconds for the CPU (pages took 25 s there, not 6).
  const backToNormal = loaded && (await p.waitForText(words.recovered, 5_000));
  const made = await requests(id);
  const ok = loaded && (countdown || retrying) && backToNormal && made === 2;
  check(
    app,
    `${name}: "${words.countdown} …", retry, "Stream ${id}", "${words.recovered}", 2 requests`,
    ok,
    `countdown ${countdown ? 'seen' : retrying ? `NOT painted, "${words.retrying}" seen` : 'NOT seen'}, stream ${loaded ? 'shown' : 'NOT shown'}, ` +
      `"${words.recovered}" ${backToNormal ? 'shown' : 'NOT shown'}, ${made} requests${extra}` +
      (ok ? '' : await p.history()),
  );
  return { backToNormal, requests: made };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stream id that no other check uses: `<scenario>-<random>`. */
export const streamId = (scenario) => `${scenario}-${Math.random().toString(36).slice(2, 8)}`;

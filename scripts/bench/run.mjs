#!/usr/bin/env node
// `npm run bench`: prints figures, asserts nothing. StatusBadge against plain spans in headless
// Chromium, describeStatus throughput in Node, and the commits of a StatusAlert countdown.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../find-chromium.mjs';
import { coreBundle, pageBundle } from './bundle.mjs';
import { throughput } from './throughput.mjs';

const SIZES = [1000, 5000];
const ROUNDS = 15;
const WARMUP = 3;
const COUNTDOWN_SECONDS = 3;
const TARGET_RATIO = 1.3;
const STORE_VIEWS = 10_000;

const require = createRequire(import.meta.url);
const ms = (value) => `${value.toFixed(2)} ms`;
const ratio = (r) => `${r.toFixed(2)}× ${r <= TARGET_RATIO ? '(within 1.3×)' : '(over 1.3×)'}`;

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

console.log('Bundling the benchmark with Vite (React in production mode)…');
const [page, profiled, core] = await Promise.all([
  pageBundle(false),
  pageBundle(true),
  coreBundle(),
]);

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const open = async (bundle) => {
  const tab = await browser.newPage();
  await tab.setContent('<!doctype html><html lang="en"><body></body></html>');
  await tab.addStyleTag({ content: bundle.css });
  await tab.addScriptTag({ content: bundle.code });
  return tab;
};

let rows;
let countdown;
try {
  const timing = await open(page);
  rows = {};
  for (const size of SIZES) {
    rows[size] = await timing.evaluate(
      ([n, r, w]) => window.bench.rows(n, r, w),
      [size, ROUNDS, WARMUP],
    );
  }
  const profiling = await open(profiled);
  countdown = await profiling.evaluate((s) => window.bench.countdown(s), COUNTDOWN_SECONDS);
} finally {
  await browser.close();
}

const dir = await mkdtemp(join(os.tmpdir(), 'rcs-bench-'));
let rates;
let store;
try {
  await writeFile(join(dir, 'core.mjs'), core.code);
  const bundled = await import(pathToFileURL(join(dir, 'core.mjs')).href);
  rates = throughput(bundled);
  store = storeUpkeep(bundled.storeWork);
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** Median ms of `count` views shown in turn, distinct keys against one key; and distinct keys
 * per key at a tenth of the count, to show whether a key costs more as more are remembered. */
function storeUpkeep(storeWork) {
  const median = (distinct, count = STORE_VIEWS) => {
    storeWork(count, distinct); // warm-up
    const times = Array.from({ length: 7 }, () => storeWork(count, distinct));
    return times.sort((a, b) => a - b)[3];
  };
  return {
    same: median(false),
    distinct: median(true),
    tenth: median(true, STORE_VIEWS / 10),
  };
}

const cpus = os.cpus();
console.log(`
Date: ${new Date().toISOString().slice(0, 10)}
Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}
Load average while running (1 min): ${os.loadavg()[0].toFixed(2)} — figures from a busy machine are noisy
Node ${process.version}, ${browser.version ? `Chromium ${browser.version()}` : 'Chromium'}, React ${require('react/package.json').version}

StatusBadge vs a plain <span class="bench-pill"> (scripts/bench/bench.css: same box and text,
no icon). React production build; render, commit, style and layout; median of ${ROUNDS} rounds
after ${WARMUP} warm-up rounds.
Ratios are the median of each round's own ratio (badge and span timed back to back).
| Rows | Phase | StatusBadge | <span> | Ratio | Badge markup by hand | Markup / <span> |
|---|---|---|---|---|---|---|`);
for (const size of SIZES) {
  const { badge, span, markup } = rows[size];
  for (const phase of ['mount', 'update']) {
    const [b, s, m] = [badge[phase], span[phase], markup[phase]];
    const [rb, rm] = [badge.ratio[phase], markup.ratio[phase]];
    console.log(
      `| ${size} | ${phase} | ${ms(b)} | ${ms(s)} | ${ratio(rb)} | ${ms(m)} | ${rm.toFixed(2)}× |`,
    );
  }
}

console.log(`
describeStatus in Node (calls per second, median of 7 rounds)
| Input | Calls/s |
|---|---|`);
for (const [name, rate] of Object.entries(rates)) {
  console.log(`| ${name} | ${Math.round(rate).toLocaleString('en')} |`);
}

const { mutated } = countdown;
const onlyCountdown = mutated.elsewhere.length === 0 && mutated.countdown > 0;
console.log(`
StatusAlert countdown (Retry-After 10 s, auto retry; React profiling build, ${countdown.elapsed.toFixed(1)} s watched)
React commits per second: ${countdown.commitsPerSecond.toFixed(2)}
DOM mutations: ${mutated.countdown} in the countdown text, ${mutated.elsewhere.length} elsewhere
Only the countdown text changed: ${onlyCountdown ? 'yes' : `no (${mutated.elsewhere.join(', ')})`}`);

console.log(`
Retry store upkeep: ${STORE_VIEWS.toLocaleString('en')} failing views shown in turn (median of 7)
| Keys | Time |
|---|---|
| one key | ${ms(store.same)} |
| ${STORE_VIEWS.toLocaleString('en')} distinct keys | ${ms(store.distinct)} |
| ${(STORE_VIEWS / 10).toLocaleString('en')} distinct keys | ${ms(store.tenth)} |
Distinct / one: ${(store.distinct / store.same).toFixed(2)}×. The difference is remembering each key
through the quiet period (a Map entry and a cycle, and the garbage collector's work for them);
the cycles the store looks at per new key stay at 3 or fewer (test/hooks/retry-store-upkeep.test.ts).
Per key: ${((1000 * store.tenth) / (STORE_VIEWS / 10)).toFixed(2)} µs with ${(STORE_VIEWS / 10).toLocaleString('en')} keys, ${((1000 * store.distinct) / STORE_VIEWS).toFixed(2)} µs with ${STORE_VIEWS.toLocaleString('en')}.`);

#!/usr/bin/env node
/**
 * `npm run test:consumers`: the package as users get it, in the apps users write.
 *
 * 1. Packs the library once with `npm pack` (from a fresh `vite build` in consumers/.work/, or
 *    with --dist from the repository's dist/ as `npm run build` left it, which CI does).
 * 2. Installs each app from its own lock file (`npm ci`, skipped while node_modules matches the
 *    lock file), then the tarball with `npm install --no-save`, as a user's `npm install` would.
 * 3. Copies the README snippets (test/readme/snippets) in, builds each app, serves it with the
 *    CONNECT simulation and drives it in headless Chromium.
 *
 * Apps: vite-react19 (consumers/vite-app), vite-react18 (the same sources with React 18.3, from
 * consumers/vite-react18's package.json and lock file), next (consumers/next-app).
 *
 * Options: --dist, --only=vite-react19,vite-react18,next, --snippets=DIR (or CONSUMERS_SNIPPETS).
 * Exits non-zero if any check or step fails.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browser.mjs';
import { driveNext } from './lib/drive-next.mjs';
import { driveVite } from './lib/drive-vite.mjs';
import { wordsFrom } from './lib/words.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const work = join(here, '.work');

const APPS = {
  'vite-react19': { dir: join(here, 'vite-app'), kind: 'vite' },
  'vite-react18': {
    dir: join(here, 'vite-react18'),
    kind: 'vite',
    sources: join(here, 'vite-app'),
  },
  next: { dir: join(here, 'next-app'), kind: 'next' },
};
/** What vite-react18 takes from vite-app: everything but the manifest and the lock file. */
const VITE_SOURCES = [
  'index.html',
  'public',
  'src',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
  'vite.config.ts',
];
const SERVER_SNIPPET = 'server-page.tsx';
/**
 * Snippets the React 18 app leaves out: react-router 8 (the router recipe) needs React 19.2.7
 * or later, so neither its manifest nor its lock file has it.
 */
const REACT19_ONLY = ['router.tsx'];
/** A hung browser or server must not hold CI: the whole run normally takes one to two minutes. */
const DEADLINE_MS = 5 * 60_000;

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const useDist = args.includes('--dist');
const only = option('only')?.split(',') ?? Object.keys(APPS);
const snippets = resolve(
  option('snippets') ?? process.env.CONSUMERS_SNIPPETS ?? join(repo, 'test/readme/snippets'),
);
for (const name of only) {
  if (!APPS[name]) throw new Error(`Unknown app ${name}: use ${Object.keys(APPS).join(', ')}`);
}

/**
 * Child processes see the machine as a person's shell would: without what `npm run` adds about
 * this repository (npm_config_local_prefix would send the apps' installs here) or Vitest's
 * variables. The npm configuration itself (npm_config_cache, …) stays.
 */
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
for (const key of Object.keys(env)) {
  if (
    /^(npm_(package_|lifecycle_|command$|config_local_prefix$)|INIT_CWD$|NODE_ENV$|VITEST|TEST$)/.test(
      key,
    )
  ) {
    delete env[key];
  }
}

// --- reporting ---------------------------------------------------------------------------------

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = {}; // app → phase → ms
const checks = [];
const failures = [];

function timing(app, phase, ms) {
  timings[app] ??= {};
  timings[app][phase] = ms;
}

function check(app, name, ok, detail = '') {
  checks.push({ app, name, ok });
  if (!ok) failures.push(`[${app}] ${name}${detail ? `: ${detail}` : ''}`);
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} [${app}] ${name}${detail ? ` (${detail})` : ''}`);
}

async function phase(app, name, body) {
  const start = Date.now();
  console.log(`--> [${app}] ${name}`);
  const result = await body();
  const ms = Date.now() - start;
  timing(app, name, ms);
  console.log(
    `<-- [${app}] ${name}: ${seconds(ms)}${typeof result === 'string' && !result.includes('\n') ? ` (${result})` : ''}`,
  );
  return result;
}

// --- steps -------------------------------------------------------------------------------------

/** Runs a command; rejects with the end of its output when it fails. */
function run(command, commandArgs, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else {
        const tail = output.trimEnd().split('\n').slice(-60).join('\n');
        reject(
          new Error(
            `${command} ${commandArgs.join(' ')} (in ${relative(repo, cwd) || '.'}) exited ${code}:\n${tail}`,
          ),
        );
      }
    });
  });
}

/** npm from the cache first; a cache that has not heard of a locked version yet goes online. */
async function npm(cwd, npmArgs) {
  const flags = ['--no-audit', '--no-fund'];
  try {
    return await run('npm', [...npmArgs, ...flags, '--prefer-offline'], cwd);
  } catch (error) {
    if (!/ETARGET|notarget|ENOTCACHED/.test(error.message)) throw error;
    console.log(`    (npm cache out of date in ${relative(repo, cwd)}: asking the registry)`);
    return run('npm', [...npmArgs, ...flags], cwd);
  }
}

async function pack() {
  mkdirSync(work, { recursive: true });
  for (const file of readdirSync(work)) if (file.endsWith('.tgz')) rmSync(join(work, file));
  let source = repo;
  if (useDist) {
    if (!existsSync(join(repo, 'dist/index.js')))
      throw new Error('--dist: run `npm run build` first.');
  } else {
    // A private build, so a concurrent `npm run build` emptying dist/ cannot break this run.
    source = join(work, 'source');
    rmSync(source, { recursive: true, force: true });
    mkdirSync(source);
    for (const file of ['package.json', 'README.md', 'LICENSE'])
      cpSync(join(repo, file), join(source, file));
    const vite = join(repo, 'node_modules/vite/bin/vite.js');
    await run(
      process.execPath,
      [vite, 'build', '--outDir', join(source, 'dist'), '--emptyOutDir'],
      repo,
    );
  }
  // --ignore-scripts: `prepack` would build again.
  const output = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
    source,
  );
  const [report] = JSON.parse(output.slice(output.indexOf('[')));
  return {
    tarball: join(work, report.filename),
    files: report.files.map((file) => file.path).sort(),
  };
}

function lockKey(dir) {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json'])
    hash.update(readFileSync(join(dir, file)));
  return hash.update(process.version).digest('hex');
}

async function install(dir) {
  const stamp = join(dir, 'node_modules/.consumers-lock-key');
  const key = lockKey(dir);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key)
    return 'node_modules matches the lock file: kept';
  await npm(dir, ['ci']);
  writeFileSync(stamp, key);
  return 'npm ci';
}

function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

async function installTarball(app, dir, packed) {
  await npm(dir, ['install', '--no-save', packed.tarball]);
  const installed = join(dir, 'node_modules/react-connect-status');
  const files = listFiles(installed).sort();
  check(
    app,
    'node_modules/react-connect-status holds exactly the packed files',
    JSON.stringify(files) === JSON.stringify(packed.files),
    `${files.length} files`,
  );
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  check(
    app,
    'the app manifest and lock file stay as committed (no react-connect-status entry)',
    !manifest.dependencies?.['react-connect-status'] &&
      !readFileSync(join(dir, 'package-lock.json'), 'utf8').includes('react-connect-status'),
  );
}

/**
 * The README snippets into the apps: the Vite apps get all but the Next page (the React 18 one
 * also not REACT19_ONLY), Next gets that page as a route and all of them for its type check.
 */
function copySnippets() {
  if (!existsSync(join(snippets, SERVER_SNIPPET))) {
    throw new Error(
      `No README snippets in ${relative(repo, snippets)} (${SERVER_SNIPPET} missing).`,
    );
  }
  const modules = readdirSync(snippets).filter((file) => /\.tsx?$/.test(file));
  const readme = join(here, 'vite-app/src/readme');
  rmSync(readme, { recursive: true, force: true });
  mkdirSync(readme);
  for (const file of modules)
    if (file !== SERVER_SNIPPET) cpSync(join(snippets, file), join(readme, file));
  const react18 = APPS['vite-react18'];
  for (const file of VITE_SOURCES) {
    rmSync(join(react18.dir, file), { recursive: true, force: true });
    cpSync(join(react18.sources, file), join(react18.dir, file), { recursive: true });
  }
  for (const file of REACT19_ONLY) rmSync(join(react18.dir, 'src/readme', file), { force: true });
  // Next: the Server Component page as a route; the others for `next build`'s type check
  // (TypeScript 5, strict), in a folder only app/retry-panel.tsx and app/error-routes/error.tsx
  // import from.
  const page = join(APPS.next.dir, 'app/streams/[id]/page.tsx');
  mkdirSync(dirname(page), { recursive: true });
  cpSync(join(snippets, SERVER_SNIPPET), page);
  const typed = join(APPS.next.dir, 'readme');
  rmSync(typed, { recursive: true, force: true });
  cpSync(readme, typed, { recursive: true });
  return `${modules.length - 1} into vite-app/src/readme (vite-react18 without ${REACT19_ONLY.join(', ')}) and next-app/readme, ${SERVER_SNIPPET} as next-app/app/streams/[id]/page.tsx`;
}

const COPIES =
  'vite-app/src/readme/, next-app/readme/ and next-app/app/streams/[id]/page.tsx are copies of test/readme/snippets/';

/** A type error in a copied snippet names the copy: say where the original is. */
async function building(step) {
  try {
    return await step();
  } catch (error) {
    error.message += `\n(${COPIES})`;
    throw error;
  }
}

async function build(app, config) {
  const bin = (name) => join(config.dir, 'node_modules/.bin', name);
  if (config.kind === 'vite') {
    // From scratch, as in CI: no incremental type-check state, no old bundle.
    rmSync(join(config.dir, 'node_modules/.tmp'), { recursive: true, force: true });
    rmSync(join(config.dir, 'dist'), { recursive: true, force: true });
    await phase(app, 'tsc -b', () =>
      building(async () => void (await run(bin('tsc'), ['-b'], config.dir))),
    );
    const output = await phase(app, 'vite build', () => run(bin('vite'), ['build'], config.dir));
    const warnings = output.split('\n').filter((line) => /warn|\(!\)/i.test(line));
    check(app, 'vite build printed no warnings', warnings.length === 0, warnings.join('\n    '));
    return;
  }
  await phase(app, 'next build', () =>
    building(async () => {
      const output = await run(bin('next'), ['build'], config.dir);
      // "No build cache found" is Next.js telling CI (CI=true) to keep .next/cache between runs.
      const warnings = output
        .split('\n')
        .filter((line) => /warn|⚠/i.test(line) && !line.includes('No build cache found'));
      check(app, 'next build printed no warnings', warnings.length === 0, warnings.join('\n    '));
      const steps = output.match(
        /(Compiled successfully in [\d.]+m?s|Finished TypeScript in [\d.]+m?s)/g,
      );
      return steps?.join(', ');
    }),
  );
}

// --- the run -----------------------------------------------------------------------------------

let browser;
let browserStarting;
const sharedBrowser = () => {
  browserStarting ??= launch().then((launched) => {
    browser = launched;
    return launched;
  });
  return browserStarting;
};

const rows = [];
async function chain(app, packing) {
  const config = APPS[app];
  // Installing waits for nothing: it overlaps with the library build and with the other apps.
  await phase(app, 'npm ci', () => install(config.dir));
  const packed = await packing;
  await phase(app, 'install tarball', () => installTarball(app, config.dir, packed));
  await build(app, config);
  const words = await wordsFrom(config.dir);
  const drive = async () => {
    const launching = Date.now();
    const options = { app, browser: await sharedBrowser(), words, check };
    console.log(`    Chromium ready after ${seconds(Date.now() - launching)}`);
    if (config.kind === 'vite') return driveVite({ ...options, dist: join(config.dir, 'dist') });
    const { startMs, rows: nextRows } = await driveNext({ ...options, dir: config.dir, env });
    console.log(`    next start answered after ${seconds(startMs)}`);
    return nextRows;
  };
  rows.push(...(await phase(app, 'drive in Chromium', drive)));
}

async function main() {
  console.log(`Consumer apps: ${only.join(', ')}; snippets from ${relative(repo, snippets)}`);
  console.log(
    `Load average at the start: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  await phase('package', 'copy snippets', async () => copySnippets());
  const packing = phase('package', useDist ? 'npm pack (dist/)' : 'vite build + npm pack', pack);
  packing.catch(() => {});
  await Promise.all(
    only.map((app) =>
      chain(app, packing).catch((error) => check(app, 'steps', false, error.message)),
    ),
  );
}

function report() {
  const apps = Object.keys(timings);
  const phases = [...new Set(apps.flatMap((app) => Object.keys(timings[app])))];
  console.log('\nTimings (wall clock; the apps run side by side):');
  console.log(`  ${'phase'.padEnd(24)}${apps.map((app) => app.padStart(14)).join('')}`);
  for (const name of phases) {
    const cells = apps.map((app) =>
      (timings[app][name] === undefined ? '' : seconds(timings[app][name])).padStart(14),
    );
    console.log(`  ${name.padEnd(24)}${cells.join('')}`);
  }
  console.log(`  ${'total'.padEnd(24)}${seconds(Date.now() - started).padStart(14)}`);
  console.log(
    `  (load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')})`,
  );

  if (rows.length) {
    console.log('\nRequests the CONNECT simulation got (down-*: must be 1 + maxAttempts = 4):');
    console.log(
      `  ${'app'.padEnd(14)}${'recipe'.padEnd(20)}${'fail1-*'.padStart(9)}${'down-*'.padStart(9)}   back to normal after the retry`,
    );
    for (const row of rows) {
      const cell = (value) => String(value ?? '-').padStart(9);
      const back = row.backToNormal === undefined ? '-' : row.backToNormal ? 'shown' : 'not shown';
      console.log(
        `  ${row.app.padEnd(14)}${row.recipe.padEnd(20)}${cell(row.recoverRequests)}${cell(row.downRequests)}   ${back}`,
      );
    }
  }
  const passed = checks.filter((c) => c.ok).length;
  if (failures.length) console.log(`\nFailures:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  console.log(`\nconsumers: ${passed} passed, ${checks.length - passed} failed`);
}

const deadline = setTimeout(() => {
  check('consumers', `finished within ${DEADLINE_MS / 60_000} minutes`, false);
  report();
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

try {
  await main();
} catch (error) {
  check('consumers', 'run', false, error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
}
report();
process.exitCode = failures.length > 0 || checks.length === 0 ? 1 : 0;

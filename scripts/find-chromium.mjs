#!/usr/bin/env node
// Finds a system Chrome/Chromium for Vitest browser mode. Never downloads a browser.
// CLI: prints the path and exits 0, or prints the install hint and exits 1.
// Tests may set CONNECT_STATUS_CHROMIUM_CANDIDATES (colon-separated, may be empty) to replace
// the built-in candidates and the PATH lookup.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const APT_CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium in containers and CI: no sandbox/GPU/shm needs, no network side-trips. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const INSTALL_HINT =
  'No Chromium found: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary.';

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function which(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Debian's /usr/bin/chromium is a shell launcher that sources /etc/chromium.d (extension and GPU
 * flags, and a noisy `findmnt` check). Playwright can start it, but the real binary it execs
 * (LIBDIR/APPNAME, i.e. /usr/lib/chromium/chromium) is quieter and honours only our flags.
 */
export function unwrapLauncher(path) {
  let text;
  try {
    text = readFileSync(path, 'latin1').slice(0, 64 * 1024);
  } catch {
    return path;
  }
  if (!text.startsWith('#!')) return path;
  const app = /^APPNAME=(\S+)/m.exec(text)?.[1];
  const libdir = /^LIBDIR=(\S+)/m.exec(text)?.[1];
  if (!app || !libdir) return path;
  const binary = join(libdir.replace(/\$\{?APPNAME\}?/g, app), app);
  return isExecutable(binary) ? binary : path;
}

// Vitest evaluates its config several times per process: say each warning once.
const WARNED = Symbol.for('connect-status.chromium-warnings');
globalThis[WARNED] ??= new Set();
const warned = globalThis[WARNED];
function warnOnce(message) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** Returns an executable Chrome/Chromium path, or undefined. Warns once for a bad CHROMIUM_PATH. */
export function findChromium({ env = process.env, warn = warnOnce } = {}) {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (isExecutable(configured)) return configured;
    warn(`CHROMIUM_PATH=${configured} is not an executable file; looking for Chromium elsewhere.`);
  }
  const override = env.CONNECT_STATUS_CHROMIUM_CANDIDATES;
  const candidates =
    override === undefined
      ? [...CANDIDATES, ...PATH_NAMES.map((name) => which(name, env))]
      : override.split(':');
  const found = candidates.find((path) => path && isExecutable(path));
  return found ? unwrapLauncher(found) : undefined;
}

/** Installing is only attempted as root on a machine with apt-get (CI containers). */
export function canInstallWithApt(env = process.env) {
  return process.getuid?.() === 0 && which('apt-get', env) !== undefined;
}

/** `apt-get update && apt-get install -y --no-install-recommends chromium`; returns the path. */
export function installChromium(env = process.env) {
  const options = { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
  const steps = [['update'], ['install', '-y', '--no-install-recommends', 'chromium']];
  for (const args of steps) {
    if (spawnSync('apt-get', args, options).status !== 0) return undefined;
  }
  return isExecutable(APT_CHROMIUM) ? unwrapLauncher(APT_CHROMIUM) : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = findChromium();
  if (path) {
    console.log(path);
  } else {
    console.error(INSTALL_HINT);
    process.exitCode = 1;
  }
}

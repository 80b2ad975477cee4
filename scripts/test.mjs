#!/usr/bin/env node
// `npm test`: find a system Chromium (installing it with apt-get only as root), then run
// `vitest run` for every project (unit in jsdom, storybook in Chromium). Extra args pass through.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  canInstallWithApt,
  findChromium,
  INSTALL_HINT,
  installChromium,
} from './find-chromium.mjs';

let chromium = findChromium();
if (!chromium && canInstallWithApt()) {
  console.log('No Chromium found; installing Debian chromium with apt-get (running as root).');
  chromium = installChromium();
}
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Using Chromium: ${chromium}`);

const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const child = spawn(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});

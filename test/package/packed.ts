/**
 * The package as a consumer gets it: built into a private temp directory (never the shared
 * dist/, which a concurrent `npm run build` may be emptying), packed with npm, and unpacked into
 * a consumer's node_modules next to symlinks to React and clsx.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repo = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(repo, 'package.json'));

/** A child process that sees the machine as a person's shell would, not as a Vitest worker. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST') || key === 'TEST') delete env[key];
  }
  return env;
}

export async function node(args: string[], cwd: string) {
  return run(process.execPath, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
}

export interface PackedFile {
  path: string;
  size: number;
}

export interface Packed {
  /** Files `npm pack` puts in the tarball, as it reports them. */
  files: PackedFile[];
  /** The unpacked package inside the consumer: `<consumer>/node_modules/react-connect-status`. */
  installed: string;
  /** A project that depends on the package, with React resolvable. */
  consumer: string;
  cleanup: () => Promise<void>;
}

const PEERS = ['react', 'react-dom', 'clsx', 'scheduler'];

export async function buildAndPack(): Promise<Packed> {
  const work = await mkdtemp(join(tmpdir(), 'rcs-package-'));
  const cleanup = () => rm(work, { recursive: true, force: true });
  try {
    return { ...(await packInto(work)), cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function packInto(work: string): Promise<Omit<Packed, 'cleanup'>> {
  const source = join(work, 'source');
  await mkdir(source);
  for (const file of ['package.json', 'README.md', 'LICENSE']) {
    if (existsSync(join(repo, file))) await copyFile(join(repo, file), join(source, file));
  }
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  await node([vite, 'build', '--outDir', join(source, 'dist'), '--emptyOutDir'], repo);

  // --ignore-scripts: `prepack` would build again, in a directory without the Vite config.
  const npm = ['pack', '--json', '--ignore-scripts', '--pack-destination', work];
  const { stdout } = await run('npm', npm, { cwd: source, env: cleanEnv() });
  const [report] = JSON.parse(stdout) as { filename: string; files: PackedFile[] }[];
  if (!report) throw new Error(`npm pack reported nothing: ${stdout}`);

  const consumer = join(work, 'consumer');
  const installed = join(consumer, 'node_modules', 'react-connect-status');
  await mkdir(installed, { recursive: true });
  await run('tar', ['-xzf', join(work, report.filename), '-C', installed, '--strip-components=1']);
  for (const name of PEERS) {
    await symlink(join(repo, 'node_modules', name), join(consumer, 'node_modules', name), 'dir');
  }
  return { files: report.files, installed, consumer };
}

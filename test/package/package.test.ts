// @vitest-environment node
import { readFileSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndPack, node, type Packed, repo } from './packed';

// One build, pack and install for the whole file: a Vite build with declarations takes seconds.
let packed: Packed;
beforeAll(async () => {
  packed = await buildAndPack();
}, 180_000);
afterAll(() => packed?.cleanup());

const fixture = (name: string) => fileURLToPath(new URL(`consumer/${name}`, import.meta.url));
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
};
const exportTargets = Object.values(manifest.exports).flatMap((target) =>
  typeof target === 'string' ? [target] : Object.values(target),
);
const paths = () => packed.files.map((file) => file.path);

describe('npm pack', () => {
  it('ships the build, the readme, the licence and the manifest, nothing else', () => {
    const extra = paths().filter(
      (path) =>
        !path.startsWith('dist/') && !['README.md', 'LICENSE', 'package.json'].includes(path),
    );
    expect(extra).toEqual([]);
    const leaked = paths().filter((path) =>
      /\.(test|stories)\.|(^|\/)(src|test|stories|\.storybook|public)\/|\.tsx?$(?<!\.d\.ts)|mockServiceWorker/.test(
        path,
      ),
    );
    expect(leaked).toEqual([]);
    expect(paths()).toContain('LICENSE');
  });

  it('ships every file the exports map points to', () => {
    for (const target of exportTargets) expect(paths()).toContain(target.replace(/^\.\//, ''));
  });

  it('ships declarations next to every module', () => {
    const modules = paths().filter((path) => path.endsWith('.js'));
    expect(modules.length).toBeGreaterThan(1);
    for (const module of modules) expect(paths()).toContain(module.replace(/\.js$/, '.d.ts'));
  });

  it('marks the modules that use React "use client", and only those', async () => {
    const modules = paths().filter((path) => path.endsWith('.js'));
    const marked: string[] = [];
    for (const path of modules) {
      const code = await readFile(join(packed.installed, path), 'utf8');
      const usesReact = /from\s*["']react(-dom)?(\/[\w-]+)?["']/.test(code);
      const directive = code.startsWith('"use client";');
      // A server component may call describeStatus: pure modules must stay unmarked.
      expect({ path, directive }).toEqual({ path, directive: usesReact });
      if (directive) marked.push(path);
    }
    expect(marked).toContain('dist/components/StatusBadge.js');
    expect(marked).not.toContain('dist/index.js');
  });
});

// Child processes (Node, a Vite build) on a busy two-core machine: generous time limits.
describe('the packed package in a consumer', () => {
  it('renders on a Node server without warnings, locales and styles resolving', async () => {
    await copyFile(fixture('ssr.mjs'), join(packed.consumer, 'ssr.mjs'));
    const { stdout, stderr } = await node(['ssr.mjs'], packed.consumer);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as {
      html: string;
      german: { badge: string };
      english: { title: string };
      css: string;
    };
    expect(result.html).toContain(result.german.badge);
    expect(result.html).toContain('role="status"');
    expect(result.english.title).toBeTruthy();
    expect(result.css).toBe(`file://${join(packed.installed, 'dist/styles.css')}`);
  }, 60_000);

  it('bundles in a Vite React app without warnings; describeStatus alone pulls in no React', async () => {
    await copyFile(fixture('vite-app.mjs'), join(packed.consumer, 'vite-app.mjs'));
    const require = createRequire(join(repo, 'package.json'));
    const tools = [require.resolve('vite'), require.resolve('@vitejs/plugin-react')];
    const { stdout } = await node(['vite-app.mjs', ...tools], packed.consumer);
    const report = JSON.parse(stdout) as {
      warnings: string[];
      bundles: Record<'ui' | 'core', { modules: string[]; css: string[] }>;
    };
    expect(report.warnings).toEqual([]);
    const { ui, core } = report.bundles;
    expect(ui.modules.some((id) => id.includes('/react-dom/'))).toBe(true);
    expect(ui.css.join('')).toContain('.rcs-badge');
    const fromPackage = core.modules.filter((id) => id.includes('/react-connect-status/'));
    expect(fromPackage.some((id) => id.endsWith('/i18n/describe.js'))).toBe(true);
    const react = core.modules.filter((id) =>
      /\/(react|react-dom|scheduler)\/|\/components\//.test(id),
    );
    expect(react).toEqual([]);
  }, 60_000);
});

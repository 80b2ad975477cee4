import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { machineFonts } from './.storybook/machine-fonts.ts';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { countingApi } from './test/browser/counting-api.ts';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Library entry points, each named after its source path, so dist/ mirrors src/ and every
 * entry's types sit next to its JS: output name (without .js, relative to dist/) → source file.
 */
const entries: Record<string, string> = {
  index: root('src/index.ts'),
  'i18n/locales/de': root('src/i18n/locales/de.ts'),
  'i18n/locales/fr': root('src/i18n/locales/fr.ts'),
  'i18n/locales/es': root('src/i18n/locales/es.ts'),
  'i18n/locales/ja': root('src/i18n/locales/ja.ts'),
  'core/retry-rules': root('src/core/retry-rules.ts'),
  'hooks/use-retry-run': root('src/hooks/use-retry-run.ts'),
};

/** Bare imports left to the consumer (subpaths included, e.g. react/jsx-runtime). */
const external = [/^react(\/|$)/, /^react-dom(\/|$)/, /^clsx(\/|$)/];

/**
 * Plugins that belong to the library build only. Storybook reuses this file (dropping `build`)
 * and Vitest serves it, so these apply only when `build.lib` is configured.
 */
function libraryOnly(...plugins: (Plugin | Plugin[])[]): Plugin[] {
  return plugins.flat().map((plugin) => ({
    ...plugin,
    apply: (config, env) => env.command === 'build' && Boolean(config.build?.lib),
  }));
}

/** Ships src/styles.css unchanged as dist/styles.css (consumers import it explicitly). */
function copyStyles(): Plugin {
  const source = root('src/styles.css');
  return {
    name: 'connect-status:copy-styles',
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle() {
      if (!existsSync(source)) this.error(`Missing ${source}: it ships as dist/styles.css.`);
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(source) });
    },
  };
}

/**
 * Relative imports in the emitted .d.ts get `.js`, as Node's ESM resolution (TypeScript's
 * `node16`/`nodenext`) requires; the sources stay extensionless for the bundler.
 */
function withJsExtensions(declarations: string): string {
  return declarations.replace(
    /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+?)(?<!\.js|\.css|\.json)\2/g,
    '$1$2$3.js$2',
  );
}

/** Headless Chromium for Vitest browser mode: always the system's, never a downloaded one. */
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      // CHROMIUM_PATH as set by scripts/test.mjs, else the same search, so plain `vitest` and
      // Storybook's test panel work too.
      executablePath: process.env.VITEST ? findChromium() : undefined,
      args: CHROMIUM_ARGS,
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

/** Windows' forced colours (High Contrast), for the screenshots that need them. */
const emulateForcedColors: BrowserCommand<[active: boolean]> = async (context, active) => {
  await context.page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

/**
 * Every story as a test in headless Chromium, with the theme the toolbar would set, and its
 * screenshot compared with the committed one (.storybook/screenshots.setup.ts).
 */
function storyProject(name: string, theme: 'light' | 'dark'): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: root('.storybook'), initialGlobals: { theme } })],
    test: {
      name,
      // Beside the Storybook plugin's own: the screenshots, and the console kept for surprises.
      setupFiles: [root('.storybook/screenshots.setup.ts'), root('.storybook/console.setup.ts')],
      // Whether this Chromium is the one that drew the baselines.
      globalSetup: [root('.storybook/baselines.setup.ts')],
      browser: {
        ...chromium(),
        commands: { emulateForcedColors, machineFonts },
        expect: {
          toMatchScreenshot: {
            // Anti-aliasing may differ by a pixel or two between runs; a changed word, colour
            // or spacing changes hundreds.
            comparatorName: 'pixelmatch',
            comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 20 },
            // Committed baselines, apart from the failure screenshots git ignores.
            resolveScreenshotPath: ({
              root,
              testFileDirectory,
              testFileName,
              arg,
              browserName,
              platform,
              ext,
            }) =>
              `${root}/${testFileDirectory}/__baselines__/${testFileName}/${arg}-${browserName}-${platform}${ext}`,
          },
        },
      },
    },
  };
}

export default defineConfig({
  resolve: {
    // The README's snippets import the package by name, as users do; here it is the source.
    alias: [
      { find: /^react-connect-status$/, replacement: root('src/index.ts') },
      // The locales by name, as users import them: react-connect-status/locales/de and so on.
      {
        find: /^react-connect-status\/locales\/(de|fr|es|ja)$/,
        replacement: root('src/i18n/locales/$1.ts'),
      },
      {
        find: /^react-connect-status\/retry-rules$/,
        replacement: root('src/core/retry-rules.ts'),
      },
      {
        find: /^react-connect-status\/retry-run$/,
        replacement: root('src/hooks/use-retry-run.ts'),
      },
      { find: /^react-connect-status\/styles\.css$/, replacement: root('src/styles.css') },
    ],
  },
  plugins: [
    react(),
    ...libraryOnly(
      dts({
        tsconfigPath: root('tsconfig.build.json'),
        entryRoot: root('src'),
        beforeWriteFile: (filePath, content) => ({ filePath, content: withJsExtensions(content) }),
      }),
      copyStyles(),
    ),
  ],
  build: {
    lib: {
      entry: entries,
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    outDir: 'dist',
    emptyOutDir: true,
    // Maps carry their sources, so minified code stays debuggable without shipping src/.
    sourcemap: true,
    // public/ holds Storybook's MSW worker: it must not ship.
    copyPublicDir: false,
    rolldownOptions: {
      external,
      output: {
        // One file per source module: `sideEffects` lets bundlers drop whole unused modules
        // (forwardRef calls are not pure), and "use client" can mark the React modules only,
        // so describeStatus & co stay callable from React Server Components.
        preserveModules: true,
        preserveModulesRoot: root('src'),
        // Vite leaves whitespace in ES libraries; removing it halves the install size. Names
        // are kept so DevTools and stack traces read `StatusBadge`, not `d`.
        minify: {
          compress: { keepNames: { function: true, class: true } },
          mangle: { keepNames: { function: true, class: true } },
          codegen: { removeWhitespace: true },
        },
        // After minification, so no minifier can drop it: a module importing React is a client
        // module for React Server Components; pure modules get no directive.
        postBanner: (chunk) =>
          chunk.imports.some((id) => /^react(-dom)?(\/|$)/.test(id)) ? '"use client";' : '',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [
            ...configDefaults.exclude,
            'test/browser/**',
            // CI's second run on React 18 leaves out what never renders: the pure core, the
            // README checks and the package test (a build of its own); and the React Router
            // examples, since react-router 8 needs React 19.2.7 or later.
            ...(process.env.UNIT_REACT_ONLY
              ? ['test/core/**', 'test/package/**', 'test/readme*', 'test/examples/router.test.tsx']
              : []),
          ],
          setupFiles: ['test/setup.ts'],
          // No test fails on wall-clock time: the property tests' 2,000 runs take 2–9 s on a
          // busy two-core machine. The limit only stops a test that hangs.
          testTimeout: 60_000,
        },
      },
      {
        // Behaviour with real timers against a real local endpoint that counts requests.
        extends: true,
        plugins: [countingApi()],
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          browser: chromium(),
        },
      },
      storyProject('storybook', 'light'),
      // Every story again in the dark theme (the toolbar global), so axe checks both palettes.
      storyProject('storybook-dark', 'dark'),
    ],
  },
});

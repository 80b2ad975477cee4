// Bundles benchmark code with Vite, in memory: the page for Chromium (IIFE, React in production
// or profiling mode) and the core for Node (ESM). Sources come from src/, so no `npm run build`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

async function bundle({ entry, format, profiling = false, ssr = false }) {
  const result = await build({
    configFile: false,
    root: here('../..'),
    logLevel: 'warn',
    mode: 'production',
    plugins: ssr ? [] : [react()],
    // Production React skips Profiler callbacks; its profiling build keeps them.
    resolve: profiling ? { alias: { 'react-dom/client': 'react-dom/profiling' } } : undefined,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      ssr,
      minify: true,
      lib: { entry: here(entry), formats: [format], name: 'connectStatusBench' },
    },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output.output.find((file) => file.type === 'chunk' && file.isEntry);
  const css = output.output.filter((file) => file.fileName.endsWith('.css'));
  return { code: chunk.code, css: css.map((file) => String(file.source)).join('\n') };
}

export const pageBundle = (profiling) => bundle({ entry: 'page.tsx', format: 'iife', profiling });
export const coreBundle = () => bundle({ entry: 'core.ts', format: 'es', ssr: true });

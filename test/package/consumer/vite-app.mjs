// Bundles two tiny apps as a fresh Vite React project would (create-vite's template: Vite and
// @vitejs/plugin-react), and reports warnings and which modules each bundle holds.
// Usage: node vite-app.mjs <vite's node entry> <@vitejs/plugin-react's entry>
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const { build, createLogger } = await import(pathToFileURL(process.argv[2]).href);
const { default: react } = await import(pathToFileURL(process.argv[3]).href);

const warnings = [];
const logger = createLogger('warn');
logger.warn = (message) => warnings.push(message);
logger.warnOnce = logger.warn;
logger.error = (message) => warnings.push(message);

const apps = {
  // Everything a page would use, CSS included.
  ui: `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { StatusAlert, StatusBadge } from 'react-connect-status';
import 'react-connect-status/styles.css';
createRoot(document.body).render([h(StatusBadge, { status: 503 }), h(StatusAlert, { status: 500 })]);`,
  // The core alone, e.g. in a worker or a logger.
  core: `import { describeStatus } from 'react-connect-status';
console.log(describeStatus(503).title);`,
};

const report = { warnings, bundles: {} };
for (const [name, code] of Object.entries(apps)) {
  await writeFile(`${name}.js`, code);
  const output = await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'warn',
    customLogger: logger,
    plugins: [react()],
    build: { write: false, rolldownOptions: { input: `${name}.js` } },
  });
  const files = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  report.bundles[name] = {
    modules: files.flatMap((file) => (file.type === 'chunk' ? Object.keys(file.modules) : [])),
    css: files.filter((file) => file.fileName.endsWith('.css')).map((file) => String(file.source)),
  };
}
console.log(JSON.stringify(report));

#!/usr/bin/env node
/**
 * The figures of a visual pass, measured in Chromium from a built Storybook (`npx storybook
 * build -o <dir>`): badge height against a dense table's text, the countdown badge against the
 * widest other, detail labels against their values, the copy and dismiss glyphs on a dark page
 * that sets no color-scheme, and the height of an alert with a dismiss button at 480 px. Prints
 * a table; asserts nothing (the stories' play functions do).
 *
 *   node scripts/visual/measure.mjs <storybook-static-dir> [...]
 *
 * Runs Debian's Chromium (or CHROMIUM_PATH) through Playwright's library; never downloads one.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../find-chromium.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: measure.mjs <storybook-static-dir> [...]');
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** A static server for one build, on a free port. */
async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** In the page: WCAG contrast of computed colours, alpha painted over what is beneath. */
function pageHelpers() {
  const rgba = (css) => {
    const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/.exec(css);
    if (srgb) return [srgb[1] * 255, srgb[2] * 255, srgb[3] * 255, Number(srgb[4] ?? 1)];
    const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, a];
  };
  const over = (top, under) =>
    [0, 1, 2].map((i) => top[3] * top[i] + (1 - top[3]) * under[i]).concat(1);
  const lum = (c) =>
    c.slice(0, 3).reduce((sum, v, i) => {
      const s = v / 255;
      return (
        sum +
        [0.2126, 0.7152, 0.0722][i] * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4)
      );
    }, 0);
  const contrast = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  /** The colour an element's text is drawn in, on the opaque surface of `surfaceOf`. */
  window.toneOn = (element, surface) =>
    contrast(over(rgba(getComputedStyle(element).color), surface), surface);
  window.surfaceOf = (element, under = [255, 255, 255, 1]) =>
    over(rgba(getComputedStyle(element).backgroundColor), under);
  window.rgba = rgba;
}

async function open(page, origin, id, globals = '') {
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story${globals}`);
  await page.waitForSelector('[data-theme] > *');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

async function measure(root, browser) {
  const { server, origin } = await serve(root);
  const page = await browser.newPage({ viewport: { width: 960, height: 800 } });
  await page.addInitScript(pageHelpers);
  const figures = {};
  try {
    await open(page, origin, 'components-statusbadge--in-a-dense-table');
    Object.assign(
      figures,
      await page.evaluate(() => {
        const badges = [...document.querySelectorAll('tbody .rcs-badge')];
        const counting = badges.find((badge) => badge.textContent.includes('↻'));
        const width = (badge) => badge.getBoundingClientRect().width;
        const others = badges.filter((badge) => badge !== counting);
        return {
          'badge height / 13 px text':
            Math.max(...badges.map((b) => b.getBoundingClientRect().height)) / 13,
          'countdown badge / widest other': width(counting) / Math.max(...others.map(width)),
        };
      }),
    );
    for (const theme of ['light', 'dark']) {
      await open(
        page,
        origin,
        'components-statusalert-connect-responses--not-found-camel-case-with-operation-id',
        `&globals=theme:${theme}`,
      );
      Object.assign(
        figures,
        await page.evaluate((theme) => {
          const alert = document.querySelector('.rcs-alert');
          const details = alert.querySelector('.rcs-details');
          const inset = window.surfaceOf(
            details,
            window.surfaceOf(alert, window.surfaceOf(document.querySelector('[data-theme]'))),
          );
          return {
            [`${theme}: detail label contrast`]: window.toneOn(details.querySelector('dt'), inset),
            [`${theme}: detail value contrast`]: window.toneOn(details.querySelector('dd'), inset),
          };
        }, theme),
      );
    }
    // A dark page as most apps make one: data-theme="dark", no color-scheme.
    for (const id of [
      'components-statusalert-connect-responses--not-found-camel-case-with-operation-id',
      'components-statusalert--with-action-and-dismiss',
    ]) {
      await open(page, origin, id, '&globals=theme:dark');
      Object.assign(
        figures,
        await page.evaluate(() => {
          const canvas = document.querySelector('[data-theme]');
          canvas.style.colorScheme = 'light';
          const alert = canvas.querySelector('.rcs-alert');
          const surface = window.surfaceOf(alert, window.surfaceOf(canvas));
          const out = {};
          for (const [name, selector] of [
            ['copy', '.rcs-copy'],
            ['dismiss', '.rcs-alert__dismiss'],
          ]) {
            const button = alert.querySelector(selector);
            if (button)
              out[`dark, no color-scheme: ${name} glyph contrast`] = window.toneOn(button, surface);
          }
          return out;
        }),
      );
    }
    for (const width of [400, 480, 560]) {
      await page.setViewportSize({ width, height: 800 });
      await open(page, origin, 'components-statusalert--with-action-and-dismiss');
      Object.assign(
        figures,
        await page.evaluate((width) => {
          const alert = document.querySelector('.rcs-alert');
          const message = alert.querySelector('.rcs-alert__message');
          return {
            [`alert with dismiss, ${width} px page: height (px)`]:
              alert.getBoundingClientRect().height,
            [`alert with dismiss, ${width} px page: message width (px)`]:
              message.getBoundingClientRect().width,
          };
        }, width),
      );
    }
  } finally {
    await page.close();
    server.close();
  }
  return figures;
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const results = [];
  for (const dir of dirs) results.push(await measure(dir, browser));
  const names = [...new Set(results.flatMap((figures) => Object.keys(figures)))];
  console.log(`| Figure | ${dirs.join(' | ')} |\n|---|${dirs.map(() => '---').join('|')}|`);
  for (const name of names) {
    const cells = results.map((figures) => (name in figures ? figures[name].toFixed(2) : '—'));
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
} finally {
  await browser.close();
}

#!/usr/bin/env node
/**
 * Side-by-side pictures of a visual change, from the committed story screenshots: the baseline
 * at an older commit beside today's, light above dark, one PNG per story. For a change's
 * review or closing note; nothing tests against these.
 *
 *   node scripts/visual/before-after.mjs <before-commit> <out-dir> <story-baseline> [...]
 *
 * A story baseline is its path under a `__baselines__` folder without the theme and platform,
 * e.g. StatusAlert.retry.stories.tsx/components-statusalert-retry-scheduled. Runs Debian's
 * Chromium (or CHROMIUM_PATH) through Playwright's library; never downloads a browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../find-chromium.mjs';

const [before, out, ...stories] = process.argv.slice(2);
if (!before || !out || stories.length === 0) {
  console.error('usage: before-after.mjs <before-commit> <out-dir> <story-baseline> [...]');
  process.exit(2);
}

const FOLDERS = ['stories/__baselines__', 'stories/examples/__baselines__'];
const png = (buffer) => (buffer ? `data:image/png;base64,${buffer.toString('base64')}` : '');

/** The baseline's bytes at `commit` (undefined: the story had none then), or today's file. */
function picture(story, theme, commit) {
  for (const folder of FOLDERS) {
    const path = `${folder}/${story}-${theme}-chromium-linux.png`;
    if (!commit) {
      if (existsSync(path)) return readFileSync(path);
      continue;
    }
    try {
      return execFileSync('git', ['show', `${commit}:${path}`], {
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      // not in this folder at that commit
    }
  }
  return undefined;
}

function page(story, short) {
  const cell = (image, label) =>
    `<figure><figcaption>${label}</figcaption>${image ? `<img src="${image}">` : '<p>(no such story then)</p>'}</figure>`;
  const rows = ['light', 'dark']
    .map(
      (theme) =>
        `<section>${cell(png(picture(story, theme, before)), `Before (${short}), ${theme}`)}${cell(
          png(picture(story, theme)),
          `After, ${theme}`,
        )}</section>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; font: 13px system-ui, sans-serif; background: #f6f8fa; width: max-content; }
    h1 { font-size: 14px; margin: 0 0 8px; }
    section { display: flex; gap: 16px; align-items: flex-start; margin-block-end: 16px; }
    figure { margin: 0; } figcaption { margin-block-end: 4px; color: #57606a; }
    img { display: block; border: 1px solid #d0d7de; }
  </style><h1>${story}</h1>${rows}`;
}

const short = execFileSync('git', ['rev-parse', '--short', before]).toString().trim();
mkdirSync(out, { recursive: true });
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const tab = await browser.newPage();
  for (const story of stories) {
    await tab.setContent(page(story, short));
    const file = join(out, `${story.split('/').pop()}.png`);
    await tab.locator('body').screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
}

/**
 * Which Chromium drew the committed screenshots (.storybook/baselines.json). Another major draws
 * text and widgets a pixel apart, so there the comparisons are skipped, with one line saying so,
 * and the rest of each story test (play function, axe) still runs. Re-baselining (`-u`) compares
 * and records the major in use.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../scripts/find-chromium.mjs';

declare module 'vitest' {
  interface ProvidedContext {
    compareScreenshots: boolean;
  }
}

const RECORD = fileURLToPath(new URL('baselines.json', import.meta.url));
const STORIES = fileURLToPath(new URL('../stories', import.meta.url));

/** The major version of the Chromium the tests run, from its --version; undefined if unknown. */
export function chromiumMajor(path = findChromium()): number | undefined {
  if (!path) return undefined;
  try {
    const version = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: 'pipe' });
    const major = /(\d+)\.\d+\.\d+/.exec(version)?.[1];
    return major ? Number(major) : undefined;
  } catch {
    return undefined;
  }
}

const recordedMajor = (): number | undefined => {
  try {
    const { chromiumMajor } = JSON.parse(readFileSync(RECORD, 'utf8'));
    return typeof chromiumMajor === 'number' ? chromiumMajor : undefined;
  } catch {
    return undefined;
  }
};

/** The committed pictures, for the count in the line. */
const baselineCount = (): number =>
  readdirSync(STORIES, { recursive: true, encoding: 'utf8' }).filter(
    (path) => path.includes('__baselines__') && path.endsWith('.png'),
  ).length;

// The story projects each run this file: the line is said once per run.
const SAID = Symbol.for('connect-status.baselines-said');

export default function setup(project: TestProject) {
  const updating = project.config.snapshotOptions.updateSnapshot === 'all';
  const running = chromiumMajor();
  const recorded = recordedMajor();
  const compare = updating || running === recorded;
  project.provide('compareScreenshots', compare);
  const global = globalThis as { [SAID]?: boolean };
  if (!compare && !global[SAID]) {
    global[SAID] = true;
    console.log(
      `Screenshots: the ${baselineCount()} baselines are Chromium ${recorded ?? '(unrecorded)'}'s, this is Chromium ${running ?? '(unknown)'}: their comparisons are skipped (play functions and axe checks still run; re-baseline with -u to compare here).`,
    );
  }
  return () => {
    if (updating && running !== undefined && running !== recorded) {
      writeFileSync(RECORD, `${JSON.stringify({ chromiumMajor: running }, null, 2)}\n`);
    }
  };
}

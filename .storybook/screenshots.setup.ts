/**
 * Every story, after its play function and axe check pass, is compared with its committed
 * screenshot (Vitest browser mode's toMatchScreenshot, in the storybook and storybook-dark
 * projects): the visual safety net for moving styles. Set `parameters.screenshot` on a story:
 * `mask` (CSS selectors) hides what depends on the clock (a time of day), `rtl` takes it
 * right to left as well (the direction the toolbar sets on the canvas), `forcedColors` with
 * Windows' forced colours emulated as well, `still` shows a countdown that cannot tick (a fixed
 * controller of the story's own) rather than hiding it, `skip` leaves it out.
 *
 * They do not depend on the machine's fonts or widgets: the canvas brings its own (canvas.css).
 * They are compared only in the Chromium major that drew them (baselines.setup.ts).
 *
 * An intended visual change is re-baselined with `npx vitest run --project 'storybook*' -u`, in a
 * commit of its own that says why; that also records the Chromium major.
 */
import { afterEach, expect, inject } from 'vitest';
import { commands, page } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
    machineFonts: () => Promise<string[]>;
  }
}

export interface ScreenshotParameters {
  mask?: string[];
  rtl?: boolean;
  forcedColors?: boolean;
  still?: boolean;
  skip?: boolean;
}

interface StoryContext {
  story?: {
    id: string;
    parameters: { screenshot?: ScreenshotParameters };
    globals: { theme?: string };
  };
}

/**
 * Always hidden: the live countdown ("Trying again in 4 s") ticks while the screenshot is taken.
 * `visibility: hidden` keeps its box, so a change of layout around it still shows.
 */
const TICKING = ['.rcs-alert__retry[aria-hidden="true"]', '.rcs-badge__retry[aria-hidden="true"]'];

/** Hides what changes with the clock, for as long as the screenshots take. */
function hide(selectors: string[]): () => void {
  const style = document.createElement('style');
  style.textContent = `${selectors.join(',')} { visibility: hidden !important; }`;
  document.head.append(style);
  return () => style.remove();
}

const matchScreenshot = (canvas: HTMLElement, name: string) =>
  expect.element(page.elementLocator(canvas)).toMatchScreenshot(name);

afterEach(async (context) => {
  const { story } = context as typeof context & StoryContext;
  // The baselines are one Chromium major's pictures on Linux (.storybook/baselines.setup.ts).
  if (!story || context.task.result?.state === 'fail' || !/Linux/.test(navigator.platform)) return;
  if (!inject('compareScreenshots')) return;
  const options = story.parameters.screenshot ?? {};
  if (options.skip) return;
  // The preview decorator's canvas: the theme's background and padding around the story.
  const canvas = document.querySelector<HTMLElement>('[data-theme]');
  if (!canvas) return;
  const theme = story.globals.theme === 'dark' ? 'dark' : 'light';
  // The canvas fonts come from npm; a subset (Hebrew, the badge's ↻) loads when first used.
  await document.fonts.ready;
  // Text drawn with a machine's font would make the picture that machine's.
  expect(await commands.machineFonts(), 'fonts of this machine in the canvas').toEqual([]);
  const show = hide([...(options.still ? [] : TICKING), ...(options.mask ?? [])]);
  try {
    await screenshots(canvas, `${story.id}-${theme}`, options);
  } finally {
    show();
  }
});

async function screenshots(canvas: HTMLElement, name: string, options: ScreenshotParameters) {
  await matchScreenshot(canvas, name);
  if (options.rtl && canvas.dir !== 'rtl') {
    const before = canvas.dir;
    canvas.dir = 'rtl';
    try {
      await matchScreenshot(canvas, `${name}-rtl`);
    } finally {
      canvas.dir = before;
    }
  }
  if (!options.forcedColors) return;
  await commands.emulateForcedColors(true);
  try {
    await matchScreenshot(canvas, `${name}-forced-colors`);
  } finally {
    await commands.emulateForcedColors(false);
  }
}

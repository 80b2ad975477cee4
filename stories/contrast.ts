/**
 * WCAG contrast of colours as Chromium computes them, for play functions that measure what is
 * on screen: rgb(), rgba() and color(srgb …) (what color-mix() gives), alpha painted over the
 * opaque colour beneath.
 */
type Rgba = [number, number, number, number];

/** A computed colour as [r, g, b] in 0–255 and alpha in 0–1. */
export function rgba(css: string): Rgba {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/.exec(css);
  if (srgb) {
    const [, r = '0', g = '0', b = '0', a = '1'] = srgb;
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, Number(a)];
  }
  const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** `top` painted over the opaque `under`. */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => a * (top[i] ?? 0) + (1 - a) * (under[i] ?? 0)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** The contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/*
 * The one table of the library's colours and icons. src/styles.css holds what
 * `generateStyles` writes from it between `generated:begin palette` and `generated:end palette`;
 * test/styles.test.ts fails when the two differ, and
 * `UPDATE_STYLES=1 npx vitest run --project unit test/styles.test.ts` rewrites the block.
 * Build and test tooling only: nothing in src/ imports it, so it never ships as JS.
 */

/** @type {readonly ['success', 'info', 'warning', 'error']} */
export const severities = ['success', 'info', 'warning', 'error'];

/**
 * The default of each public colour, per theme: `text` is `--rcs-text` (read with the private
 * `--_rcs-text` as fallback), `error-fg` is `--rcs-error-fg`, and so on. Every pair meets WCAG
 * 2.2 AA, as test/components/a11y.test.tsx computes from this table.
 */
export const palettes = {
  light: {
    text: '#1f2328',
    'success-fg': '#116329',
    'success-bg': '#dafbe1',
    'success-border': '#1a7f37',
    'info-fg': '#0a3069',
    'info-bg': '#ddf4ff',
    'info-border': '#0969da',
    'warning-fg': '#6b4300',
    // A warm cream, and an amber that keeps white text at 5:1 on the primary button.
    'warning-bg': '#fff4e5',
    'warning-border': '#b45309',
    'error-fg': '#82071e',
    'error-bg': '#ffebe9',
    'error-border': '#cf222e',
    focus: '#0969da',
    // Text on a filled primary button, whose fill is the severity's border colour.
    'on-fill': '#fff',
  },
  dark: {
    text: '#e6edf3',
    'success-fg': '#7ee787',
    'success-bg': '#0f2a19',
    'success-border': '#3fb950',
    'info-fg': '#a5d6ff',
    'info-bg': '#0c2340',
    'info-border': '#4493f8',
    'warning-fg': '#f2cc60',
    'warning-bg': '#2e2308',
    'warning-border': '#d29922',
    'error-fg': '#ffa198',
    'error-bg': '#3a1214',
    'error-border': '#f85149',
    focus: '#4493f8',
    'on-fill': '#0d1117',
  },
};

/**
 * A disc and a triangle, drawn clockwise: a glyph inside them drawn the other way round is a
 * hole (the non-zero rule), so the icon needs no fill-rule of its own.
 */
const DISC = 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Z';
const TRIANGLE = 'M8 1.3 15.4 14.6H.6Z';

/**
 * One filled 16×16 shape per severity with its glyph cut out of it (the glyph's outline is a
 * hole): a disc with a check, an i or a cross, a triangle with an
 * exclamation mark. Filled rather than outlined, so a 12 px badge icon does not fade; the
 * shapes differ too, so colour is never the only cue. The badge and the alert both draw them
 * from styles.css.
 */
export const icons = {
  success: `${DISC}M7 11l4.7-4.7-1.1-1.1L7 8.8 5.4 7.2 4.3 8.3Z`,
  info: `${DISC}M7.2 7v4.6h1.6V7ZM7.2 4.2v1.6h1.6V4.2Z`,
  warning: `${TRIANGLE}M7.25 5.8v4.4h1.5V5.8ZM7.25 11.2v1.5h1.5v-1.5Z`,
  error: `${DISC}M6.9 8 5.2 9.7l1.1 1.1L8 9.1l1.7 1.7 1.1-1.1L9.1 8l1.7-1.7-1.1-1.1L8 6.9 6.3 5.2 5.2 6.3Z`,
};

/**
 * Glyphs of the alert's controls, 16×16 outlines: copy (two sheets) and close (dismiss); once
 * copied, the button shows the success icon's check. They are masks filled with the control's own text colour, so
 * they need no colour of their own and are written once, for every theme.
 */
export const glyphs = {
  copy: 'M5.5 5.5h7v8h-7zM3.5 10.5v-8h6',
  close: 'M4 4l8 8m0-8-8 8',
};

/**
 * The CSS image of a severity's icon, its glyph a hole: a mask, which the badge and the alert
 * fill with their own colour, so one image serves every theme and every brand colour.
 * @param {string} path
 */
export function iconUrl(path) {
  return `url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><path d='${path}'/></svg>")`;
}

/**
 * The CSS image of a control's glyph: an outline for a mask, so its colour is only opaque.
 * @param {string} path
 */
export function glyphUrl(path) {
  return `url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.5' stroke-linecap='round'><path d='${path}'/></svg>")`;
}

/**
 * A theme's private custom properties, as `name → value`: its colours.
 * @param {keyof typeof palettes} theme
 * @returns {Record<string, string>}
 */
export function themeProperties(theme) {
  return Object.fromEntries(
    Object.entries(palettes[theme]).map(([name, value]) => [`--_rcs-${name}`, value]),
  );
}

/**
 * A rule setting a theme's properties on `list` (selectors, one a line); `withGlyphs` adds the
 * icons and glyphs, colourless masks the default rule alone needs to carry (they inherit).
 * @param {string[]} list
 * @param {keyof typeof palettes} theme
 * @param {string} indent
 * @param {boolean} withGlyphs
 */
function rule(list, theme, indent = '', withGlyphs = false) {
  const properties = { ...themeProperties(theme) };
  if (withGlyphs) {
    for (const severity of severities) {
      properties[`--_rcs-${severity}-icon`] = iconUrl(icons[severity]);
    }
    for (const [name, path] of Object.entries(glyphs)) {
      properties[`--_rcs-${name}-glyph`] = glyphUrl(path);
    }
  }
  const declarations = Object.entries(properties).map(
    ([name, value]) => `${indent}  ${name}: ${value};`,
  );
  return [`${indent}${list.join(`,\n${indent}`)} {`, ...declarations, `${indent}}`].join('\n');
}

/** The selectors of each theme's rule, as styles.css writes them. */
export const selectors = {
  light: [':root', ':host', "[data-theme='light']"],
  dark: ["[data-theme='dark']"],
  systemDark: [":root:not([data-theme='light'])", ':host'],
};

/** What sits between the markers: the light rule, the dark rule, and the system's dark. */
export function paletteCss() {
  return [
    '/* Light: the default, and under data-theme="light". */',
    rule(selectors.light, 'light', '', true),
    '',
    '/* Dark: under data-theme="dark", or by system setting unless the page itself says light. */',
    rule(selectors.dark, 'dark'),
    '@media (prefers-color-scheme: dark) {',
    rule(selectors.systemDark, 'dark', '  '),
    '}',
  ].join('\n');
}

export const markers = {
  begin: '/* generated:begin palette (scripts/styles/theme.mjs) */',
  end: '/* generated:end palette */',
};

/**
 * `css` (the text of src/styles.css) with the generated block rewritten from the table; the
 * hand-written rest stays as it is. Throws unless the markers are there, once each.
 * @param {string} css
 */
export function generateStyles(css) {
  const start = css.indexOf(markers.begin);
  const stop = css.indexOf(markers.end);
  const once = (marker) => css.indexOf(marker) === css.lastIndexOf(marker);
  if (start === -1 || stop < start || !once(markers.begin) || !once(markers.end)) {
    throw new Error(`styles.css needs ${markers.begin} … ${markers.end}, once, in that order`);
  }
  return `${css.slice(0, start)}${markers.begin}\n${paletteCss()}\n${css.slice(stop)}`;
}

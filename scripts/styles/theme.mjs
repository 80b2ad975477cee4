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
    'warning-bg': '#fff8c5',
    'warning-border': '#9a6700',
    'error-fg': '#82071e',
    'error-bg': '#ffebe9',
    'error-border': '#cf222e',
    focus: '#0969da',
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
  },
};

/**
 * One 16×16 outline per severity, stroked 1.5 wide with round ends. The shapes differ too, so
 * colour is never the only cue. The badge and the alert both draw them from styles.css.
 */
export const icons = {
  success: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Zm3 4-4 4.2L5 7.8',
  info: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM8 7v4.5M8 4.6v.1',
  warning: 'M8 1.8 15 14.2H1L8 1.8ZM8 6.3v3.8M8 12v.1',
  error: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Zm-2.6 3.9 5.2 5.2m0-5.2-5.2 5.2',
};

/**
 * The CSS image of an outline stroked in `colour` (#rrggbb). The badge shows it as its
 * background; the alert, and the badge in forced colours, use it as a mask.
 * @param {string} path
 * @param {string} colour
 */
export function iconUrl(path, colour) {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' ` +
    `stroke='${colour.replace('#', '%23')}' stroke-width='1.5' stroke-linecap='round' ` +
    `stroke-linejoin='round'><path d='${path}'/></svg>`;
  return `url("data:image/svg+xml,${svg}")`;
}

/**
 * A theme's private custom properties, as `name → value`: its colours, then each severity's
 * icon in that severity's foreground colour.
 * @param {keyof typeof palettes} theme
 * @returns {Record<string, string>}
 */
export function themeProperties(theme) {
  const palette = palettes[theme];
  const properties = Object.fromEntries(
    Object.entries(palette).map(([name, value]) => [`--_rcs-${name}`, value]),
  );
  for (const severity of severities) {
    properties[`--_rcs-${severity}-icon`] = iconUrl(icons[severity], palette[`${severity}-fg`]);
  }
  return properties;
}

/**
 * A rule setting a theme's properties on `list` (selectors, one a line).
 * @param {string[]} list
 * @param {keyof typeof palettes} theme
 * @param {string} indent
 */
function rule(list, theme, indent = '') {
  const declarations = Object.entries(themeProperties(theme)).map(
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
    rule(selectors.light, 'light'),
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

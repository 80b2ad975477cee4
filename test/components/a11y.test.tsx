import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { glyphs, icons, palettes, selectors, severities } from '../../scripts/styles/theme.mjs';
import { StatusAlert } from '../../src/components/StatusAlert';
import { StatusBadge } from '../../src/components/StatusBadge';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const css = read('src/styles.css').replace(/\/\*[\s\S]*?\*\//g, '');
const pending = () => new Promise<never>(() => {});
const r503 = () => new Response(null, { status: 503, headers: { 'Retry-After': '30' } });

describe('announcements', () => {
  it('keeps one live region mounted, so a status arriving later is announced', () => {
    const { rerender } = render(<StatusAlert status={null} />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    expect(region).toHaveAttribute('aria-live', 'polite');
    rerender(<StatusAlert status={503} />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent('Warning: Service temporarily unavailable');
    rerender(<StatusAlert status={500} />);
    expect(screen.getByRole('alert')).toBe(region);
    expect(region).toHaveAttribute('aria-live', 'assertive');
    rerender(<StatusAlert status={null} />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toBeEmptyDOMElement();
  });

  it('interrupts for errors only; every other severity is polite', () => {
    const { rerender } = render(<StatusAlert status={404} />);
    expect(screen.getByRole('alert')).toHaveTextContent("Error: Couldn't find this item");
    for (const [code, word] of [
      [200, 'Success'],
      [202, 'Information'],
      [429, 'Warning'],
    ] as const) {
      rerender(<StatusAlert status={code} />);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByRole('status')).toHaveTextContent(`${word}:`);
    }
  });

  it('stays a live region, empty and polite, after Dismiss', async () => {
    const user = userEvent.setup();
    render(<StatusAlert status={500} onDismiss={() => {}} />);
    const region = screen.getByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toBeEmptyDOMElement();
  });

  it('reads only what changed and nests no second live region', () => {
    render(<StatusAlert status={r503()} onRetry={pending} autoRetry onDismiss={() => {}} />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-atomic', 'false');
    const nested = region.querySelectorAll('[role=status], [role=alert], [role=log], [aria-live]');
    // Only opt-outs: the buttons' labels change with the retry, the retry line says it better.
    for (const node of nested) expect(node).toHaveAttribute('aria-live', 'off');
  });

  it('keeps badges silent unless asked', () => {
    const { rerender } = render(<StatusBadge status={503} />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<StatusBadge status={503} live />);
    expect(screen.getByRole('status')).toHaveTextContent('Unavailable');
  });
});

describe('keyboard and focus', () => {
  it('reaches Retry now, Cancel and Dismiss with Tab, in that order', async () => {
    const user = userEvent.setup();
    render(<StatusAlert status={r503()} onRetry={pending} autoRetry onDismiss={() => {}} />);
    for (const name of ['Retry now', 'Cancel', 'Dismiss']) {
      await user.tab();
      expect(screen.getByRole('button', { name })).toHaveFocus();
    }
  });

  it('keeps focus on the retry button while it is busy', async () => {
    const user = userEvent.setup();
    render(<StatusAlert status={500} onRetry={vi.fn(pending)} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Trying again…' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Trying again…' })).toHaveFocus();
  });

  it('moves focus to an error that arrives, with focusOnError', () => {
    const { rerender } = render(<StatusAlert status={null} focusOnError />);
    rerender(<StatusAlert status={500} focusOnError />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('never moves focus otherwise', () => {
    const { rerender } = render(
      <>
        <input aria-label="Name" />
        <StatusAlert status={null} />
      </>,
    );
    const field = screen.getByRole('textbox', { name: 'Name' });
    act(() => field.focus());
    rerender(
      <>
        <input aria-label="Name" />
        <StatusAlert status={500} />
      </>,
    );
    expect(field).toHaveFocus();
  });

  it('does not pull focus off the retry button when the retry fails with another error', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<StatusAlert status={500} onRetry={() => {}} focusOnError />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    rerender(<StatusAlert status={502} onRetry={() => {}} focusOnError />);
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
  });
});

// WCAG 2.x relative luminance and contrast ratio.
function luminance(given: string): number {
  // #rgb is #rrggbb.
  const hex = given.length === 4 ? given.replace(/[0-9a-f]/gi, '$&$&') : given;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `fg` at `alpha` over `bg`, as color-mix(in srgb, fg alpha, transparent) paints on bg. */
function blend(fg: string, bg: string, alpha: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(alpha * channel(fg, i) + (1 - alpha) * channel(bg, i)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The share of the text colour in --_rcs-muted, the code chips' fill and the details inset. */
const share = (pattern: RegExp) => Number(pattern.exec(css)?.[1] ?? Number.NaN) / 100;
const MUTED = share(
  /--_rcs-muted: color-mix\(in srgb, var\(--rcs-text, var\(--_rcs-text\)\) (\d+)%/,
);
const CHIP = share(/background: color-mix\(in srgb, currentColor (\d+)%, transparent\);/);
const INSET = share(/\.rcs-details \{[^}]*var\(--_rcs-text\)\) (\d+)%, transparent\)/);

/**
 * The private custom properties (`--_rcs-name: value`, name without its prefix) that
 * styles.css sets in the rule with exactly these selectors, as the generator writes them.
 */
function declared(list: readonly string[]): Record<string, string> {
  const selectorsOf = (text = '') => text.split(',').map((selector) => selector.trim());
  const found = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(
    (m) => selectorsOf(m[1]).join() === list.join(),
  );
  expect(found, list.join()).toHaveLength(1);
  return Object.fromEntries(
    [...(found[0]?.[2] ?? '').matchAll(/--_rcs-([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
  );
}

// The pages the Storybook decorator puts behind each theme (.storybook/preview.tsx).
const preview = read('.storybook/preview.tsx');
const page = (theme: string) =>
  new RegExp(`${theme}: \\{ background: '(#[0-9a-f]{6})'`).exec(preview)?.[1] ?? 'missing';

// The one table of colours and icons (scripts/styles/theme.mjs); test/styles.test.ts checks
// that styles.css holds what it generates, the tests below what that means.
const themes: Record<'light' | 'dark', Record<string, string>> = palettes;

describe('contrast (WCAG 2.2 AA), computed from the palette table', () => {
  it('gives both themes the same colours to set', () => {
    expect(Object.keys(palettes.light)).toEqual(Object.keys(palettes.dark));
  });

  const cases = Object.entries(themes).flatMap(([theme, p]) =>
    severities.flatMap((s) => {
      const bg = p[`${s}-bg`] ?? 'missing';
      return [
        [theme, s, 'title and badge text', p[`${s}-fg`], bg, 4.5],
        [theme, s, 'body text and buttons', p.text, bg, 4.5],
        [theme, s, 'icon', p[`${s}-fg`], bg, 3],
        [theme, s, 'alert and button border', p[`${s}-border`], bg, 3],
        [theme, s, 'focus ring inside the alert', p.focus, bg, 3],
        [theme, s, 'alert border on the page', p[`${s}-border`], page(theme), 3],
        [
          theme,
          s,
          'primary button text on its fill',
          p['on-fill'],
          p[`${s}-border`] ?? 'missing',
          4.5,
        ],
      ] as const;
    }),
  );
  it.each(cases)('%s %s: %s', (_theme, _severity, _pair, fg, bg, min) => {
    expect(contrast(fg ?? 'missing', bg)).toBeGreaterThanOrEqual(min);
  });

  // The mixed tones: secondary text, code chips, and the details inset they sit on.
  const mixed = Object.entries(themes).flatMap(([theme, p]) =>
    severities.map((s) => {
      const [text, fg, bg] = [p.text, p[`${s}-fg`], p[`${s}-bg`]] as [string, string, string];
      const inset = blend(text, bg, INSET);
      return [theme, s, { text, fg, bg, inset }] as const;
    }),
  );
  it.each(mixed)(
    '%s %s: secondary text and code chips stay AA',
    (_t, _s, { text, fg, bg, inset }) => {
      expect([MUTED, CHIP, INSET].every(Number.isFinite)).toBe(true);
      // Detail labels and the heading on the inset, the retry line on the alert.
      const label = contrast(blend(text, inset, MUTED), inset);
      expect(label).toBeGreaterThanOrEqual(4.5);
      expect(contrast(blend(text, bg, MUTED), bg)).toBeGreaterThanOrEqual(4.5);
      // Quieter than the values beside them, by more than a rounding.
      expect(contrast(text, inset) - label).toBeGreaterThanOrEqual(0.5);
      // The operation id's chip in the details, the code's beside the title.
      expect(contrast(text, blend(text, inset, CHIP))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(fg, blend(fg, bg, CHIP))).toBeGreaterThanOrEqual(4.5);
    },
  );
  it.each(Object.entries(themes))(
    '%s: the focus ring around the alert, on the page',
    (theme, p) => {
      expect(contrast(p.focus ?? 'missing', page(theme))).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('the accessibility docs page', () => {
  const docs = read('stories/docs/Accessibility.mdx');
  const { light, dark } = themes;

  it('lists every custom property with its light and dark default', () => {
    for (const [name, value] of Object.entries(light)) {
      const row = `<td><code>--rcs-${name}</code></td><td><code>${value}</code></td><td><code>${dark[name]}</code></td>`;
      expect(docs).toContain(row);
    }
    for (const name of ['font', 'radius', 'space'])
      expect(docs).toContain(`<code>--rcs-${name}</code>`);
    expect(css).toContain('var(--rcs-radius, 6px)');
    expect(css).toContain('var(--rcs-space, 0.5rem)');
  });
});

describe('styles.css', () => {
  it('uses logical properties only, so right-to-left layouts mirror', () => {
    const physical =
      /(^|[\s;{])((margin|padding|border)-(left|right|top|bottom)[\w-]*|(min-|max-)?(width|height)|left|right|top|bottom|float)\s*:/gm;
    expect(css.match(physical) ?? []).toEqual([]);
    // A shorthand with several values sets top/right/bottom/left: use -block/-inline instead.
    expect(css.match(/(^|[\s;{])(margin|padding):\s*[^;]+\s[^;]+;/gm) ?? []).toEqual([]);
  });

  it('moves only for people who have not asked for less motion', () => {
    const motion = css.replace(
      /@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*?\n\}/,
      '',
    );
    expect(motion).not.toMatch(/transition|animation/);
  });

  it('has a forced-colors fallback for borders, icons and the focus ring', () => {
    const forced = /@media \(forced-colors: active\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
    expect(forced).toMatch(/border-color: CanvasText/);
    // Every mask (the icons, the dismiss and copy glyphs) fills itself with CanvasText: a
    // forced background would be Canvas.
    const masks =
      /\.rcs-alert > \.rcs-icon,\s*\.rcs-badge::before,\s*\.rcs-alert__dismiss::before,\s*\.rcs-copy::before \{([^}]*)\}/.exec(
        forced,
      );
    expect(masks?.[1]).toMatch(/background: CanvasText;/);
    expect(masks?.[1]).toMatch(/forced-color-adjust: none;/);
    // Focus rings in Highlight: every ring reads --_rcs-focus, which the alert and badge set.
    expect(forced).toMatch(/\.rcs-alert,\s*\.rcs-badge,[^{]*\{[^}]*--_rcs-focus: Highlight;/);
    expect(css).toMatch(
      /:focus-visible \{\s*outline: 2px solid var\(--rcs-focus, var\(--_rcs-focus\)\);/,
    );
  });

  it("sets each theme's colours and icons exactly as the table says, in every rule", () => {
    // Four glyphs, and the warning's shape apart: never colour alone.
    expect(new Set(Object.values(icons)).size).toBe(severities.length);
    // The icons and the controls' glyphs are masks with no colour: the default rule alone
    // carries them (they inherit), and each theme's colour fills them.
    const defaults = declared(selectors.light);
    for (const [name, path] of Object.entries(glyphs)) {
      const image = /^url\("data:image\/svg\+xml,(.*)"\)$/.exec(defaults[`${name}-glyph`] ?? '');
      expect(decodeURIComponent(image?.[1] ?? ''), name).toContain(`<path d='${path}'/>`);
    }
    for (const severity of severities) {
      const image = /^url\("data:image\/svg\+xml,(.*)"\)$/.exec(defaults[`${severity}-icon`] ?? '');
      // The table's shape, its glyph a hole.
      expect(decodeURIComponent(image?.[1] ?? ''), severity).toBe(
        `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><path d='${icons[severity]}'/></svg>`,
      );
    }
    const rules = [
      ['light', selectors.light],
      ['dark', selectors.dark],
      ['dark', selectors.systemDark],
    ] as const;
    for (const [theme, list] of rules) {
      const set = declared(list);
      const palette: Record<string, string> = palettes[theme];
      const where = `${list.join()} (${theme})`;
      const names = Object.keys(palette);
      if (list === selectors.light) {
        names.push(...severities.map((severity) => `${severity}-icon`));
        names.push(...Object.keys(glyphs).map((name) => `${name}-glyph`));
      }
      expect(Object.keys(set).sort(), where).toEqual(names.sort());
      for (const [name, value] of Object.entries(palette)) expect(set[name], where).toBe(value);
    }
  });

  it('draws both icons from those masks, filled with their own colour', () => {
    // The badge's: the app's own shape (--rcs-{severity}-icon) or ours, in the badge's colour.
    const badgeIcon = /\n\.rcs-badge::before \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(badgeIcon).toMatch(/background: currentColor;/);
    expect(badgeIcon).toMatch(/mask: var\(--_rcs-icon\) center \/ contain no-repeat;/);
    // The alert's mask is filled with its own colour, --rcs-fg, so a brand -fg recolours it.
    const alertIcon = /\n\.rcs-alert > \.rcs-icon \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(alertIcon).toMatch(/background: currentColor;/);
    expect(alertIcon).toMatch(/mask: var\(--_rcs-shape\) center \/ contain no-repeat;/);
    for (const severity of severities) {
      // The page takes the same colours as the alert (its badge, title and primary button).
      const start = css.indexOf(
        `:is(.rcs-alert, .rcs-badge, .rcs-page)[data-severity='${severity}'] {`,
      );
      expect(start, severity).toBeGreaterThanOrEqual(0);
      const rule = css.slice(start, css.indexOf('\n}', start));
      expect(rule).toContain(
        `--_rcs-shape: var(--_rcs-${severity}-icon);\n  --_rcs-icon: var(--rcs-${severity}-icon, var(--_rcs-shape));`,
      );
    }
  });

  it("renders the alert's icon as an empty, hidden span, with the severity on the alert", () => {
    for (const [code, severity] of [
      [200, 'success'],
      [202, 'info'],
      [503, 'warning'],
      [500, 'error'],
    ] as const) {
      const { container, unmount } = render(<StatusAlert status={code} />);
      const icon = container.querySelector('.rcs-alert > .rcs-icon');
      expect(icon?.tagName).toBe('SPAN');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon).toBeEmptyDOMElement();
      expect(icon?.parentElement).toHaveAttribute('data-severity', severity);
      expect(container.querySelector('svg')).toBeNull();
      unmount();
    }
  });
});

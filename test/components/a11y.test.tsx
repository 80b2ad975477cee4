import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { iconPaths } from '../../src/components/Icon';
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
function luminance(hex: string): number {
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

/** The private palette (`--_rcs-name: #hex`) of the first rule whose selector starts so. */
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start), css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--_rcs-([\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]),
  );
}

// The pages the Storybook decorator puts behind each theme (.storybook/preview.tsx).
const preview = read('.storybook/preview.tsx');
const page = (theme: string) =>
  new RegExp(`${theme}: \\{ background: '(#[0-9a-f]{6})'`).exec(preview)?.[1] ?? 'missing';

describe('contrast (WCAG 2.2 AA), computed from styles.css', () => {
  const themes = {
    light: palette(":root,\n:host,\n[data-theme='light']"),
    dark: palette("[data-theme='dark'] {"),
  };

  it('has the same dark palette for the system setting and data-theme="dark"', () => {
    expect(palette('@media (prefers-color-scheme: dark)')).toEqual(themes.dark);
    expect(Object.keys(themes.light)).toEqual(Object.keys(themes.dark));
  });

  const severities = ['success', 'info', 'warning', 'error'] as const;
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
      ] as const;
    }),
  );
  it.each(cases)('%s %s: %s', (_theme, _severity, _pair, fg, bg, min) => {
    expect(contrast(fg ?? 'missing', bg)).toBeGreaterThanOrEqual(min);
  });
  it.each(Object.entries(themes))(
    '%s: the focus ring around the alert, on the page',
    (theme, p) => {
      expect(contrast(p.focus ?? 'missing', page(theme))).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('the accessibility docs page', () => {
  const docs = read('stories/docs/Accessibility.mdx');
  const light = palette(":root,\n:host,\n[data-theme='light']");
  const dark = palette("[data-theme='dark'] {");

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
    expect(forced).toMatch(/\.rcs-icon \{\s*color: CanvasText/);
    // A background image keeps its own colours when forced: the badge draws a mask instead.
    expect(forced).toMatch(/\.rcs-badge \{\s*background-image: none;/);
    const before = /\.rcs-badge::before \{([^}]*)\}/.exec(forced)?.[1] ?? '';
    expect(before).toMatch(/content: '';/);
    expect(before).toMatch(/background: CanvasText;/);
    expect(before).toMatch(/mask: var\(--_rcs-shape\)/);
    expect(before).toMatch(/forced-color-adjust: none;/);
    expect(forced).toMatch(/outline-color: Highlight/);
  });

  it("draws the badge's icon with Icon.tsx's shape, in each palette's colour", () => {
    expect(new Set(Object.values(iconPaths)).size).toBe(4);
    expect(css).toMatch(/\n\.rcs-badge \{[^}]*background-image: var\(--_rcs-icon\);/);
    const blocks = [
      ":root,\n:host,\n[data-theme='light'] {",
      "[data-theme='dark'] {",
      ":root:not([data-theme='light']),\n  :host {",
    ];
    for (const selector of blocks) {
      const start = css.indexOf(selector);
      expect(start, selector).toBeGreaterThanOrEqual(0);
      const block = css.slice(start, css.indexOf('}', start));
      for (const [severity, d] of Object.entries(iconPaths)) {
        const fg = new RegExp(`--_rcs-${severity}-fg: #([0-9a-f]{6});`).exec(block)?.[1];
        const icon = new RegExp(
          `--_rcs-${severity}-icon: url\\("data:image/svg\\+xml,(.*?)"\\);`,
        ).exec(block)?.[1];
        expect(icon, `${selector} ${severity}`).toContain(`stroke='%23${fg}'`);
        expect(icon).toContain(`<path d='${d}'/></svg>`);
      }
    }
    for (const severity of Object.keys(iconPaths)) {
      const start = css.indexOf(`:is(.rcs-alert, .rcs-badge)[data-severity='${severity}'] {`);
      expect(start, severity).toBeGreaterThanOrEqual(0);
      const rule = css.slice(start, css.indexOf('\n}', start));
      expect(rule).toContain(
        `--_rcs-shape: var(--_rcs-${severity}-icon);\n  --_rcs-icon: var(--rcs-${severity}-icon, var(--_rcs-shape));`,
      );
    }
  });
});

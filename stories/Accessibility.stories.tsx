import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, useState } from 'react';
import { expect, fn } from 'storybook/test';
import { StatusAlert, type StatusAlertStatusProps, StatusBadge } from '../src';
import { contrast, over, rgba } from './contrast';

/*
 * How the components behave for people using a keyboard, a screen reader, another language,
 * a right-to-left script, a dark or a forced-colours theme. Every story also runs through axe,
 * in the light and the dark theme (Vitest projects `storybook` and `storybook-dark`).
 */

/** Waits long enough (Retry-After: 60) that a story is never racing the countdown. */
const unavailable = () => new Response(null, { status: 503, headers: { 'Retry-After': '60' } });
const never = () => new Promise<never>(() => {});

const meta = {
  title: 'Guides/Accessibility',
  component: StatusAlert,
  // The guide's page is stories/docs/Accessibility.mdx, attached to these stories.
  tags: ['!autodocs'],
  args: { status: unavailable(), autoRetry: true, onRetry: fn(never), onDismiss: fn() },
  // Screenshots right to left and in forced colours too (.storybook/screenshots.setup.ts).
  parameters: { screenshot: { rtl: true, forcedColors: true } },
} satisfies Meta<StatusAlertStatusProps>;
export default meta;
type Story = StoryObj<StatusAlertStatusProps>;

/** The ring every focusable part draws: 2 px, solid, outside the element. */
async function expectFocusRing(element: Element) {
  const style = getComputedStyle(element);
  await expect(style.outlineStyle).toBe('solid');
  await expect(style.outlineWidth).toBe('2px');
}

/** Tab reaches Retry now, Cancel and Dismiss in reading order, each with a visible ring. */
export const KeyboardAndFocus: Story = {
  play: async ({ canvas, userEvent }) => {
    for (const name of ['Retry now', 'Cancel', 'Dismiss']) {
      await userEvent.tab();
      const button = canvas.getByRole('button', { name });
      await expect(button).toHaveFocus();
      await expectFocusRing(button);
    }
  },
};

function LoadLater() {
  const [status, setStatus] = useState<number | null>(null);
  return (
    <>
      <button type="button" onClick={() => setStatus(503)}>
        Load the streams
      </button>
      <StatusAlert status={status} />
    </>
  );
}

/**
 * The region is there, empty and invisible, before anything goes wrong, so the status that
 * arrives later is announced once. A region inserted together with its text is not.
 */
export const AnnouncedWhenItArrives: Story = {
  render: () => <LoadLater />,
  play: async ({ canvas, userEvent }) => {
    const region = canvas.getByRole('status');
    await expect(region).toBeEmptyDOMElement();
    await expect(region.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Load the streams' }));
    await expect(canvas.getByRole('status')).toBe(region);
    await expect(region).toHaveTextContent('Service temporarily unavailable');
  },
};

function SaveForm() {
  const [status, setStatus] = useState<number | null>(null);
  return (
    <>
      <button type="button" onClick={() => setStatus(500)}>
        Save the schema
      </button>
      <StatusAlert status={status} focusOnError headingLevel={2} />
    </>
  );
}

/** Opt-in (`focusOnError`) for errors that block the task: focus moves to the alert. */
export const FocusOnBlockingError: Story = {
  render: () => <SaveForm />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Save the schema' }));
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveFocus();
    await expectFocusRing(alert);
  },
};

/** `dir="rtl"` from the toolbar: the icon sits at the inline start, on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    const region = canvas.getByRole('status');
    await expect(getComputedStyle(region).direction).toBe('rtl');
    const icon = region.querySelector('.rcs-icon')?.getBoundingClientRect();
    // The title's words themselves (its box keeps room for the dismiss button in the corner).
    const words = document.createRange();
    const heading = canvas.getByText('Service temporarily unavailable');
    words.selectNode(
      [...heading.childNodes].find((node) => node.textContent?.includes('Service')) ?? heading,
    );
    const title = words.getBoundingClientRect();
    const dismiss = canvas.getByRole('button', { name: 'Dismiss' }).getBoundingClientRect();
    await expect(icon?.left).toBeGreaterThanOrEqual(title.right);
    await expect(dismiss.right).toBeLessThanOrEqual(title.left);
    // The thick severity edge is the inline-start border: on the right.
    const edge = getComputedStyle(region);
    await expect(edge.borderRightWidth).toBe('4px');
    await expect(edge.borderLeftWidth).toBe('1px');
    await expect(canvasElement.querySelector('[dir="rtl"]')).toContainElement(region);
  },
};

/** German from the toolbar (`react-connect-status/locales/de`): every word changes. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    const region = canvas.getByRole('status');
    await expect(region).toHaveTextContent('Warnung: Dienst vorübergehend nicht verfügbar');
    await expect(region).toHaveTextContent(/Neuer Versuch in 6\d s · Versuch 1 von 3/);
    // The hidden twin the live region announces: the time the retry is due.
    await expect(region).toHaveTextContent(
      /Neuer Versuch um \d{1,2}:\d{2}:\d{2} · Versuch 1 von 3/,
    );
    for (const name of ['Jetzt versuchen', 'Abbrechen', 'Schließen']) {
      await expect(canvas.getByRole('button', { name })).toBeVisible();
    }
  },
};

const brand = {
  '--rcs-radius': '0',
  // A brand's serif (the story canvas loads it from npm, so the picture is the same anywhere).
  '--rcs-font': '"Source Serif 4 Variable", Georgia, serif',
  '--rcs-text': '#000000',
  '--rcs-error-fg': '#5c0011',
  '--rcs-error-bg': '#fff0f0',
  '--rcs-error-border': '#a8071a',
  // The primary button is filled with the border colour: its text must stand out from it.
  '--rcs-on-fill': '#ffffff',
  // The badge's icon is a shape, drawn in the badge's colour: a brand may bring its own shape.
  '--rcs-error-icon': `url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><circle cx='8' cy='8' r='5' fill='%235c0011'/></svg>")`,
} as CSSProperties;

/** Custom properties on any ancestor win over both themes (here: on a wrapper). */
export const CustomProperties: Story = {
  // No countdown: a 500's backoff is random, and the picture is about the brand's colours.
  args: { autoRetry: false },
  render: (args) => (
    <div style={brand}>
      <StatusAlert {...args} status={500} />
      <StatusBadge status={500} />
    </div>
  ),
  play: async ({ canvas }) => {
    const style = getComputedStyle(canvas.getByRole('alert'));
    await expect(style.backgroundColor).toBe('rgb(255, 240, 240)');
    await expect(style.borderStartStartRadius).toBe('0px');
    await expect(style.fontFamily).toContain('Source Serif 4');
    const badge = getComputedStyle(canvas.getByText('Server error'));
    await expect(badge.color).toBe('rgb(92, 0, 17)');
    await expect(
      getComputedStyle(canvas.getByText('Server error'), '::before').maskImage,
    ).toContain('circle');
  },
};

/** The theme from the toolbar reaches every severity: dark backgrounds under `dark`. */
export const Themes: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 8 }}>
      {[200, 202, 503, 500].map((code) => (
        <p key={code} style={{ margin: 0 }}>
          <StatusBadge status={code} showCode />
        </p>
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const badges = canvasElement.querySelectorAll('.rcs-badge');
    await expect(badges).toHaveLength(4);
    for (const badge of badges) {
      const [r = 0, g = 0, b = 0] = getComputedStyle(badge).backgroundColor.match(/\d+/g) ?? [];
      const light = (Number(r) + Number(g) + Number(b)) / 3 > 128;
      await expect(light).toBe(globals.theme !== 'dark');
    }
  },
};

/** A 503 the service explained, with its operation id. */
const explained = () =>
  new Response(JSON.stringify({ Reason: 'The service is restarting.' }), {
    status: 503,
    headers: { 'Content-Type': 'application/json', 'Operation-Id': 'op-7f3a' },
  });

/**
 * A dark page as most apps make one: `data-theme="dark"` on a wrapper, and no `color-scheme`,
 * so the browser's own button colours stay light. Every glyph button takes its colour from our
 * palette, never from the browser, and stays 3:1 on the alert; the details' labels are quieter
 * than their values and still AA.
 */
export const DarkPageWithoutColorScheme: Story = {
  args: { status: explained(), autoRetry: false },
  render: (args) => (
    <div data-theme="dark" style={{ colorScheme: 'light', background: '#0d1117', padding: 16 }}>
      <StatusAlert {...args} />
      <p style={{ display: 'flex', gap: 8 }}>
        {[200, 202, 503, 500].map((code) => (
          <StatusBadge key={code} status={code} showCode />
        ))}
      </p>
    </div>
  ),
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('status');
    const page = alert.closest('[data-theme="dark"]');
    await expect(page && getComputedStyle(page).colorScheme).toBe('light');
    const surface = rgba(getComputedStyle(alert).backgroundColor);
    for (const name of ['Copy operation ID', 'Dismiss']) {
      const glyph = rgba(getComputedStyle(canvas.getByRole('button', { name })).color);
      await expect(contrast(over(glyph, surface), surface)).toBeGreaterThanOrEqual(3);
    }
    const details = alert.querySelector('.rcs-details') as HTMLElement;
    const inset = over(rgba(getComputedStyle(details).backgroundColor), surface);
    const tone = (element: Element) =>
      contrast(over(rgba(getComputedStyle(element).color), inset), inset);
    const [label, value] = [details.querySelector('dt'), details.querySelector('dd')];
    await expect(label && value).toBeTruthy();
    if (!label || !value) return;
    await expect(tone(label)).toBeGreaterThanOrEqual(4.5);
    await expect(tone(value) - tone(label)).toBeGreaterThanOrEqual(0.5);
  },
};

/**
 * Windows forced colours (High Contrast): the system replaces every colour. Borders, the icon
 * and the focus ring switch to system colours, and severity stays readable from the icon's
 * shape and the words. Try it in Chrome DevTools → Rendering → "Emulate CSS media feature
 * forced-colors: active". The play function checks that the rules are loaded.
 */
export const ForcedColors: Story = {
  args: { status: 500, autoRetry: false },
  play: async ({ canvas }) => {
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.find(
      (rule) => rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)',
    );
    await expect(forced?.cssText).toMatch(/border-color: canvastext/i);
    // Every focus ring reads --_rcs-focus, which forced colours set to Highlight.
    await expect(forced?.cssText).toMatch(/--_rcs-focus: Highlight/i);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Error:');
  },
};

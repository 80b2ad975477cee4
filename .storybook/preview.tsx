import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { ConnectStatusProvider } from '../src/i18n/context';
import { en } from '../src/i18n/en';
import { de } from '../src/i18n/locales/de';
import type { Messages } from '../src/i18n/messages';
import '../src/styles.css';

const locales: Record<string, Messages> = { en, de };

/**
 * The page around a story, per theme. Axe measures contrast against what is really behind the
 * text, so the canvas gets a matching background and text colour, not just the components.
 * test/components/a11y.test.tsx checks the focus ring against the same two backgrounds.
 */
const canvases = {
  light: { background: '#ffffff', color: '#1f2328' },
  dark: { background: '#0d1117', color: '#e6edf3' },
} as const;

/** Theme, locale and direction from the toolbar (or a story's `globals`) around every story. */
const withConnectStatus: Decorator = (Story, { globals }) => {
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  const locale = typeof globals.locale === 'string' ? globals.locale : 'en';
  const messages = locales[locale] ?? en;
  return (
    <ConnectStatusProvider messages={messages}>
      <div
        data-theme={theme}
        dir={globals.dir === 'rtl' ? 'rtl' : 'ltr'}
        lang={messages.locale}
        style={{ ...canvases[theme], colorScheme: theme, padding: '1rem' }}
      >
        <Story />
      </div>
    </ConnectStatusProvider>
  );
};

const preview: Preview = {
  // Every component gets a generated docs page.
  tags: ['autodocs'],
  // Network-level API simulation (MSW) for the example stories; other requests pass through.
  loaders: [mswLoader()],
  decorators: [withConnectStatus],
  globalTypes: {
    theme: {
      description: 'Colour theme (sets data-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Message catalog',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // The Vitest project 'storybook-dark' runs every story again with theme: 'dark'.
  initialGlobals: { theme: 'light', locale: 'en', dir: 'ltr' },
  parameters: {
    // Axe violations fail the story's test (Vitest addon), not just show in the panel.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;

import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { ConnectStatusProvider } from '../src/hooks/provider';
import { de } from '../src/i18n/locales/de';
import { en } from '../src/i18n/locales/en';
import { es } from '../src/i18n/locales/es';
import { fr } from '../src/i18n/locales/fr';
import { ja } from '../src/i18n/locales/ja';
import type { Messages } from '../src/i18n/messages';
import '../src/styles.css';
import './canvas.css';

const locales: Record<string, Messages> = { en, de, fr, es, ja };

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
      {/* The whole canvas in the theme's colour, not only the story's box. Its font and the
          stories' own buttons: canvas.css. */}
      <style>{`body { background: ${canvases[theme].background}; }`}</style>
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

/** A toolbar switch whose title shows the current choice. */
function toolbar(title: string, description: string, icon: string, items: Record<string, string>) {
  return {
    description,
    toolbar: {
      title,
      icon,
      items: Object.entries(items).map(([value, label]) => ({ value, title: label })),
      dynamicTitle: true,
    },
  };
}

const preview: Preview = {
  // Every component gets a generated docs page.
  tags: ['autodocs'],
  // Network-level API simulation (MSW) for the example stories; other requests pass through.
  loaders: [mswLoader()],
  decorators: [withConnectStatus],
  globalTypes: {
    theme: toolbar('Theme', 'Colour theme (sets data-theme)', 'mirror', {
      light: 'Light',
      dark: 'Dark',
    }),
    locale: toolbar('Locale', 'Message catalog', 'globe', {
      en: 'English',
      de: 'Deutsch',
      fr: 'Français',
      es: 'Español',
      ja: '日本語',
    }),
    dir: toolbar('Direction', 'Text direction', 'transfer', {
      ltr: 'Left to right',
      rtl: 'Right to left',
    }),
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

import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles.css';

const preview: Preview = {
  // Every component gets a generated docs page.
  tags: ['autodocs'],
  // Network-level API simulation (MSW) for the example stories; other requests pass through.
  loaders: [mswLoader()],
  parameters: {
    // Axe violations fail the story's test (Vitest addon), not just show in the panel.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;

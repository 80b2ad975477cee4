import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  // Every component gets a generated docs page.
  tags: ['autodocs'],
  parameters: {
    // Axe violations fail the story's test (Vitest addon), not just show in the panel.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;

import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // Serves MSW's worker script (public/mockServiceWorker.js) at the root.
  staticDirs: ['../public'],
  core: {
    // No network from Storybook: no telemetry, no "what's new" fetch.
    // The update check is off via `--no-version-updates` in the npm script.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;

import type { SetupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { type ScenarioName, scenarios } from './scenarios';

export * from './data';
export { createHandlers } from './handlers';
export { type Scenario, type ScenarioName, scenarios } from './scenarios';

/**
 * A story's `beforeEach`: the mock API in the named scenario. Handlers are built on every run,
 * so "fails once, then works" starts over each time a story is opened or replayed.
 */
export const mockApi = (name: ScenarioName) => (context: object) => {
  // The addon's loader puts the worker on the context; its type augmentation targets a module
  // that Storybook 10's StoryContext no longer comes from, so the field is named here.
  const { msw } = context as { msw: SetupWorker };
  msw.use(...createHandlers(scenarios[name]));
};

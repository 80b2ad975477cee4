/**
 * The scenario list both dashboards share: which mock API each story runs against and how a
 * person walks it. Each story file spreads these into its own named exports.
 */
import { mockApi } from '../mocks';
import type { Walk } from './play-helpers';
import * as reads from './walks';
import * as writes from './walks-writes';

const story = (scenario: Parameters<typeof mockApi>[0], play: Walk, parameters = {}) => ({
  beforeEach: mockApi(scenario),
  play,
  parameters,
});

export const shared = {
  healthy: story('healthy', reads.healthy),
  offline: story('offline', reads.offline),
  sessionExpired: story('tokenExpires', reads.sessionExpired),
  noAccess: story('healthy', reads.noAccess),
  // The table's Open buttons are drawn one of two ways here, depending on the story before it
  // in the same browser (their text a shade lighter, in rows 2–4): hidden from the picture.
  unknownStream: story('notFound', reads.unknownStream, {
    screenshot: { mask: ['.dash td:last-child button'] },
  }),
  serverError: story('serverError', reads.serverError),
  largeRead: story('healthy', reads.largeRead),
  staleSave: story('editedElsewhere', writes.staleSave),
  bulkImport: story('healthy', writes.bulkImport),
  createExisting: story('healthy', writes.createExisting),
  createConflict: story('healthy', writes.createConflict),
};

export const busy = (how: 'wait' | 'retry-now') => story('unavailable', reads.unavailable(how));

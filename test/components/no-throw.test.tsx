import { Session } from 'node:inspector';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  catalog,
  describeStatus,
  StatusAlert,
  StatusBadge,
  type StatusKey,
  StatusPage,
  toConnectError,
} from '../../src';
import { inputFor } from '../support/every-state';

/*
 * Ordinary input takes no exception path inside the library. A throw caught on every render is
 * invisible to a test of what renders, yet slow: one per badge makes a table of 1,000 badges
 * take about twice as long (npm run bench). V8's own debugger, in this process, reports every
 * exception thrown while the components render. Hostile input, which may take a guarded path
 * on purpose, is not part of this.
 */

let session: Session;
let thrown: string[];

beforeEach(() => {
  thrown = [];
  session = new Session();
  session.connect();
  session.on('Debugger.paused', ({ params }) => {
    const [frame] = params.callFrames;
    // Only the library's own code (Vitest runs it from memory, without a file URL): React and
    // jsdom, loaded from node_modules, have exception paths of their own.
    if (frame && !frame.url.includes('/node_modules/')) thrown.push(frame.functionName);
    session.post('Debugger.resume');
  });
  session.post('Debugger.enable');
  session.post('Debugger.setPauseOnExceptions', { state: 'all' });
});

afterEach(() => {
  session.post('Debugger.setPauseOnExceptions', { state: 'none' });
  session.disconnect();
});

const body = {
  OperationId: 'op-7f3a',
  Error: 'Bad request',
  Reason: 'Field X is out of range.',
  ChildErrors: [{ Id: 'a', StatusCode: 400, Reason: 'No.' }],
};
/** Every state, and the shapes apps hand over most: a Response, a ConnectError, a raw body. */
const ordinary = [
  ...(Object.keys(catalog) as StatusKey[]).map(inputFor),
  new Response(null, { status: 503, headers: { 'Retry-After': '12' } }),
  toConnectError({ status: 400, body }),
  { status: 400, body: JSON.stringify(body) },
];

it('ordinary input as a badge, an alert with a retry, and a page: no exception thrown inside', () => {
  for (const status of ordinary) {
    describeStatus(status);
    const { unmount } = render(
      <>
        <StatusBadge status={status} />
        <StatusAlert status={status} onRetry={() => {}} />
        <StatusPage status={status} />
      </>,
    );
    unmount();
  }
  expect(thrown).toEqual([]);
});

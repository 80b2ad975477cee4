import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  QueryClient,
  QueryClientProvider,
  QueryErrorResetBoundary,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { http } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { Component, type ReactNode, Suspense, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { ConnectErrorBoundary, type ConnectErrorBoundaryProps, StatusBadge } from '../src';
import { documentedArgTypes } from './docs/arg-types';
import { expectNoMessage, findMessage, SLOW } from './examples/play-helpers';
import { getJson } from './examples/recipes/fetch';
import { API, mockApi, operationIds, type Stream } from './mocks';
import { refuse } from './mocks/errors';

/**
 * The boundary around components that suspend and throw (`useSuspenseQuery` here, `use(promise)`
 * alike), against the mock CONNECT API. A request's failure shows in a StatusAlert whose Try
 * again renders the children again, keeping the retry budget; anything else goes on to the
 * app's own boundary. React reports every error a boundary catches on the console in
 * development: `caughtBy` says which boundary's reports a story expects (.storybook/console.setup.ts).
 */
const meta = {
  title: 'Components/ConnectErrorBoundary',
  component: ConnectErrorBoundary,
  parameters: { caughtBy: ['ConnectErrorBoundary'] },
  // Descriptions, types and defaults as in the README's props reference.
  argTypes: documentedArgTypes('ConnectErrorBoundary'),
} satisfies Meta<ConnectErrorBoundaryProps>;
export default meta;
type Story = StoryObj<typeof meta>;

const streamsOf = (ns: string) => `${API}/namespaces/${ns}/streams`;

/** A QueryClient per story, so every run starts with an empty cache; the boundary retries. */
function WithQuery({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** The streams of a namespace: suspends while it loads, throws a failure to the boundary. */
function StreamList({ ns }: { ns: string }) {
  const { data } = useSuspenseQuery({
    queryKey: ['streams', ns],
    queryFn: ({ signal }) => getJson<Stream[]>(streamsOf(ns), signal),
  });
  return (
    <ul aria-label={`Streams in ${ns}`}>
      {data.map((stream) => (
        <li key={stream.Id}>{stream.Name}</li>
      ))}
    </ul>
  );
}

function StreamTitle({ ns, id }: { ns: string; id: string }) {
  const { data } = useSuspenseQuery({
    queryKey: ['stream', ns, id],
    queryFn: ({ signal }) => getJson<Stream>(`${streamsOf(ns)}/${id}`, signal),
  });
  return <h2>{data.Name}</h2>;
}

/** The README's recipe: TanStack's reset as onReset, a Suspense inside the boundary. */
function Recipe({
  children,
  ...props
}: Omit<ConnectErrorBoundaryProps, 'onReset'> & { children: ReactNode }) {
  return (
    <WithQuery>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ConnectErrorBoundary onReset={reset} {...props}>
            <Suspense fallback={<p>Loading…</p>}>{children}</Suspense>
          </ConnectErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </WithQuery>
  );
}

/** Busy (503, Retry-After: 1) on the first load: a countdown, a retry, then the streams. */
export const SuspenseWithTanStack: Story = {
  name: 'Suspense + TanStack Query: busy, then back by itself',
  render: () => (
    <Recipe autoRetry>
      <StreamList ns="plant-a" />
    </Recipe>
  ),
  beforeEach: mockApi('unavailable'),
  play: async ({ canvas }) => {
    const message = await findMessage(canvas, 'Service temporarily unavailable');
    // The countdown starts once the alert is on screen (the retry memory learns of it then).
    await waitFor(() => expect(message).toHaveTextContent(/Trying again in [12] s · Attempt 1/));
    const list = await canvas.findByRole('list', { name: 'Streams in plant-a' }, SLOW);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    await expectNoMessage(canvas, 'Service temporarily unavailable');
  },
};

/** A 500 on the first read: Try again calls TanStack's reset, then the stream loads. */
export const TryAgain: Story = {
  name: 'Try again, then it works',
  render: () => (
    <Recipe headingLevel={3}>
      <StreamTitle ns="plant-a" id="pump-01.flow" />
    </Recipe>
  ),
  beforeEach: mockApi('serverError'),
  play: async ({ canvas, userEvent }) => {
    const alert = await findMessage(canvas, 'Something failed on our side');
    await expect(within(alert).getByText(operationIds.server)).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('heading', { name: 'Pump 1 flow' }, SLOW)).toBeVisible();
    await expectNoMessage(canvas, 'Something failed on our side');
  },
};

/** No access to plant-b (403, nothing to retry); picking plant-a changes resetKeys. */
function Namespaces() {
  const [ns, setNs] = useState('plant-b');
  return (
    <>
      <fieldset style={{ display: 'flex', gap: '0.5rem', border: 0, padding: 0, margin: 0 }}>
        <legend style={{ float: 'left', marginInlineEnd: '0.5rem' }}>Namespace</legend>
        {['plant-a', 'plant-b'].map((id) => (
          <button key={id} type="button" aria-pressed={ns === id} onClick={() => setNs(id)}>
            {id}
          </button>
        ))}
      </fieldset>
      <Recipe resetKeys={[ns]}>
        <StreamList ns={ns} />
      </Recipe>
    </>
  );
}

export const ResetKeys: Story = {
  name: 'resetKeys: another namespace renders it again',
  render: () => <Namespaces />,
  beforeEach: mockApi('healthy'),
  play: async ({ canvas, userEvent }) => {
    const alert = await findMessage(canvas, "You don't have access to this");
    await expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'plant-a' }));
    const list = await canvas.findByRole('list', { name: 'Streams in plant-a' }, SLOW);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    await expectNoMessage(canvas, "You don't have access to this");
  },
};

/** A namespace whose streams always answer 503 (Retry-After: 1), counting what it gets. */
const ALWAYS_DOWN = 'plant-down';
let downRequests = 0;
const alwaysDown = (context: object) => {
  downRequests = 0;
  const { msw } = context as { msw: SetupWorker };
  msw.use(
    http.get(streamsOf(ALWAYS_DOWN), () => {
      downRequests += 1;
      return refuse.unavailable(1);
    }),
  );
};

/** The fallback as a render function: a badge and a button of the app's own, same budget. */
export const CustomFallback: Story = {
  name: 'Your own fallback: a badge and a button',
  render: () => (
    <Recipe
      fallback={({ controller }) => (
        <section
          aria-label="Streams"
          style={{
            display: 'grid',
            gap: '0.5rem',
            justifyItems: 'start',
            padding: '0.75rem 1rem',
            border: '1px solid currentColor',
            borderRadius: '0.5rem',
          }}
        >
          <p style={{ margin: 0 }}>
            <StatusBadge controller={controller} /> {controller.descriptor.title}
          </p>
          <p style={{ margin: 0 }}>
            Tried {controller.attempt} of {controller.maxAttempts} times.
          </p>
          <button type="button" disabled={!controller.canRetry} onClick={controller.retry}>
            Load streams again
          </button>
        </section>
      )}
    >
      <StreamList ns={ALWAYS_DOWN} />
    </Recipe>
  ),
  beforeEach: alwaysDown,
  play: async ({ canvas, userEvent }) => {
    const card = await canvas.findByRole('region', { name: 'Streams' }, SLOW);
    await expect(within(card).getByText('Unavailable')).toBeVisible();
    await expect(card).toHaveTextContent('Tried 0 of 3 times.');
    await userEvent.click(within(card).getByRole('button', { name: 'Load streams again' }));
    // One retry: one more request, counted in the same budget as the default alert's.
    await waitFor(() => expect(card.ownerDocument.body).toHaveTextContent('Tried 1 of 3 times.'));
    await waitFor(() => expect(downRequests).toBe(2), SLOW);
    const retry = canvas.getByRole('button', { name: 'Load streams again' });
    await waitFor(() => expect(retry).toBeEnabled());
  },
};

/** Always 503: 1 + 3 requests through the boundary, then the alert says the retries ran out. */
export const Exhausted: Story = {
  name: 'Always busy: 1 + 3 requests, then exhausted',
  render: () => (
    // No spread on Retry-After, so the story takes about 3 s.
    <Recipe autoRetry policy={{ jitterMs: 0 }}>
      <StreamList ns={ALWAYS_DOWN} />
    </Recipe>
  ),
  beforeEach: alwaysDown,
  play: async ({ canvas }) => {
    await findMessage(canvas, 'Service temporarily unavailable');
    // Each failed retry shows a new alert (the boundary's fallback mounts again): find it anew.
    await canvas.findByText(/Still not working after 3 tries/, {}, { timeout: 10_000 });
    const message = await findMessage(canvas, 'Service temporarily unavailable');
    await expect(downRequests).toBe(4);
    await expect(within(message).getByRole('button', { name: 'Try again' })).toBeVisible();
    // Nothing more comes once exhausted.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await expect(downRequests).toBe(4);
  },
};

/** The app's own boundary, above ours: what gets a programming error. */
class AppBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert">
        <strong>App crashed</strong>
        <p>{error.message}</p>
      </div>
    );
  }
}

/** A bug, not a request: reading a property of something that is not there. */
function ConnectionInfo({ settings }: { settings?: { connection: { type: string } } }) {
  return <p>Connected over {(settings as { connection: { type: string } }).connection.type}</p>;
}

/** A TypeError whose message mentions "connection" is still a bug: it goes to AppBoundary. */
export const ProgrammingErrorPassedOn: Story = {
  name: 'A programming error goes to the boundary above',
  parameters: { caughtBy: ['AppBoundary'] },
  render: () => (
    <AppBoundary>
      <ConnectErrorBoundary autoRetry>
        <ConnectionInfo />
      </ConnectErrorBoundary>
    </AppBoundary>
  ),
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('App crashed');
    await expect(alert).toHaveTextContent(
      "Cannot read properties of undefined (reading 'connection')",
    );
    await expect(canvas.queryByText("Couldn't reach the service")).toBeNull();
    await expect(canvas.queryByRole('status')).toBeNull();
  },
};

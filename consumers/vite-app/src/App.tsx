import { type ReactNode, useEffect, useState } from 'react';
import { describeStatus } from 'react-connect-status';
import { Toaster } from 'sonner';
import { getStream as getWithAxios } from './readme/axios.ts';
import { getStream as getWithAxiosRetry } from './readme/axios-retry.ts';
import { StreamStatus } from './readme/hook.tsx';
import { getStream as getWithKy } from './readme/ky.ts';
import { getStream as getWithKyRetry } from './readme/ky-retry.ts';
import { createStreams, ImportResult } from './readme/partial.tsx';
import { Providers } from './readme/provider.tsx';
import { deleteStream } from './readme/read.ts';
import { StreamPanel as RetryRunPanel } from './readme/retry-run.tsx';
import { StreamPanel as SwrPanel } from './readme/swr.tsx';
import { StreamCard as SwrRetryRunCard } from './readme/swr-retry-run.tsx';
import { StreamPanel as TanstackPanel } from './readme/tanstack.tsx';
import { saveStream } from './readme/toast.tsx';
import { StreamPanel as UsePanel } from './readme/use.tsx';
import { StreamWindow } from './timeseries.tsx';

/**
 * Renders one README recipe, chosen by the query string, e.g. `/?recipe=use&id=fail2-x`.
 * `&lang=de` wraps it in the README's `Providers` (German). The recipe files in ./readme are
 * copied from test/readme/snippets by consumers/run.mjs (tsc checks every one of them, also
 * those not imported here): this app only picks one. `timeseries` is the app's own page: a data
 * window ending now (a new URL per attempt), its alert wired as the README's "Use" recipe.
 */
const recipes: Record<string, (props: { id: string }) => ReactNode> = {
  use: UsePanel,
  hook: StreamStatus,
  tanstack: TanstackPanel,
  swr: SwrPanel,
  'retry-run': RetryRunPanel,
  'swr-retry-run': SwrRetryRunCard,
  timeseries: StreamWindow,
  calls: Calls,
  'retry-calls': RetryCalls,
};

export function App() {
  const params = new URLSearchParams(window.location.search);
  const name = params.get('recipe') ?? '';
  const id = params.get('id') ?? 'ok-1';
  const Recipe = recipes[name];
  if (!Recipe)
    return (
      <p>
        Unknown recipe “{name}”: use one of {Object.keys(recipes).join(', ')}.
      </p>
    );
  const recipe = <Recipe id={id} />;
  return <main>{params.get('lang') === 'de' ? <Providers>{recipe}</Providers> : recipe}</main>;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

async function settle(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}

function show(outcome: Outcome | undefined): string {
  if (!outcome) return 'pending';
  if (outcome.ok) return `ok ${JSON.stringify(outcome.value ?? null)}`;
  const { code, title } = describeStatus(outcome.error);
  return `failed: ${code} ${title}`;
}

/** Runs each call once and lists how it ended, by name (`data-call`). */
function useCalls(id: string, make: (id: string) => Record<string, () => Promise<unknown>>) {
  const [results, setResults] = useState<Record<string, Outcome>>({});
  useEffect(() => {
    for (const [name, run] of Object.entries(make(id))) {
      void settle(run).then((outcome) => setResults((all) => ({ ...all, [name]: outcome })));
    }
  }, [id, make]);
  return results;
}

function Results({ results }: { results: Record<string, Outcome> }) {
  return (
    <dl>
      {Object.keys(results)
        .sort()
        .map((name) => (
          <div key={name} data-call={name}>
            <dt>{name}</dt>
            <dd>{show(results[name])}</dd>
          </div>
        ))}
    </dl>
  );
}

const plainCalls = (id: string) => ({
  axios: () => getWithAxios(id),
  ky: () => getWithKy(id),
  delete: () => deleteStream(id),
  'axios-down': () => getWithAxios(`down-${id}`),
  'ky-down': () => getWithKy(`down-${id}`),
  'delete-down': () => deleteStream(`down-${id}`),
});

/** The README's plain functions (axios, ky, DELETE, bulk POST) against the sim. */
function Calls({ id }: { id: string }) {
  const results = useCalls(id, plainCalls);
  const [bulk, setBulk] = useState<Awaited<ReturnType<typeof createStreams>>>();
  useEffect(() => {
    createStreams([{ Name: 'a' }, { Name: 'b' }, { Name: '' }]).then(setBulk, () => {});
  }, []);
  return (
    <section>
      <Results results={results} />
      {bulk && (
        <div data-call="bulk">
          <ImportResult outcome={bulk.outcome} />
        </div>
      )}
    </section>
  );
}

const retryCalls = (id: string) => ({
  'axios-retry-down': () => getWithAxiosRetry(`down-${id}`),
  'ky-retry-down': () => getWithKyRetry(`down-ky-${id}`),
});

/**
 * The retry rules in axios-retry and ky (an always-down stream each), and the toast recipe: Save
 * fails once (`fail1-<id>`), and the toast's Try again saves.
 */
function RetryCalls({ id }: { id: string }) {
  const results = useCalls(id, retryCalls);
  return (
    <section>
      <Toaster />
      <button type="button" onClick={() => saveStream({ Id: `fail1-${id}`, Name: 'Pump 3' })}>
        Save
      </button>
      <Results results={results} />
    </section>
  );
}

import { describeStatus, readConnectError, StatusAlert } from 'react-connect-status';
import { de } from 'react-connect-status/locales/de';
import { RetryPanel } from './retry-panel';

const STREAMS = '/api/v1/tenants/t/namespaces/n/streams';

/**
 * A Server Component: the core's words for 503 in German, and an alert for a request that the
 * server made and that failed (`?down=<id>`), its ConnectError passed to the client alert as
 * a prop. Below it, a client component that loads `?retry=<id>` in the browser and retries.
 */
export default async function Home({ searchParams }: PageProps<'/'>) {
  const { down, retry } = await searchParams;
  const words = describeStatus(503, { messages: de });
  let connectError = null;
  if (typeof down === 'string') {
    const response = await fetch(`${process.env.CONNECT_API}${STREAMS}/${down}`, {
      cache: 'no-store',
    });
    if (!response.ok) connectError = await readConnectError(response, { method: 'GET' });
  }
  return (
    <main>
      <section id="core">
        <h1>{words.title}</h1>
        <p>{words.message}</p>
        <p>{words.retry.advice}</p>
      </section>
      <section id="server-alert">
        <StatusAlert status={connectError} />
      </section>
      {typeof retry === 'string' && <RetryPanel id={retry} />}
    </main>
  );
}

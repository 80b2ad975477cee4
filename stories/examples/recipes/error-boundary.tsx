import { Suspense, use, useState } from 'react';
import { ConnectErrorBoundary } from '../../../src';
import { getJson } from './fetch';

interface Stream {
  Id: string;
  Name: string;
}

function Streams({ request }: { request: Promise<Stream[]> }) {
  const streams = use(request); // a rejected request throws its ConnectError to the boundary
  return (
    <ul>
      {streams.map((stream) => (
        <li key={stream.Id}>{stream.Name}</li>
      ))}
    </ul>
  );
}

/** Each reset (Try again) starts a new request, then the boundary renders Streams again. */
export function StreamsPage({ url }: { url: string }) {
  const [request, setRequest] = useState(() => getJson<Stream[]>(url));
  return (
    <ConnectErrorBoundary onReset={() => setRequest(getJson<Stream[]>(url))}>
      <Suspense fallback={<p>Loading…</p>}>
        <Streams request={request} />
      </Suspense>
    </ConnectErrorBoundary>
  );
}

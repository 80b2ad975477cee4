import { Component, type ReactNode, Suspense, use, useState } from 'react';
import { StatusAlert } from '../../../src';
import { getJson } from './fetch';

type State = { hasError: false; error: null } | { hasError: true; error: unknown };

/** Shows whatever a child threw (a ConnectError, a failed fetch…); a retry renders it again. */
export class StatusBoundary extends Component<
  { children: ReactNode; onReset?: () => void },
  State
> {
  override state: State = { hasError: false, error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { hasError: true, error };
  }

  reset = () => {
    this.props.onReset?.();
    this.setState({ hasError: false, error: null });
  };

  override render() {
    if (this.state.hasError) return <StatusAlert status={this.state.error} onRetry={this.reset} />;
    return this.props.children;
  }
}

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

export function StreamsPage({ url }: { url: string }) {
  const [request, setRequest] = useState(() => getJson<Stream[]>(url));
  return (
    <StatusBoundary onReset={() => setRequest(getJson<Stream[]>(url))}>
      <Suspense fallback={<p>Loading…</p>}>
        <Streams request={request} />
      </Suspense>
    </StatusBoundary>
  );
}

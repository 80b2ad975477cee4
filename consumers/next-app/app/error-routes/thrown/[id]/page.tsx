import { readConnectError } from 'react-connect-status';

const STREAMS = '/api/v1/tenants/t/namespaces/n/streams';

/**
 * What the pattern in ../../[id]/page.tsx avoids: the ConnectError thrown. In production it
 * reaches ../../error.tsx as an Error with a digest and nothing else, so the 503 and its reason
 * are lost there; the server logs the error under the same digest.
 */
export default async function ThrownRoute({ params }: PageProps<'/error-routes/thrown/[id]'>) {
  const { id } = await params;
  const response = await fetch(`${process.env.CONNECT_API}${STREAMS}/${id}`, {
    cache: 'no-store',
  });
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  const stream: { Name: string } = await response.json();
  return <h1>{stream.Name}</h1>;
}

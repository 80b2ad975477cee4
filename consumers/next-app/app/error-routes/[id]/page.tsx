import { notFound } from 'next/navigation';
import { readConnectError, StatusPage } from 'react-connect-status';

const STREAMS = '/api/v1/tenants/t/namespaces/n/streams';

/**
 * A stream's page that keeps its status (README "Error routes"): a 404 is `notFound()`, which
 * renders ./not-found.tsx with HTTP 404; any other failure is returned, not thrown, as a
 * StatusPage of the ConnectError, rendered on the server with the service's reason and operation
 * id. (Thrown, it would reach ../error.tsx as a digest only: see ../thrown/[id]/page.tsx.)
 */
export default async function StreamRoute({ params }: PageProps<'/error-routes/[id]'>) {
  const { id } = await params;
  const response = await fetch(`${process.env.CONNECT_API}${STREAMS}/${id}`, {
    cache: 'no-store',
  });
  if (response.status === 404) notFound();
  if (!response.ok) {
    const failure = await readConnectError(response, { method: 'GET' });
    // Props cross to the client, so actions are URLs: Try again loads this page again.
    return (
      <StatusPage status={failure} actions={{ retry: `/error-routes/${id}`, 'sign-in': '/' }} />
    );
  }
  const stream: { Name: string } = await response.json();
  return <h1>{stream.Name}</h1>;
}

// app/streams/[id]/page.tsx: a Server Component in the Next.js App Router
import { readConnectError, StatusAlert } from 'react-connect-status';

const API = process.env.CONNECT_API; // e.g. https://connect.example.com

export default async function StreamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const response = await fetch(`${API}/api/v1/tenants/t/namespaces/n/streams/${id}`, {
    cache: 'no-store',
  });
  // A ConnectError is a plain object, so it can cross into the client component.
  if (!response.ok) return <StatusAlert status={await readConnectError(response)} />;
  const stream: { Name: string } = await response.json();
  return <h1>{stream.Name}</h1>;
}

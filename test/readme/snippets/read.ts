import { readConnectError } from 'react-connect-status';

export async function deleteStream(id: string): Promise<void> {
  const response = await fetch(`/api/v1/tenants/t/namespaces/n/streams/${id}`, {
    method: 'DELETE',
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw await readConnectError(response, { method: 'DELETE' });
}

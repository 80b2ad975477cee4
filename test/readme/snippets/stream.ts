import { readConnectError } from 'react-connect-status';

export type Stream = { Id: string; Name: string };

export const streamUrl = (id: string) => `/api/v1/tenants/t/namespaces/n/streams/${id}`;

export async function fetchStream(id: string): Promise<Stream> {
  const response = await fetch(streamUrl(id));
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return response.json();
}

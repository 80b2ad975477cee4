import { readConnectError } from 'react-connect-status';
import { streamUrl } from './stream';

export async function deleteStream(id: string): Promise<void> {
  const response = await fetch(streamUrl(id), {
    method: 'DELETE',
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw await readConnectError(response, { method: 'DELETE' });
}

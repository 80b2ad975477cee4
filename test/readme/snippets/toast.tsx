import { describeStatus } from 'react-connect-status';
import { toast } from 'sonner';
import { type Stream, streamUrl } from './stream';

/** Saves a stream; a failure becomes a toast with our words, and Try again where it can help. */
export async function saveStream(stream: Stream): Promise<void> {
  const response = await fetch(streamUrl(stream.Id), {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(stream),
  }).catch((error: unknown) => error); // offline: a TypeError, read as such
  if (response instanceof Response && response.ok) {
    toast.success('Saved');
    return;
  }
  const { title, message, severity, retry } = describeStatus(response, { method: 'PUT' });
  const show = severity === 'error' ? toast.error : toast.warning;
  show(title, {
    description: message,
    // A person's retry, never an automatic one: shown where repeating can help (a 503, offline).
    action: retry.retryable ? { label: 'Try again', onClick: () => saveStream(stream) } : undefined,
  });
}

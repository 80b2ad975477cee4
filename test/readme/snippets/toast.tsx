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
  // A person's retry, never an automatic one: offered where repeating can help (a 503, offline).
  // That toast stays until the person uses it or closes it: no timer takes the action away.
  const tryAgain = retry.retryable
    ? {
        action: { label: 'Try again', onClick: () => saveStream(stream) },
        duration: Number.POSITIVE_INFINITY,
        closeButton: true,
      }
    : {};
  const show = severity === 'error' ? toast.error : toast.warning;
  show(title, { description: message, ...tryAgain });
}

import ky from 'ky';
import { connectRetryRules } from 'react-connect-status/retry-rules';
import { type Stream, streamUrl } from './stream';

const { retry, retryDelay } = connectRetryRules();

export const api = ky.create({
  retry: {
    limit: 3, // the rules' maxAttempts
    // Every method: the rules say no to one that is not safe to repeat (a POST).
    methods: ['get', 'head', 'options', 'put', 'delete', 'post', 'patch'],
    // ky counts from 1, the rules from 0 (the retries already made). A yes skips ky's own
    // Retry-After handling: the wait is the rules', in beforeRetry, as ky's `delay` gets no error.
    shouldRetry: ({ error, retryCount }) => retry(retryCount - 1, error),
    delay: () => 0,
  },
  hooks: {
    beforeRetry: [
      ({ error, retryCount }) =>
        new Promise<void>((resolve) => setTimeout(resolve, retryDelay(retryCount - 1, error))),
    ],
  },
});

/** An HTTPError after the last retry: the alert reads it as it is. */
export const getStream = (id: string) => api.get(streamUrl(id)).json<Stream>();
export const renameStream = (id: string, Name: string) =>
  api.post(streamUrl(id), { json: { Name } }).json<Stream>();

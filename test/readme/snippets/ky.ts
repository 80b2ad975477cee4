import ky, { isHTTPError } from 'ky';
import { toConnectError } from 'react-connect-status';
import { streamUrl } from './stream';

export async function getStream(id: string): Promise<unknown> {
  try {
    // retry: 0, because ky retries 503s on its own: the alert owns retries, with a countdown.
    return await ky.get(streamUrl(id), { retry: 0 }).json();
  } catch (error) {
    if (isHTTPError(error)) {
      throw toConnectError({
        status: error.response.status,
        statusText: error.response.statusText,
        headers: error.response.headers,
        body: error.data,
        method: error.request.method,
        url: error.request.url,
      });
    }
    throw error; // TimeoutError, NetworkError, AbortError: the alert reads these as they are
  }
}

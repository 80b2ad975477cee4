import ky, { isHTTPError } from 'ky';
import { toConnectError } from 'react-connect-status';
import { streamUrl } from './stream';

export async function getStream(id: string): Promise<unknown> {
  try {
    // retry: 0, because ky retries 503s on its own: the alert owns retries, with a countdown.
    return await ky.get(streamUrl(id), { retry: 0 }).json();
  } catch (error) {
    // TimeoutError, NetworkError, AbortError: the alert reads these as they are.
    if (!isHTTPError(error)) throw error;
    const { status, statusText, headers } = error.response;
    const body = error.data;
    throw toConnectError({ status, statusText, headers, body, method: 'GET', url: streamUrl(id) });
  }
}

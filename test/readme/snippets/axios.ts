import axios, { isAxiosError } from 'axios';
import { toConnectError } from 'react-connect-status';
import { streamUrl } from './stream';

export async function getStream(id: string): Promise<unknown> {
  try {
    return (await axios.get(streamUrl(id))).data;
  } catch (error) {
    // No response (network error, timeout, cancel): the alert reads the error as it is.
    if (!isAxiosError(error) || !error.response) throw error;
    const { status, statusText, headers, data: body } = error.response;
    throw toConnectError({ status, statusText, headers, body, method: 'GET', url: streamUrl(id) });
  }
}

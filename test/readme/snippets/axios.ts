import axios, { isAxiosError } from 'axios';
import { toConnectError } from 'react-connect-status';
import { streamUrl } from './stream';

export async function getStream(id: string): Promise<unknown> {
  try {
    const { data } = await axios.get(streamUrl(id));
    return data;
  } catch (error) {
    if (isAxiosError(error) && error.response) {
      throw toConnectError({
        status: error.response.status,
        statusText: error.response.statusText,
        headers: error.response.headers,
        body: error.response.data,
        method: error.config?.method,
        url: error.config?.url,
      });
    }
    throw error; // no response: network error, timeout or cancel, which the alert also reads
  }
}

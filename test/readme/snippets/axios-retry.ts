import axios from 'axios';
import axiosRetry from 'axios-retry';
import { connectRetryRules } from 'react-connect-status/retry-rules';
import { streamUrl } from './stream';

const { retry, retryDelay } = connectRetryRules();

export const client = axios.create();
axiosRetry(client, {
  retries: 3, // the rules' maxAttempts: axios-retry keeps the count
  retryCondition: (error) => retry(0, error),
  // axios-retry counts from 1, the rules from 0 (the retries already made).
  retryDelay: (retryCount, error) => retryDelay(retryCount - 1, error),
});

/** An AxiosError after the last retry: the alert reads it as it is. */
export const getStream = async (id: string) => (await client.get(streamUrl(id))).data;

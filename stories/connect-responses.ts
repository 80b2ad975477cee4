import { readConnectError } from '../src';

/**
 * Loaders for the CONNECT response stories. Each builds a real `Response` and reads it with the
 * real `readConnectError`, so a story shows exactly what an app gets from
 * `throw await readConnectError(response)`.
 */
export const reply =
  (status: number, body: string | null, headers: Record<string, string> = {}) =>
  async () => ({
    status: await readConnectError(new Response(body, { status, headers }), { method: 'POST' }),
  });

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  reply(status, JSON.stringify(body), { 'Content-Type': 'application/json', ...headers });

/** What a client throws when no response arrived at all, or what an HTTP client wraps it in. */
export const thrown = (make: () => unknown) => async () => ({ status: await make() });

const child = (Id: string, StatusCode: number, Reason: string) => ({
  Id,
  StatusCode,
  Reason,
  Resolution: 'Fix the definition and send this item again.',
});

const exists = 'A stream with this ID exists with another type.';
/** Eight failed items of a bulk create, with three different statuses. */
export const bulkErrors = [
  child('pump-1', 409, exists),
  child('pump-2', 409, exists),
  child('pump-3', 409, exists),
  child('valve-1', 400, 'The type "ValveV9" does not exist.'),
  child('valve-2', 400, 'The type "ValveV9" does not exist.'),
  child('meter-1', 403, 'You cannot write to namespace "plant-b".'),
  child('meter-2', 409, exists),
  child('meter-3', 409, exists),
];

/**
 * A bulk create of four streams whose first and third failed, ChildErrors keyed by their place
 * in the request ("0", "2") rather than by id, as some CONNECT endpoints answer.
 */
export const failedByPosition = {
  '0': { StatusCode: 409, Reason: exists },
  '2': { StatusCode: 400, Reason: 'The type "ValveV9" does not exist.' },
};
/** The streams that bulk create sent, in order: what an app names failed items from. */
export const sentStreams = ['pump-1', 'pump-2', 'valve-1', 'meter-1'];

export const twoFailedValues = [
  child('value-17', 400, 'Index is before the first allowed time.'),
  child('value-18', 400, 'Index is before the first allowed time.'),
];

export const created = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ Id: `stream-${i + 1}` }));

export const longReason = `The stream definition was rejected. ${'Property "Temperature" uses a type that is not allowed for an index, and '.repeat(5)}that is why.`;

export const hostileHtml =
  '<h1>Bad gateway</h1><script>window.pwned = 1</script><img src="x" onerror="window.pwned = 1">';

/** The reason `AbortSignal.timeout()` really aborts with: a TimeoutError DOMException. */
export async function timeoutReason(): Promise<unknown> {
  const signal = AbortSignal.timeout(1);
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  return signal.reason;
}

/** The reason `AbortController.abort()` really gives: an AbortError DOMException. */
export function abortReason(): unknown {
  const controller = new AbortController();
  controller.abort();
  return controller.signal.reason;
}

/** axios 1.x response headers: an AxiosHeaders object, with `get()` and the names as fields. */
class AxiosHeadersLike {
  constructor(init: Record<string, string>) {
    Object.assign(this, init);
  }
  get(name: string): unknown {
    return (this as Record<string, unknown>)[name.toLowerCase()];
  }
}

/** What axios rejects with on a 409: the parsed body on `response.data`, the method on `config`. */
export function axiosConflict(): Error {
  return Object.assign(new Error('Request failed with status code 409'), {
    name: 'AxiosError',
    isAxiosError: true,
    code: 'ERR_BAD_REQUEST',
    config: { method: 'post', url: '/api/v1/tenants/t1/namespaces/n1/types/Pump' },
    response: {
      status: 409,
      statusText: 'Conflict',
      headers: new AxiosHeadersLike({
        'content-type': 'application/json',
        'operation-id': 'op-409',
      }),
      data: { Reason: 'A type "Pump" exists with another definition.' },
    },
  });
}

import { operationIds } from './data';
import { connectError } from './respond';

/** What the mock service says when it refuses, in CONNECT's words and shape. */
export const refuse = {
  signedOut: () =>
    connectError(
      401,
      {
        OperationId: operationIds.signedOut,
        Error: 'The bearer token has expired.',
        Reason: 'Tokens last up to one hour.',
        Resolution: 'Get a new token and send the request again.',
      },
      { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    ),

  noRole: (ns: string) =>
    connectError(403, {
      OperationId: operationIds.noRole,
      Error: 'The user is not authorized.',
      Reason: `Your account has no role that may read namespace ${ns}.`,
      Resolution: 'Ask a tenant administrator for the Data Reader role on this namespace.',
    }),

  notFound: (ns: string, id: string) =>
    connectError(404, {
      OperationId: operationIds.notFound,
      Error: 'The stream was not found.',
      Reason: `No stream with ID ${id} in namespace ${ns}.`,
      Resolution: 'Check the stream ID and the namespace.',
    }),

  timedOut: () =>
    connectError(408, {
      OperationId: operationIds.timeout,
      Error: 'The read timed out.',
      Reason: 'The read did not finish within the 30 second timeout.',
      Resolution: 'Read a shorter range, or raise the Request-Timeout header (up to 300).',
    }),

  conflict: (id: string, existingName: string, sentName: string) =>
    connectError(409, {
      OperationId: operationIds.conflict,
      Error: 'The stream already exists with a different definition.',
      Reason: `Stream ${id} is named "${existingName}", not "${sentName}".`,
      Resolution: 'Use another ID, or change the definition to match.',
    }),

  changed: (current: string) =>
    connectError(412, {
      OperationId: operationIds.stale,
      Error: 'The precondition failed.',
      Reason: `The stream has changed since it was read (now ${current}).`,
      Resolution: 'Read the stream again, apply the change and save it with the new ETag.',
    }),

  serverError: () =>
    connectError(500, {
      OperationId: operationIds.server,
      Error: 'An unexpected error occurred.',
      Reason: 'The storage node did not answer.',
    }),

  unavailable: (retryAfterSeconds: number) =>
    connectError(
      503,
      {
        OperationId: operationIds.unavailable,
        Error: 'The service is unavailable.',
        Reason: 'The service is restarting after maintenance.',
        Resolution: 'Retry the request after the time in the Retry-After header.',
      },
      { 'Retry-After': String(retryAfterSeconds) },
    ),
};

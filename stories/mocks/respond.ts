import { HttpResponse } from 'msw';

/**
 * Responses shaped as CONNECT's data services send them: PascalCase error bodies
 * (`OperationId`, `Error`, `Reason`, `Resolution`) and the same id in an `Operation-Id` header.
 */
export interface ConnectErrorBody {
  OperationId?: string;
  Error: string;
  Reason?: string;
  Resolution?: string;
  Parameters?: Record<string, string>;
  ChildErrors?: unknown[];
  Data?: unknown[];
}

export function connectError(
  status: number,
  body: ConnectErrorBody,
  headers: Record<string, string> = {},
): HttpResponse<ConnectErrorBody> {
  return HttpResponse.json(body, {
    status,
    headers: { ...(body.OperationId && { 'Operation-Id': body.OperationId }), ...headers },
  });
}

/** A wait before answering, so a person can see a request in flight. */
export const latency = (ms = 120) => new Promise((resolve) => setTimeout(resolve, ms));

/** A version tag for optimistic concurrency (If-Match / ETag). */
export const etag = (version: number) => `"v${version}"`;

/**
 * The recipes that cannot run as stories: the error boundary (React reports every caught error
 * on the console in development, which the stories forbid) and the axios and ky snippets (neither
 * is installed): their errors are built here in the shapes those libraries document.
 */
import { act, render, screen } from '@testing-library/react';
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusAlert } from '../../src';
import { StreamsPage } from '../../stories/examples/recipes/error-boundary';

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// The recipe suspends with React 19's `use`; CI also runs the unit tests on React 18.
const hasUse = typeof (React as { use?: unknown }).use === 'function';

describe('error boundary recipe (React 19)', () => {
  it.runIf(hasUse)('shows what the child threw and renders it again on Try again', async () => {
    // React logs each error a boundary catches; that report is expected here, nothing else.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json({ OperationId: 'op-500', Error: 'Storage did not answer.' }, 500))
      .mockResolvedValueOnce(json([{ Id: 'p1', Name: 'Pump 1 flow' }], 200));
    vi.stubGlobal('fetch', fetch);
    // The page suspends on its first render: let React settle that inside an awaited act.
    await act(async () => {
      render(<StreamsPage url="/api/streams" />);
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something failed on our side');
    expect(alert).toHaveTextContent('op-500');
    const retry = screen.getByRole('button', { name: 'Try again' });
    // A plain click inside an awaited act: the retry suspends again, as the first render did.
    await act(async () => {
      retry.click();
    });
    expect(await screen.findByRole('listitem')).toHaveTextContent('Pump 1 flow');
    expect(screen.queryByRole('alert')).toBeNull();
    for (const call of logged.mock.calls) {
      expect(call.join(' ')).toMatch(/error boundary you provided, ConnectErrorBoundary/);
    }
  });
});

/** AxiosHeaders: header names lower-cased, read with get(). */
class AxiosHeadersLike {
  constructor(private readonly values: Record<string, string>) {}
  get(name: string) {
    return this.values[name.toLowerCase()];
  }
}

describe('axios recipe: the error goes to the alert as it is', () => {
  it('reads status, headers, data and the method of an AxiosError', () => {
    const error = Object.assign(new Error('Request failed with status code 409'), {
      name: 'AxiosError',
      code: 'ERR_BAD_REQUEST',
      isAxiosError: true,
      config: { method: 'post', url: '/streams/pump-01.flow' },
      status: 409,
      response: {
        status: 409,
        statusText: 'Conflict',
        headers: new AxiosHeadersLike({ 'operation-id': 'op-409' }),
        data: { Error: 'Exists.', Reason: 'Stream pump-01.flow is named "Pump 1 flow".' },
        config: { method: 'post' },
      },
    });
    render(<StatusAlert status={error} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This clashes with an existing item');
    expect(alert).toHaveTextContent('Stream pump-01.flow is named "Pump 1 flow".');
    expect(alert).toHaveTextContent('op-409');
  });

  it('knows no response (ERR_NETWORK) and a timeout (ECONNABORTED)', () => {
    const offline = Object.assign(new Error('Network Error'), {
      name: 'AxiosError',
      code: 'ERR_NETWORK',
      config: { method: 'get' },
    });
    const { rerender } = render(<StatusAlert status={offline} />);
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't reach the service");
    const slow = Object.assign(new Error('timeout of 10000ms exceeded'), {
      name: 'AxiosError',
      code: 'ECONNABORTED',
      config: { method: 'get' },
    });
    rerender(<StatusAlert status={slow} />);
    expect(screen.getByRole('status')).toHaveTextContent('Stopped waiting for an answer');
  });
});

describe('ky recipe', () => {
  const httpError = (response: Response, data?: unknown) =>
    Object.assign(new Error(`Request failed with status code ${response.status}`), {
      name: 'HTTPError',
      response,
      request: new Request('http://localhost/api/streams', { method: 'GET' }),
      options: { method: 'GET' },
      ...(data !== undefined && { data }),
    });

  it('ky 2: the HTTPError goes to the alert as it is, body from error.data', () => {
    const response = new Response(null, {
      status: 503,
      headers: { 'Retry-After': '2', 'Operation-Id': 'op-503' },
    });
    const error = httpError(response, { Reason: 'Restarting after maintenance.' });
    render(<StatusAlert status={error} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Service temporarily unavailable');
    expect(status).toHaveTextContent('Try again after the 2 s pause the service asked for.');
    expect(status).toHaveTextContent('Restarting after maintenance.');
    expect(status).toHaveTextContent('op-503');
  });

  it('ky 2: a TimeoutError reads as the client giving up', () => {
    const error = Object.assign(new Error('Request timed out'), { name: 'TimeoutError' });
    render(<StatusAlert status={error} />);
    expect(screen.getByRole('status')).toHaveTextContent('Stopped waiting for an answer');
  });
});

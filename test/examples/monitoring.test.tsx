import type { Span } from '@opentelemetry/api';
import type { Breadcrumb } from '@sentry/browser';
import * as Sentry from '@sentry/browser';
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusAlert } from '../../src';
import { Monitored, toSpan } from '../readme/snippets/monitoring';

/* The README's monitoring recipe, run: what Sentry and an OpenTelemetry span receive. */

const notFound = {
  kind: 'connect-error',
  status: 404,
  method: 'GET',
  url: '/api/v1/streams/pump-7?token=abc',
  operationId: '0HN7A2B3C4D5E:00000002',
  reason: 'Stream "pump-7" does not exist.',
};

describe('the monitoring recipe', () => {
  it('leaves a Sentry breadcrumb per event, without body text or query values', async () => {
    const crumbs: Breadcrumb[] = [];
    // No DSN: nothing is sent; the breadcrumbs still pass through the client's hook.
    Sentry.init({
      defaultIntegrations: false,
      beforeBreadcrumb: (crumb) => {
        if (crumb.category === 'connect-status') crumbs.push(crumb);
        return null;
      },
    });
    render(
      <Monitored>
        <StatusAlert status={notFound} />
      </Monitored>,
    );
    await act(async () => {});
    expect(crumbs).toEqual([
      {
        category: 'connect-status',
        message: 'shown 404',
        level: 'info',
        timestamp: expect.any(Number),
        data: {
          type: 'shown',
          key: '404',
          code: 404,
          method: 'GET',
          url: '/api/v1/streams/pump-7?token=',
          operationId: '0HN7A2B3C4D5E:00000002',
        },
      },
    ]);
  });

  it('adds an event to the active span, with HTTP semantic attributes', () => {
    const events: [string, unknown][] = [];
    const span = {
      addEvent: (name: string, attributes: unknown) => events.push([name, attributes]),
    };
    toSpan(
      { type: 'scheduled', key: '503', code: 503, attempt: 1, delayMs: 5000 },
      span as unknown as Span,
    );
    expect(events).toEqual([
      [
        'connect-status.scheduled',
        {
          'connect_status.key': '503',
          'http.response.status_code': 503,
          'http.request.method': undefined,
          'url.full': undefined,
          'connect_status.attempt': 1,
          'connect_status.delay_ms': 5000,
          'connect_status.operation_id': undefined,
        },
      ],
    ]);
  });
});

import { type Span, trace } from '@opentelemetry/api';
import * as Sentry from '@sentry/browser';
import type { ReactNode } from 'react';
import { ConnectStatusProvider, type StatusEvent } from 'react-connect-status';

/** Sentry: a breadcrumb per event, so the error report shows what people saw before it. */
export function toSentry(event: StatusEvent) {
  Sentry.addBreadcrumb({
    category: 'connect-status',
    message: `${event.type} ${event.key}`,
    level: event.type === 'exhausted' ? 'warning' : 'info',
    data: { ...event },
  });
}

/** OpenTelemetry: an event on the span active at the time (a page load, an interaction). */
export function toSpan(event: StatusEvent, span: Span | undefined = trace.getActiveSpan()) {
  span?.addEvent(`connect-status.${event.type}`, {
    'connect_status.key': event.key,
    'http.response.status_code': event.code,
    'http.request.method': event.method,
    'url.full': event.url,
    'connect_status.attempt': event.attempt,
    'connect_status.delay_ms': event.delayMs,
    'connect_status.operation_id': event.operationId,
  });
}

/** Every badge, alert, page and boundary below it reports to both. */
export function Monitored({ children }: { children: ReactNode }) {
  return (
    <ConnectStatusProvider
      onStatus={(event) => {
        toSentry(event);
        toSpan(event);
      }}
    >
      {children}
    </ConnectStatusProvider>
  );
}

// A Node SSR script, as an app's server would run it: plain Node ESM, no bundler.
import { createElement as h } from 'react';
import {
  ConnectStatusProvider,
  describeStatus,
  StatusAlert,
  StatusBadge,
} from 'react-connect-status';
import { de } from 'react-connect-status/locales/de';
import { renderToString } from 'react-dom/server';

const alert = h(StatusAlert, { status: 503, onRetry() {}, autoRetry: true });
const html = renderToString(
  h(ConnectStatusProvider, { messages: de }, h(StatusBadge, { status: 404 }), alert),
);
const german = { badge: describeStatus(404, { messages: de }).label };
const english = describeStatus(503);
const css = import.meta.resolve('react-connect-status/styles.css');
console.log(JSON.stringify({ html, german, english, css }));

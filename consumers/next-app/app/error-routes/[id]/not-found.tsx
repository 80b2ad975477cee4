import { StatusPage } from 'react-connect-status';

/**
 * What `notFound()` in ./page.tsx renders, with HTTP 404 and `noindex`. It takes no props: the
 * service's reason and operation id stay on the server; the page says what a 404 means.
 */
export default function StreamNotFound() {
  return <StatusPage status={404} actions={{ 'check-address': '/' }} />;
}

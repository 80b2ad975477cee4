import {
  type ConnectError,
  readConnectError,
  StatusAlert,
  StatusBadge,
} from 'react-connect-status';

export async function createStreams(streams: object[]) {
  const response = await fetch('/api/v1/tenants/t/namespaces/n/streams/bulk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(streams),
  });
  const outcome = await readConnectError(response.clone(), { method: 'POST' });
  if (!response.ok) throw outcome;
  return { data: (await response.json()) as unknown, outcome };
}

export function ImportResult({ outcome }: { outcome: ConnectError }) {
  const failed = outcome.partial?.failed ?? 0;
  return failed > 0 ? <StatusAlert status={outcome} /> : <StatusBadge status={outcome} />;
}

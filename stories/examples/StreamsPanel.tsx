import { StatusAlert, StatusBadge, useConnectStatus } from '../../src';
import type { Stream } from './api';
import { copy } from './copy';
import { useLayer } from './layer';
import { Panel } from './Panel';

interface Props {
  ns: string;
  open: string | null;
  onOpen: (id: string) => void;
}

/**
 * The streams table. The list reloads on its own when that can help (503 with Retry-After, no
 * connection): one controller drives both the badge by the heading and the alert.
 */
export function StreamsPanel({ ns, open, onOpen }: Props) {
  const streams = useLayer().useStreams(ns);
  const controller = useConnectStatus(streams.error, {
    onRetry: streams.reload,
    autoRetry: true,
    method: 'GET',
  });
  const failed = streams.error != null;
  return (
    <Panel title={copy.streams} aside={failed && <StatusBadge controller={controller} />}>
      {failed ? (
        <StatusAlert controller={controller} headingLevel={4} />
      ) : streams.data ? (
        <StreamsTable ns={ns} streams={streams.data} open={open} onOpen={onOpen} />
      ) : (
        <p className="dash__muted">{copy.loading}</p>
      )}
    </Panel>
  );
}

function StreamsTable({ ns, streams, open, onOpen }: Props & { streams: Stream[] }) {
  const { columns } = copy;
  return (
    <table>
      <caption>{copy.caption(ns)}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.name}</th>
          <th scope="col">{columns.value}</th>
          <th scope="col">{columns.status}</th>
          <th scope="col">{columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {streams.map((stream) => (
          <StreamRow
            key={stream.Id}
            ns={ns}
            stream={stream}
            current={stream.Id === open}
            onOpen={onOpen}
          />
        ))}
      </tbody>
    </table>
  );
}

/** Each row reads its stream's last value; the badge says how that read went. */
function StreamRow(props: {
  ns: string;
  stream: Stream;
  current: boolean;
  onOpen: Props['onOpen'];
}) {
  const { ns, stream, current, onOpen } = props;
  const reading = useLayer().useLatest(ns, stream.Id);
  const status = reading.error ?? (reading.data ? 200 : null);
  return (
    <tr aria-current={current || undefined}>
      <th scope="row">
        {stream.Name}
        <br />
        <code>{stream.Id}</code>
      </th>
      <td>{reading.data ? `${reading.data.Value} ${stream.Unit}` : '–'}</td>
      <td>{status === null ? copy.loading : <StatusBadge status={status} method="GET" />}</td>
      <td>
        <button type="button" data-variant="quiet" onClick={() => onOpen(stream.Id)}>
          {copy.open}
          <span className="rcs-visually-hidden"> {stream.Name}</span>
        </button>
      </td>
    </tr>
  );
}

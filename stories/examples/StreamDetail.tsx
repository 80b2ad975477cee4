import { StatusAlert, useConnectStatus } from '../../src';
import type { Stream, Versioned } from './api';
import { copy } from './copy';
import { shown, useApi, useLayer } from './layer';
import { Panel } from './Panel';
import { RangePanel } from './RangePanel';
import { SaveForm } from './SaveForm';

/**
 * The open stream. A failed open is retried by the person (the alert's button), not on its own:
 * they just asked for it and are watching. A 401 offers signing in again, from `nextStep`.
 */
export function StreamDetail({ ns, id }: { ns: string; id: string }) {
  const api = useApi();
  const stream = useLayer().useStream(ns, id);
  const controller = useConnectStatus(stream.error, { onRetry: stream.reload, method: 'GET' });
  const signIn = async () => {
    await api.signIn();
    await stream.reload();
  };
  const signInButton = controller.descriptor.nextStep === 'sign-in' && (
    <button type="button" className="rcs-button" onClick={() => signIn().catch(shown)}>
      {copy.signIn}
    </button>
  );
  const loaded = stream.error == null ? stream.data : undefined;
  return (
    <Panel title={loaded?.item.Name ?? copy.details}>
      {stream.error != null && (
        <StatusAlert controller={controller} headingLevel={4} action={signInButton} />
      )}
      {loaded ? (
        <Loaded ns={ns} loaded={loaded} reload={stream.reload} />
      ) : (
        stream.error == null && <p className="dash__muted">{copy.loading}</p>
      )}
    </Panel>
  );
}

function Loaded(props: { ns: string; loaded: Versioned<Stream>; reload: () => Promise<unknown> }) {
  const { ns, loaded, reload } = props;
  return (
    <>
      <dl>
        <dt>{copy.columns.id}</dt>
        <dd>
          <code>{loaded.item.Id}</code>
        </dd>
      </dl>
      {/* A new version from the server (a reload) starts the form over with its values. */}
      <SaveForm key={loaded.etag} ns={ns} loaded={loaded} reload={reload} />
      <RangePanel ns={ns} id={loaded.item.Id} />
    </>
  );
}

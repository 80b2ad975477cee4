import { useState } from 'react';
import { StatusBadge, useConnectStatus } from '../../src';
import { createApi } from './api';
import { BulkImport } from './BulkImport';
import { CreateForm } from './CreateForm';
import { copy } from './copy';
import { ApiContext, type DataLayer, LayerContext, useLayer } from './layer';
import { Panel } from './Panel';
import { StreamDetail } from './StreamDetail';
import { StreamsPanel } from './StreamsPanel';
import './dashboard.css';

/**
 * The example dashboard: a namespace picker, the streams table, the open stream (details, save,
 * stored values), a create form and a bulk import. `layer` decides how requests run.
 */
export function Dashboard({ layer }: { layer: DataLayer }) {
  // One API client (and sign-in) per mounted dashboard, so stories never share a session.
  const [api] = useState(createApi);
  return (
    <ApiContext.Provider value={api}>
      <LayerContext.Provider value={layer}>
        <layer.Provider>
          <Body />
        </layer.Provider>
      </LayerContext.Provider>
    </ApiContext.Provider>
  );
}

function Body() {
  const [ns, setNs] = useState('plant-a');
  const [open, setOpen] = useState<string | null>(null);
  const pick = (next: string) => {
    setNs(next);
    setOpen(null);
  };
  return (
    <div className="dash">
      <div className="dash__header">
        <h2>{copy.dashboard}</h2>
        <NamespacePicker value={ns} onChange={pick} />
      </div>
      <div className="dash__row">
        <StreamsPanel ns={ns} open={open} onOpen={setOpen} />
        {open ? (
          <StreamDetail key={`${ns}/${open}`} ns={ns} id={open} />
        ) : (
          <Panel title={copy.details}>
            <p className="dash__muted">{copy.pick}</p>
          </Panel>
        )}
      </div>
      <div className="dash__row">
        <CreateForm ns={ns} onOpen={setOpen} />
        <BulkImport ns={ns} />
      </div>
    </div>
  );
}

/** The namespaces list retries on its own; a badge beside the picker says how that goes. */
function NamespacePicker({ value, onChange }: { value: string; onChange: (ns: string) => void }) {
  const namespaces = useLayer().useNamespaces();
  const controller = useConnectStatus(namespaces.error, {
    onRetry: namespaces.reload,
    autoRetry: true,
    method: 'GET',
  });
  const options = namespaces.data ?? [{ Id: value, Description: value }];
  return (
    <div className="dash__actions">
      <label>
        {copy.namespace}
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((ns) => (
            <option key={ns.Id} value={ns.Id}>
              {ns.Id}
            </option>
          ))}
        </select>
      </label>
      {namespaces.error != null && <StatusBadge controller={controller} />}
    </div>
  );
}
